#include "gigamap/render/default_styles.h"

#include <functional>
#include <map>
#include <string>

#include "gigamap/render/classification.h"

namespace gigamap::render {
namespace {

Symbol line(QColor colour, double width, LineDash dash = LineDash::Solid) {
    Symbol symbol;
    symbol.stroke = colour;
    symbol.strokeWidth = width;
    symbol.dash = dash;
    return symbol;
}

Symbol marker(MarkerShape shape, QColor fill, double size, QColor stroke = QColor(0x333333)) {
    Symbol symbol;
    symbol.marker = shape;
    symbol.fill = fill;
    symbol.size = size;
    symbol.stroke = stroke;
    symbol.strokeWidth = 0.8;
    return symbol;
}

Symbol area(QColor stroke, QColor fill, double width = 1.0) {
    Symbol symbol = line(stroke, width);
    symbol.fill = fill;
    return symbol;
}

Category category(const char* value, const char* label, Symbol symbol) {
    return {QString::fromLatin1(value), QString::fromLatin1(label), symbol};
}

LayerStyle categorised(const char* field, Symbol others, std::vector<Category> categories) {
    LayerStyle style;
    style.renderer = RendererKind::Categorised;
    style.field = QString::fromLatin1(field);
    style.symbol = others;
    style.categories = std::move(categories);
    return style;
}

LayerStyle single(Symbol symbol) {
    LayerStyle style;
    style.symbol = symbol;
    return style;
}

LayerStyle boundaries() {
    LayerStyle style =
        categorised("kind", area(QColor(0x7a5c99), Qt::transparent, 1.0),
                    {category("district", "District", area(QColor(0x3d2b56), Qt::transparent, 2.6)),
                     category("ward", "Ward", area(QColor(0x8e7cc3), Qt::transparent, 1.0))});
    style.labelField = QStringLiteral("name");
    style.labelColour = QColor(0x4b3a66);
    style.labelSize = 8.0;
    return style;
}

LayerStyle postcodes() {
    LayerStyle style;
    style.renderer = RendererKind::Graduated;
    style.field = QStringLiteral("gigabit_pct");
    style.rampName = QStringLiteral("Red to green");
    const Symbol base = marker(MarkerShape::Circle, Qt::gray, 5.0, QColor(0, 0, 0, 90));
    style.symbol = marker(MarkerShape::Circle, QColor(0xbdbdbd), 4.0, QColor(0, 0, 0, 90));
    const Classification fifths(Classification::Method::EqualInterval, 5,
                                ColourRamp::named(style.rampName), base, false);
    style.classes = fifths.classes({0.0, 100.0});
    for (auto& graduated : style.classes) {
        graduated.label =
            QStringLiteral("%1 – %2 % gigabit").arg(graduated.lower).arg(graduated.upper);
    }
    return style;
}

LayerStyle hotspots() {
    LayerStyle style = categorised(
        "status", marker(MarkerShape::Star, QColor(0x2a9d8f), 11.0),
        {category("live", "Live", marker(MarkerShape::Star, QColor(0x2a9d8f), 11.0)),
         category("planned", "Planned", marker(MarkerShape::Star, QColor(0xf4a261), 11.0))});
    style.radiusField = QStringLiteral("radius_m");
    return style;
}

LayerStyle nodes() {
    return categorised(
        "kind", marker(MarkerShape::Diamond, QColor(0x9e9e9e), 9.0),
        {category("exchange", "Exchange", marker(MarkerShape::Square, QColor(0x1d3557), 13.0)),
         category("digital_exchange", "Digital exchange",
                  marker(MarkerShape::Square, QColor(0x7b2cbf), 13.0)),
         category("cabinet", "Cabinet", marker(MarkerShape::Triangle, QColor(0x2b9348), 9.0)),
         category("pole", "Pole", marker(MarkerShape::Circle, QColor(0x8d6e63), 6.0)),
         category("data_centre", "Data centre",
                  marker(MarkerShape::Diamond, QColor(0xe63946), 12.0))});
}

LayerStyle ducts() {
    return categorised(
        "status", line(QColor(0x607d8b), 1.5),
        {category("existing", "Existing", line(QColor(0x1f4e9c), 2.2)),
         category("planned", "Planned", line(QColor(0xe76f51), 2.2, LineDash::Dash)),
         category("proposed", "Proposed", line(QColor(0xf4a261), 1.8, LineDash::Dot)),
         category("abandoned", "Abandoned", line(QColor(0x9e9e9e), 1.4))});
}

// A street work: a line, area or point in `colour`, filled faintly.
Symbol work(QColor colour) {
    QColor fill = colour;
    fill.setAlpha(90);
    Symbol symbol = area(colour, fill, 1.6);
    symbol.marker = MarkerShape::Circle;
    symbol.size = 7.0;
    return symbol;
}

LayerStyle streetWorks() {
    const Symbol major = work(QColor(0xc1121f));
    const Symbol standard = work(QColor(0xf77f00));
    const Symbol minor = work(QColor(0xd4a017));
    const Symbol immediate = work(QColor(0x9d0191));
    const Symbol other = work(QColor(0x757575));
    return categorised(
        "work_category", other,
        // Street Manager's work_category values, as its notifications spell them.
        {category("Major", "Major", major), category("Standard", "Standard", standard),
         category("Minor", "Minor", minor),
         category("Immediate - urgent", "Immediate (urgent)", immediate),
         category("Immediate - emergency", "Immediate (emergency)", immediate)});
}

LayerStyle restrictions() {
    Symbol hatched = area(QColor(0xb5179e), QColor(0xb5179e), 1.5);
    hatched.hatched = true;
    hatched.marker = MarkerShape::Cross;
    hatched.size = 9.0;
    return single(hatched);
}

// Roads as basemaps draw them: wider and warmer the more important, so that the
// main roads still read at district scale (OpenStreetMap's `highway` values,
// which the sample's roads carry as road_class).
LayerStyle roads() {
    return categorised("road_class", line(QColor(0xa8a095), 0.8),
                       {category("motorway", "Motorway", line(QColor(0xd0475d), 3.2)),
                        category("trunk", "Trunk road", line(QColor(0xdd6b3d), 2.8)),
                        category("primary", "Primary road", line(QColor(0xd89b2b), 2.4)),
                        category("secondary", "Secondary road", line(QColor(0xb9a23a), 1.8)),
                        category("tertiary", "Tertiary road", line(QColor(0x9a9287), 1.3))});
}

}  // namespace

LayerStyle defaultStyle(std::string_view table) {
    static const std::map<std::string, std::function<LayerStyle()>, std::less<>> kStyles{
        {"boundaries", boundaries},
        {"postcodes", postcodes},
        {"mobile_coverage",
         [] {
             Symbol symbol = area(QColor(0x6a4c93), QColor(106, 76, 147, 40), 0.6);
             return single(symbol);
         }},
        {"mobile_postcodes",
         [] { return single(marker(MarkerShape::Circle, QColor(0x6a4c93), 3.0)); }},
        {"hotspots", hotspots},
        {"nodes", nodes},
        {"chambers",
         [] { return single(marker(MarkerShape::Square, Qt::white, 5.0, QColor(0x263238))); }},
        {"ducts", ducts},
        {"street_works", streetWorks},
        {"restrictions", restrictions},
        {"roads", roads},
    };
    const auto it = kStyles.find(table);
    if (it != kStyles.end()) {
        return it->second();
    }
    Symbol plain = area(QColor(0x555555), QColor(170, 170, 170, 110), 1.0);
    return single(plain);
}

}  // namespace gigamap::render

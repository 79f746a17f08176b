#include "gigamap/render/style_qml.h"

#include <QDomDocument>
#include <QDomElement>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamWriter>
#include <array>
#include <map>
#include <utility>
#include <vector>

#include "enum_names.h"

namespace gigamap::render {
namespace {

// QGIS's names for gigamap's marker shapes and dashes (QgsSimpleMarkerSymbolLayerBase
// and QgsSymbolLayerUtils::encodePenStyle).
constexpr std::array kMarkers{
    std::pair{MarkerShape::Circle, "circle"},     std::pair{MarkerShape::Square, "square"},
    std::pair{MarkerShape::Triangle, "triangle"}, std::pair{MarkerShape::Diamond, "diamond"},
    std::pair{MarkerShape::Star, "star"},         std::pair{MarkerShape::Cross, "cross2"}};
constexpr std::array kDashes{std::pair{LineDash::Solid, "solid"}, std::pair{LineDash::Dash, "dash"},
                             std::pair{LineDash::Dot, "dot"},
                             std::pair{LineDash::DashDot, "dash dot"}};
constexpr double kPixelsPerMm = 96.0 / 25.4;
constexpr double kPixelsPerPoint = 96.0 / 72.0;

using detail::nameOf;
using detail::valueOf;

QString number(double value) {
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString qgisColour(const QColor& colour) {
    return QStringLiteral("%1,%2,%3,%4")
        .arg(colour.red())
        .arg(colour.green())
        .arg(colour.blue())
        .arg(colour.alpha());
}

// ---- writing -------------------------------------------------------------

using Properties = std::vector<std::pair<QString, QString>>;

class QmlWriter {
public:
    explicit QmlWriter(QString& out) : xml_(&out) { xml_.setAutoFormatting(true); }

    QXmlStreamWriter& xml() { return xml_; }

    void options(const Properties& properties) {
        xml_.writeStartElement(QStringLiteral("Option"));
        xml_.writeAttribute(QStringLiteral("type"), QStringLiteral("Map"));
        for (const auto& [name, value] : properties) {
            xml_.writeEmptyElement(QStringLiteral("Option"));
            xml_.writeAttribute(QStringLiteral("name"), name);
            xml_.writeAttribute(QStringLiteral("type"), QStringLiteral("QString"));
            xml_.writeAttribute(QStringLiteral("value"), value);
        }
        xml_.writeEndElement();
    }

    // A data-defined size: the marker's diameter from an expression, in map units.
    void sizeFrom(const QString& expression) {
        xml_.writeStartElement(QStringLiteral("data_defined_properties"));
        xml_.writeStartElement(QStringLiteral("Option"));
        xml_.writeAttribute(QStringLiteral("type"), QStringLiteral("Map"));
        option(QStringLiteral("name"), QStringLiteral("QString"), QString());
        xml_.writeStartElement(QStringLiteral("Option"));
        xml_.writeAttribute(QStringLiteral("name"), QStringLiteral("properties"));
        xml_.writeAttribute(QStringLiteral("type"), QStringLiteral("Map"));
        xml_.writeStartElement(QStringLiteral("Option"));
        xml_.writeAttribute(QStringLiteral("name"), QStringLiteral("size"));
        xml_.writeAttribute(QStringLiteral("type"), QStringLiteral("Map"));
        option(QStringLiteral("active"), QStringLiteral("bool"), QStringLiteral("true"));
        option(QStringLiteral("expression"), QStringLiteral("QString"), expression);
        option(QStringLiteral("type"), QStringLiteral("int"), QStringLiteral("3"));
        xml_.writeEndElement();
        xml_.writeEndElement();
        option(QStringLiteral("type"), QStringLiteral("QString"), QStringLiteral("collection"));
        xml_.writeEndElement();
        xml_.writeEndElement();
    }

    void symbolLayer(const QString& cls, const Properties& properties,
                     const QString& sizeExpression = {}) {
        xml_.writeStartElement(QStringLiteral("layer"));
        xml_.writeAttribute(QStringLiteral("class"), cls);
        xml_.writeAttribute(QStringLiteral("enabled"), QStringLiteral("1"));
        xml_.writeAttribute(QStringLiteral("locked"), QStringLiteral("0"));
        xml_.writeAttribute(QStringLiteral("pass"), QStringLiteral("0"));
        options(properties);
        if (!sizeExpression.isEmpty()) {
            sizeFrom(sizeExpression);
        }
        xml_.writeEndElement();
    }

    void symbol(const QString& name, const Symbol& symbol, core::GeometryType geometry,
                const QString& radiusField) {
        const QString type = geometry == core::GeometryType::Point        ? QStringLiteral("marker")
                             : geometry == core::GeometryType::LineString ? QStringLiteral("line")
                                                                          : QStringLiteral("fill");
        xml_.writeStartElement(QStringLiteral("symbol"));
        xml_.writeAttribute(QStringLiteral("type"), type);
        xml_.writeAttribute(QStringLiteral("name"), name);
        xml_.writeAttribute(QStringLiteral("alpha"), number(symbol.opacity));
        xml_.writeAttribute(QStringLiteral("clip_to_extent"), QStringLiteral("1"));
        xml_.writeAttribute(QStringLiteral("force_rhr"), QStringLiteral("0"));
        const QString stroke = qgisColour(symbol.stroke);
        const QString width = number(symbol.strokeWidth);
        if (type == QLatin1String("marker")) {
            if (!radiusField.isEmpty()) {
                ring(symbol, radiusField);
            }
            symbolLayer(QStringLiteral("SimpleMarker"),
                        {{"name", nameOf(kMarkers, symbol.marker)},
                         {"color", qgisColour(symbol.fill)},
                         {"outline_color", stroke},
                         {"outline_style", QStringLiteral("solid")},
                         {"outline_width", width},
                         {"outline_width_unit", QStringLiteral("Pixel")},
                         {"size", number(symbol.size)},
                         {"size_unit", QStringLiteral("Pixel")}});
        } else if (type == QLatin1String("line")) {
            symbolLayer(QStringLiteral("SimpleLine"), {{"line_color", stroke},
                                                       {"line_style", nameOf(kDashes, symbol.dash)},
                                                       {"line_width", width},
                                                       {"line_width_unit", QStringLiteral("Pixel")},
                                                       {"capstyle", QStringLiteral("round")},
                                                       {"joinstyle", QStringLiteral("round")}});
        } else {
            const bool filled = symbol.fill.alpha() > 0;
            symbolLayer(QStringLiteral("SimpleFill"),
                        {{"color", qgisColour(symbol.fill)},
                         {"style", symbol.hatched ? QStringLiteral("b_diagonal")
                                   : filled       ? QStringLiteral("solid")
                                                  : QStringLiteral("no")},
                         {"outline_color", stroke},
                         {"outline_style", nameOf(kDashes, symbol.dash)},
                         {"outline_width", width},
                         {"outline_width_unit", QStringLiteral("Pixel")}});
        }
        xml_.writeEndElement();
    }

private:
    void option(const QString& name, const QString& type, const QString& value) {
        xml_.writeEmptyElement(QStringLiteral("Option"));
        xml_.writeAttribute(QStringLiteral("name"), name);
        xml_.writeAttribute(QStringLiteral("type"), type);
        xml_.writeAttribute(QStringLiteral("value"), value);
    }

    // The coverage circle under a point, as SymbolPainter::drawRing draws it.
    void ring(const Symbol& symbol, const QString& radiusField) {
        QColor fill = symbol.fill.alpha() > 0 ? symbol.fill : symbol.stroke;
        fill.setAlphaF(0.12f);
        QColor outline = symbol.fill.alpha() > 0 ? symbol.fill.darker(130) : symbol.stroke;
        outline.setAlphaF(0.7f);
        symbolLayer(QStringLiteral("SimpleMarker"),
                    {{"name", QStringLiteral("circle")},
                     {"color", qgisColour(fill)},
                     {"outline_color", qgisColour(outline)},
                     {"outline_style", QStringLiteral("dash")},
                     {"outline_width", QStringLiteral("1")},
                     {"outline_width_unit", QStringLiteral("Pixel")},
                     {"size", QStringLiteral("0")},
                     {"size_unit", QStringLiteral("MapUnit")}},
                    QStringLiteral("2 * \"%1\"").arg(radiusField));
    }

    QXmlStreamWriter xml_;
};

void writeLabels(QmlWriter& writer, const LayerStyle& style, core::GeometryType geometry) {
    auto& xml = writer.xml();
    xml.writeStartElement(QStringLiteral("labeling"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("simple"));
    xml.writeStartElement(QStringLiteral("settings"));
    xml.writeAttribute(QStringLiteral("calloutType"), QStringLiteral("simple"));
    xml.writeStartElement(QStringLiteral("text-style"));
    xml.writeAttribute(QStringLiteral("fieldName"), style.labelField);
    xml.writeAttribute(QStringLiteral("isExpression"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("fontFamily"), QStringLiteral("DejaVu Sans"));
    xml.writeAttribute(QStringLiteral("fontSize"), number(style.labelSize));
    xml.writeAttribute(QStringLiteral("fontSizeUnit"), QStringLiteral("Point"));
    xml.writeAttribute(QStringLiteral("textColor"), qgisColour(style.labelColour));
    xml.writeAttribute(QStringLiteral("textOpacity"), QStringLiteral("1"));
    xml.writeEmptyElement(QStringLiteral("text-buffer"));
    xml.writeAttribute(QStringLiteral("bufferDraw"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("bufferSize"), QStringLiteral("1.5"));
    xml.writeAttribute(QStringLiteral("bufferSizeUnits"), QStringLiteral("Pixel"));
    xml.writeAttribute(QStringLiteral("bufferColor"), QStringLiteral("255,255,255,220"));
    xml.writeEndElement();  // text-style
    // Around a point, over a polygon's interior, along a line (Qgis::LabelPlacement).
    xml.writeEmptyElement(QStringLiteral("placement"));
    xml.writeAttribute(QStringLiteral("placement"),
                       geometry == core::GeometryType::Point        ? QStringLiteral("0")
                       : geometry == core::GeometryType::LineString ? QStringLiteral("2")
                                                                    : QStringLiteral("1"));
    xml.writeEmptyElement(QStringLiteral("rendering"));
    xml.writeAttribute(QStringLiteral("obstacle"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("displayAll"), QStringLiteral("0"));
    xml.writeEndElement();  // settings
    xml.writeEndElement();  // labeling
}

// ---- reading -------------------------------------------------------------

// A symbol layer's properties, from QGIS 3.26+'s <Option> map or older <prop k v>.
std::map<QString, QString> propertiesOf(const QDomElement& layer) {
    std::map<QString, QString> properties;
    for (QDomElement prop = layer.firstChildElement(QStringLiteral("prop")); !prop.isNull();
         prop = prop.nextSiblingElement(QStringLiteral("prop"))) {
        properties[prop.attribute(QStringLiteral("k"))] = prop.attribute(QStringLiteral("v"));
    }
    const QDomElement map = layer.firstChildElement(QStringLiteral("Option"));
    for (QDomElement option = map.firstChildElement(QStringLiteral("Option")); !option.isNull();
         option = option.nextSiblingElement(QStringLiteral("Option"))) {
        properties[option.attribute(QStringLiteral("name"))] =
            option.attribute(QStringLiteral("value"));
    }
    return properties;
}

QColor colourFromQgis(const QString& text, const QColor& fallback) {
    const QStringList parts = text.section(QLatin1Char(','), 0, 3).split(QLatin1Char(','));
    if (parts.size() == 4) {
        std::array<int, 4> rgba{};
        for (std::size_t i = 0; i < rgba.size(); ++i) {
            bool ok = false;
            rgba[i] = parts[static_cast<qsizetype>(i)].trimmed().toInt(&ok);
            if (!ok) {
                return fallback;
            }
        }
        return QColor(rgba[0], rgba[1], rgba[2], rgba[3]);
    }
    const QColor colour = QColor::fromString(text);
    return colour.isValid() ? colour : fallback;
}

// A size in gigamap's 96-dpi pixels; QGIS's default unit is the millimetre.
double pixels(const std::map<QString, QString>& properties, const QString& key,
              const QString& unitKey, double fallback) {
    const auto value = properties.find(key);
    bool ok = false;
    const double size = value == properties.end() ? 0.0 : value->second.toDouble(&ok);
    if (!ok) {
        return fallback;
    }
    const auto unit = properties.find(unitKey);
    const QString name = unit == properties.end() ? QStringLiteral("MM") : unit->second;
    if (name == QLatin1String("Pixel")) {
        return size;
    }
    if (name == QLatin1String("Point")) {
        return size * kPixelsPerPoint;
    }
    return name == QLatin1String("MM") ? size * kPixelsPerMm : fallback;
}

QString valueIn(const std::map<QString, QString>& properties, const char* key) {
    const auto it = properties.find(QString::fromLatin1(key));
    return it == properties.end() ? QString() : it->second;
}

// The field of a data-defined size `2 * "field"`, the way styleToQml writes a coverage circle.
QString radiusFieldOf(const QDomElement& layer) {
    static const QRegularExpression twice(QStringLiteral(R"re(^\s*2\s*\*\s*"([^"]+)"\s*$)re"));
    const QDomNodeList options = layer.elementsByTagName(QStringLiteral("Option"));
    for (int i = 0; i < options.size(); ++i) {
        const QDomElement option = options.at(i).toElement();
        if (option.attribute(QStringLiteral("name")) == QLatin1String("expression")) {
            const auto match = twice.match(option.attribute(QStringLiteral("value")));
            if (match.hasMatch()) {
                return match.captured(1);
            }
        }
    }
    return {};
}

struct ReadSymbol {
    Symbol symbol;
    QString radiusField;
};

std::optional<ReadSymbol> symbolFrom(const QDomElement& element) {
    ReadSymbol read;
    read.symbol.opacity =
        element.attribute(QStringLiteral("alpha"), QStringLiteral("1")).toDouble();
    for (QDomElement layer = element.firstChildElement(QStringLiteral("layer")); !layer.isNull();
         layer = layer.nextSiblingElement(QStringLiteral("layer"))) {
        const QString cls = layer.attribute(QStringLiteral("class"));
        const auto properties = propertiesOf(layer);
        Symbol& symbol = read.symbol;
        if (cls == QLatin1String("SimpleMarker")) {
            if (valueIn(properties, "size_unit") == QLatin1String("MapUnit")) {
                read.radiusField = radiusFieldOf(layer);
                continue;  // a coverage circle, not the marker
            }
            symbol.marker = valueOf(kMarkers, valueIn(properties, "name"), MarkerShape::Circle);
            symbol.fill = colourFromQgis(valueIn(properties, "color"), symbol.fill);
            symbol.stroke = colourFromQgis(valueIn(properties, "outline_color"), symbol.stroke);
            symbol.strokeWidth = pixels(properties, QStringLiteral("outline_width"),
                                        QStringLiteral("outline_width_unit"), symbol.strokeWidth);
            symbol.size = pixels(properties, QStringLiteral("size"), QStringLiteral("size_unit"),
                                 symbol.size);
            return read;
        }
        if (cls == QLatin1String("SimpleLine")) {
            symbol.stroke = colourFromQgis(valueIn(properties, "line_color"), symbol.stroke);
            symbol.strokeWidth = pixels(properties, QStringLiteral("line_width"),
                                        QStringLiteral("line_width_unit"), symbol.strokeWidth);
            symbol.dash = valueOf(kDashes, valueIn(properties, "line_style"), LineDash::Solid);
            return read;
        }
        if (cls == QLatin1String("SimpleFill")) {
            const QString style = valueIn(properties, "style");
            symbol.fill = style == QLatin1String("no")
                              ? QColor(Qt::transparent)
                              : colourFromQgis(valueIn(properties, "color"), symbol.fill);
            symbol.hatched = style.contains(QLatin1String("diagonal"));
            symbol.stroke =
                valueIn(properties, "outline_style") == QLatin1String("no")
                    ? QColor(Qt::transparent)
                    : colourFromQgis(valueIn(properties, "outline_color"), symbol.stroke);
            symbol.dash = valueOf(kDashes, valueIn(properties, "outline_style"), LineDash::Solid);
            symbol.strokeWidth = pixels(properties, QStringLiteral("outline_width"),
                                        QStringLiteral("outline_width_unit"), symbol.strokeWidth);
            return read;
        }
    }
    return std::nullopt;
}

void readLabels(const QDomElement& root, LayerStyle& style) {
    if (root.attribute(QStringLiteral("labelsEnabled")) != QLatin1String("1")) {
        return;
    }
    const QDomElement labeling = root.firstChildElement(QStringLiteral("labeling"));
    if (labeling.attribute(QStringLiteral("type")) != QLatin1String("simple")) {
        return;
    }
    const QDomElement text = labeling.firstChildElement(QStringLiteral("settings"))
                                 .firstChildElement(QStringLiteral("text-style"));
    if (text.attribute(QStringLiteral("isExpression")) == QLatin1String("1")) {
        return;
    }
    style.labelField = text.attribute(QStringLiteral("fieldName"));
    style.labelColour = colourFromQgis(text.attribute(QStringLiteral("textColor")), Qt::black);
    const double size = text.attribute(QStringLiteral("fontSize")).toDouble();
    if (size > 0.0) {
        style.labelSize = size;
    }
}

}  // namespace

QString styleToQml(const LayerStyle& style, core::GeometryType geometry) {
    QString out;
    QmlWriter writer(out);
    auto& xml = writer.xml();
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"));
    xml.writeStartElement(QStringLiteral("qgis"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("3.28.0"));
    xml.writeAttribute(QStringLiteral("styleCategories"), QStringLiteral("Symbology|Labeling"));
    xml.writeAttribute(QStringLiteral("labelsEnabled"),
                       style.labelField.isEmpty() ? QStringLiteral("0") : QStringLiteral("1"));
    xml.writeStartElement(QStringLiteral("renderer-v2"));
    const QString radius = geometry == core::GeometryType::Point ? style.radiusField : QString();
    int next = 0;
    std::vector<std::pair<QString, const Symbol*>> symbols;
    const auto symbolName = [&](const Symbol& symbol) {
        const QString name = QString::number(next++);
        symbols.emplace_back(name, &symbol);
        return name;
    };
    xml.writeAttribute(QStringLiteral("type"), style.renderer == RendererKind::SingleSymbol
                                                   ? QStringLiteral("singleSymbol")
                                               : style.renderer == RendererKind::Categorised
                                                   ? QStringLiteral("categorizedSymbol")
                                                   : QStringLiteral("graduatedSymbol"));
    if (style.renderer != RendererKind::SingleSymbol) {
        xml.writeAttribute(QStringLiteral("attr"), style.field);
    }
    if (style.renderer == RendererKind::Graduated) {
        xml.writeAttribute(QStringLiteral("graduatedMethod"), QStringLiteral("GraduatedColor"));
    }
    xml.writeAttribute(QStringLiteral("symbollevels"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("enableorderby"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("forceraster"), QStringLiteral("0"));
    if (style.renderer == RendererKind::SingleSymbol) {
        symbolName(style.symbol);
    } else if (style.renderer == RendererKind::Categorised) {
        xml.writeStartElement(QStringLiteral("categories"));
        for (const auto& category : style.categories) {
            xml.writeEmptyElement(QStringLiteral("category"));
            xml.writeAttribute(QStringLiteral("value"), category.value);
            xml.writeAttribute(QStringLiteral("label"), category.label);
            xml.writeAttribute(QStringLiteral("symbol"), symbolName(category.symbol));
            xml.writeAttribute(QStringLiteral("render"), QStringLiteral("true"));
        }
        if (style.showOthers) {
            // QGIS's "all other values" category has an empty value.
            xml.writeEmptyElement(QStringLiteral("category"));
            xml.writeAttribute(QStringLiteral("value"), QString());
            xml.writeAttribute(QStringLiteral("label"), QStringLiteral("Other"));
            xml.writeAttribute(QStringLiteral("symbol"), symbolName(style.symbol));
            xml.writeAttribute(QStringLiteral("render"), QStringLiteral("true"));
        }
        xml.writeEndElement();
    } else {
        xml.writeStartElement(QStringLiteral("ranges"));
        for (const auto& graduated : style.classes) {
            xml.writeEmptyElement(QStringLiteral("range"));
            xml.writeAttribute(QStringLiteral("lower"), number(graduated.lower));
            xml.writeAttribute(QStringLiteral("upper"), number(graduated.upper));
            xml.writeAttribute(QStringLiteral("label"), graduated.label);
            xml.writeAttribute(QStringLiteral("symbol"), symbolName(graduated.symbol));
            xml.writeAttribute(QStringLiteral("render"), QStringLiteral("true"));
        }
        xml.writeEndElement();
    }
    xml.writeStartElement(QStringLiteral("symbols"));
    for (const auto& [name, symbol] : symbols) {
        writer.symbol(name, *symbol, geometry, radius);
    }
    xml.writeEndElement();
    if (style.renderer != RendererKind::SingleSymbol) {
        xml.writeStartElement(QStringLiteral("source-symbol"));
        writer.symbol(QStringLiteral("0"), style.symbol, geometry, radius);
        xml.writeEndElement();
    }
    xml.writeEndElement();  // renderer-v2
    if (!style.labelField.isEmpty()) {
        writeLabels(writer, style, geometry);
    }
    xml.writeEndElement();  // qgis
    xml.writeEndDocument();
    return out;
}

std::optional<LayerStyle> styleFromQml(const QString& qml) {
    QDomDocument document;
    if (!document.setContent(qml)) {
        return std::nullopt;
    }
    const QDomElement root = document.documentElement();
    const QDomElement renderer = root.firstChildElement(QStringLiteral("renderer-v2"));
    if (root.tagName() != QLatin1String("qgis") || renderer.isNull()) {
        return std::nullopt;
    }
    std::map<QString, ReadSymbol> symbols;
    const QDomElement symbolList = renderer.firstChildElement(QStringLiteral("symbols"));
    for (QDomElement symbol = symbolList.firstChildElement(QStringLiteral("symbol"));
         !symbol.isNull(); symbol = symbol.nextSiblingElement(QStringLiteral("symbol"))) {
        if (auto read = symbolFrom(symbol)) {
            symbols.emplace(symbol.attribute(QStringLiteral("name")), std::move(*read));
        }
    }
    const auto symbolOf = [&](const QDomElement& element) -> const ReadSymbol* {
        const auto it = symbols.find(element.attribute(QStringLiteral("symbol")));
        return it == symbols.end() ? nullptr : &it->second;
    };
    LayerStyle style;
    const QString type = renderer.attribute(QStringLiteral("type"));
    if (type == QLatin1String("singleSymbol")) {
        const auto it = symbols.find(QStringLiteral("0"));
        if (it == symbols.end()) {
            return std::nullopt;
        }
        style.symbol = it->second.symbol;
        style.radiusField = it->second.radiusField;
    } else if (type == QLatin1String("categorizedSymbol") ||
               type == QLatin1String("graduatedSymbol")) {
        const bool categorised = type == QLatin1String("categorizedSymbol");
        style.renderer = categorised ? RendererKind::Categorised : RendererKind::Graduated;
        style.field = renderer.attribute(QStringLiteral("attr"));
        static const QRegularExpression plainName(
            QStringLiteral(R"(^"?[A-Za-z_][A-Za-z0-9_]*"?$)"));
        if (!plainName.match(style.field).hasMatch()) {
            return std::nullopt;  // an expression, which gigamap cannot classify by
        }
        style.field.remove(QLatin1Char('"'));
        const auto source = renderer.firstChildElement(QStringLiteral("source-symbol"))
                                .firstChildElement(QStringLiteral("symbol"));
        if (auto read = symbolFrom(source)) {
            style.symbol = read->symbol;
            style.radiusField = read->radiusField;
        }
        style.showOthers = false;
        const QDomElement list = renderer.firstChildElement(
            categorised ? QStringLiteral("categories") : QStringLiteral("ranges"));
        const QString item = categorised ? QStringLiteral("category") : QStringLiteral("range");
        for (QDomElement element = list.firstChildElement(item); !element.isNull();
             element = element.nextSiblingElement(item)) {
            const ReadSymbol* read = symbolOf(element);
            if (read == nullptr ||
                element.attribute(QStringLiteral("render")) == QLatin1String("false")) {
                continue;
            }
            style.radiusField = read->radiusField.isEmpty() ? style.radiusField : read->radiusField;
            const QString label = element.attribute(QStringLiteral("label"));
            if (categorised && element.attribute(QStringLiteral("value")).isEmpty()) {
                style.showOthers = true;
                style.symbol = read->symbol;
            } else if (categorised) {
                style.categories.push_back(
                    {element.attribute(QStringLiteral("value")), label, read->symbol});
            } else {
                style.classes.push_back({element.attribute(QStringLiteral("lower")).toDouble(),
                                         element.attribute(QStringLiteral("upper")).toDouble(),
                                         label, read->symbol});
            }
        }
    } else {
        return std::nullopt;
    }
    readLabels(root, style);
    return style;
}

}  // namespace gigamap::render

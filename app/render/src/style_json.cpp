#include "gigamap/render/style_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <array>
#include <utility>

#include "enum_names.h"
#include "gigamap/core/error.h"

namespace gigamap::render {
namespace {

constexpr std::array kRenderers{std::pair{RendererKind::SingleSymbol, "single"},
                                std::pair{RendererKind::Categorised, "categorised"},
                                std::pair{RendererKind::Graduated, "graduated"}};
constexpr std::array kDashes{std::pair{LineDash::Solid, "solid"}, std::pair{LineDash::Dash, "dash"},
                             std::pair{LineDash::Dot, "dot"},
                             std::pair{LineDash::DashDot, "dash-dot"}};
constexpr std::array kMarkers{
    std::pair{MarkerShape::Circle, "circle"},     std::pair{MarkerShape::Square, "square"},
    std::pair{MarkerShape::Triangle, "triangle"}, std::pair{MarkerShape::Diamond, "diamond"},
    std::pair{MarkerShape::Star, "star"},         std::pair{MarkerShape::Cross, "cross"}};

using detail::nameOf;

template <typename Table, typename Enum>
Enum valueOf(const Table& table, const QJsonValue& json, Enum fallback) {
    return detail::valueOf(table, json.toString(), fallback);
}

QString colourText(const QColor& colour) {
    return colour.name(QColor::HexArgb);
}

QColor colourFrom(const QJsonValue& json, const QColor& fallback) {
    const QColor colour = QColor::fromString(json.toString());
    return colour.isValid() ? colour : fallback;
}

QJsonObject symbolJson(const Symbol& symbol) {
    return {{"stroke", colourText(symbol.stroke)},
            {"stroke_width", symbol.strokeWidth},
            {"dash", nameOf(kDashes, symbol.dash)},
            {"fill", colourText(symbol.fill)},
            {"hatched", symbol.hatched},
            {"opacity", symbol.opacity},
            {"marker", nameOf(kMarkers, symbol.marker)},
            {"size", symbol.size}};
}

Symbol symbolFrom(const QJsonObject& json) {
    const Symbol defaults;
    Symbol symbol;
    symbol.stroke = colourFrom(json["stroke"], defaults.stroke);
    symbol.strokeWidth = json["stroke_width"].toDouble(defaults.strokeWidth);
    symbol.dash = valueOf(kDashes, json["dash"], defaults.dash);
    symbol.fill = colourFrom(json["fill"], defaults.fill);
    symbol.hatched = json["hatched"].toBool(defaults.hatched);
    symbol.opacity = json["opacity"].toDouble(defaults.opacity);
    symbol.marker = valueOf(kMarkers, json["marker"], defaults.marker);
    symbol.size = json["size"].toDouble(defaults.size);
    return symbol;
}

}  // namespace

QByteArray styleToJson(const LayerStyle& style) {
    QJsonArray categories;
    for (const auto& category : style.categories) {
        categories.append(QJsonObject{{"value", category.value},
                                      {"label", category.label},
                                      {"symbol", symbolJson(category.symbol)}});
    }
    QJsonArray classes;
    for (const auto& graduated : style.classes) {
        classes.append(QJsonObject{{"lower", graduated.lower},
                                   {"upper", graduated.upper},
                                   {"label", graduated.label},
                                   {"symbol", symbolJson(graduated.symbol)}});
    }
    const QJsonObject json{{"renderer", nameOf(kRenderers, style.renderer)},
                           {"symbol", symbolJson(style.symbol)},
                           {"field", style.field},
                           {"categories", categories},
                           {"classes", classes},
                           {"ramp", style.rampName},
                           {"show_others", style.showOthers},
                           {"label_field", style.labelField},
                           {"label_colour", colourText(style.labelColour)},
                           {"label_size", style.labelSize},
                           {"radius_field", style.radiusField}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

LayerStyle styleFromJson(const QByteArray& json) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject()) {
        throw core::StoreError("a layer style is not a JSON object: " +
                               error.errorString().toStdString());
    }
    const QJsonObject object = document.object();
    const LayerStyle defaults;
    LayerStyle style;
    style.renderer = valueOf(kRenderers, object["renderer"], defaults.renderer);
    style.symbol = symbolFrom(object["symbol"].toObject());
    style.field = object["field"].toString();
    for (const auto& item : object["categories"].toArray()) {
        const QJsonObject category = item.toObject();
        style.categories.push_back({category["value"].toString(), category["label"].toString(),
                                    symbolFrom(category["symbol"].toObject())});
    }
    for (const auto& item : object["classes"].toArray()) {
        const QJsonObject graduated = item.toObject();
        style.classes.push_back({graduated["lower"].toDouble(), graduated["upper"].toDouble(),
                                 graduated["label"].toString(),
                                 symbolFrom(graduated["symbol"].toObject())});
    }
    style.rampName = object["ramp"].toString();
    style.showOthers = object["show_others"].toBool(defaults.showOthers);
    style.labelField = object["label_field"].toString();
    style.labelColour = colourFrom(object["label_colour"], defaults.labelColour);
    style.labelSize = object["label_size"].toDouble(defaults.labelSize);
    style.radiusField = object["radius_field"].toString();
    return style;
}

}  // namespace gigamap::render

#pragma once

#include <QString>
#include <optional>
#include <vector>

#include "gigamap/core/value.h"
#include "gigamap/render/symbol.h"

namespace gigamap::render {

enum class RendererKind { SingleSymbol, Categorised, Graduated };

// Features whose field has this value (compared as text) get the symbol.
struct Category {
    QString value;
    QString label;
    Symbol symbol;
    friend bool operator==(const Category&, const Category&) = default;
};

// Features whose numeric field lies in [lower, upper] get the symbol (the
// first matching class wins, so shared bounds go to the lower class).
struct GraduatedClass {
    double lower = 0.0;
    double upper = 0.0;
    QString label;
    Symbol symbol;
    friend bool operator==(const GraduatedClass&, const GraduatedClass&) = default;
};

// How a layer is drawn, as saved in the project's layer_styles table: one of
// QGIS's three renderers, optional labels, and for point layers an optional
// circle of a radius read from a field (a hotspot's coverage).
struct LayerStyle {
    RendererKind renderer = RendererKind::SingleSymbol;
    Symbol symbol;  // the single symbol, and for other features than those classified
    QString field;  // what Categorised and Graduated classify by
    std::vector<Category> categories;
    std::vector<GraduatedClass> classes;
    QString rampName;        // the colour ramp the classes were made from
    bool showOthers = true;  // draw features no category or class matches, with `symbol`

    QString labelField;  // empty: no labels
    QColor labelColour{Qt::black};
    double labelSize = 8.0;  // points

    QString radiusField;  // empty: no circle

    // The symbol for a feature whose `field` holds `value`; nullptr when it is not drawn.
    [[nodiscard]] const Symbol* symbolFor(const core::Value& value) const;
    // The fields drawing needs: classification, label and radius, without repeats.
    [[nodiscard]] std::vector<QString> fieldsUsed() const;

    friend bool operator==(const LayerStyle&, const LayerStyle&) = default;
};

// A value as text, the way categories compare it ("" for NULL).
[[nodiscard]] QString valueText(const core::Value& value);
// A value as a number, when it is one (or text that reads as one).
[[nodiscard]] std::optional<double> valueNumber(const core::Value& value);

}  // namespace gigamap::render

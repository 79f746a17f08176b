#include "analysis/result_styles.h"

#include <QObject>

namespace gigamap::desktop {
namespace {

render::Symbol boldLine(const QColor& colour) {
    render::Symbol symbol;
    symbol.stroke = colour;
    symbol.strokeWidth = 5.0;
    symbol.fill = colour;
    symbol.size = 11.0;
    return symbol;
}

}  // namespace

render::LayerStyle resultStyle(const std::string& table) {
    render::LayerStyle style;
    if (table == "one_dig_pairs") {
        style.renderer = render::RendererKind::Categorised;
        style.field = QStringLiteral("kind");
        style.symbol = boldLine(QColor(120, 120, 120));
        style.categories = {
            {QStringLiteral("opportunity"), QObject::tr("Dig-once opportunity"),
             boldLine(QColor(240, 165, 0))},
            {QStringLiteral("conflict"), QObject::tr("Works conflict"),
             boldLine(QColor(214, 40, 40))},
            {QStringLiteral("blocked"), QObject::tr("Blocked by Section 58"),
             boldLine(QColor(128, 50, 170))},
        };
        style.showOthers = false;
        return style;
    }
    style.symbol.stroke = QColor(170, 20, 20);
    style.symbol.strokeWidth = 1.2;
    style.symbol.fill = QColor(220, 40, 40, 110);
    style.symbol.hatched = true;
    return style;
}

}  // namespace gigamap::desktop

#pragma once

#include <QFont>
#include <QImage>
#include <QRectF>
#include <QString>
#include <vector>

#include "gigamap/render/map_layer.h"

class QPainter;

namespace gigamap::render {

// The legend panel of a map sheet: the visible layers' swatches, and under a
// layer with classes each class, in as many columns as the sheet can spare
// and shrunk when even those are too short, so that no entry is cut off.
class SheetLegend {
public:
    // How the legend is laid out: columns side by side, all drawn at `scale`.
    struct Layout {
        int columns = 1;
        double scale = 1.0;
        double width = 0.0;  // of the whole panel
        [[nodiscard]] double columnWidth() const;
    };

    explicit SheetLegend(const std::vector<MapLayer>& layers);

    // The largest legend that fits a panel `height` high and at most `maxWidth`
    // wide: full size in one column if it can, else more columns, else smaller.
    [[nodiscard]] Layout layout(double height, double maxWidth) const;
    // Whether every row shows in a panel `height` high laid out as `layout`.
    [[nodiscard]] bool fits(const Layout& layout, double height) const {
        return !flow(layout, height).empty();
    }
    // Paints the legend into `panel` as `layout` says.
    void paint(QPainter& painter, const QRectF& panel, const Layout& layout) const;

    [[nodiscard]] bool isEmpty() const { return rows_.empty(); }

private:
    enum class RowKind { LayerWithSwatch, LayerHeading, Entry };
    struct Row {
        RowKind kind;
        QString text;
        QImage swatch;  // null for a heading
    };
    // Each column's rows as [first, last) indices; empty when they do not fit.
    [[nodiscard]] std::vector<std::pair<std::size_t, std::size_t>> flow(const Layout& layout,
                                                                        double height) const;
    [[nodiscard]] double rowHeight(const Row& row, const Layout& layout) const;
    [[nodiscard]] QFont rowFont(const Row& row, double scale) const;

    std::vector<Row> rows_;
};

}  // namespace gigamap::render

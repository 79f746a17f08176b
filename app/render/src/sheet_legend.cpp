#include "gigamap/render/sheet_legend.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

#include "gigamap/render/legend.h"
#include "sheet_font.h"

namespace gigamap::render {
namespace {

constexpr double kColumnWidth = 198.0;  // at scale 1, in 96-dpi pixels
constexpr double kColumnGap = 12.0;
constexpr double kSwatch = 16.0;
constexpr double kEntryIndent = 8.0;
constexpr double kRowGap = 4.0;
constexpr double kTitleHeight = 24.0;
constexpr double kSmallest = 0.5;  // below half size a legend is unreadable anyway
constexpr int kMaxColumns = 4;
const QColor kInk("#1d2530");

}  // namespace

double SheetLegend::Layout::columnWidth() const {
    return kColumnWidth * scale;
}

SheetLegend::SheetLegend(const std::vector<MapLayer>& layers) {
    const QSize swatchSize(static_cast<int>(kSwatch), static_cast<int>(kSwatch));
    for (const auto& layer : layers) {
        if (!layer.visible || !layer.inLegend) {
            continue;
        }
        const auto type = layer.geometryType();
        const auto entries = legendEntries(layer.style);
        if (entries.empty()) {
            rows_.push_back({RowKind::LayerWithSwatch, layer.title,
                             legendSwatch(layer.style.symbol, type, swatchSize)});
            continue;
        }
        rows_.push_back({RowKind::LayerHeading, layer.title, QImage()});
        for (const auto& entry : entries) {
            rows_.push_back(
                {RowKind::Entry, entry.label, legendSwatch(entry.symbol, type, swatchSize)});
        }
    }
}

QFont SheetLegend::rowFont(const Row& row, double scale) const {
    return row.kind == RowKind::Entry ? sheetFont(7.5 * scale) : sheetFont(8 * scale, true);
}

double SheetLegend::rowHeight(const Row& row, const Layout& layout) const {
    const double indent = row.kind == RowKind::Entry ? kEntryIndent * layout.scale : 0.0;
    const double swatch = row.swatch.isNull() ? 0.0 : (kSwatch + 6.0) * layout.scale;
    const QFontMetricsF metrics(rowFont(row, layout.scale));
    const QRectF text(0, 0, layout.columnWidth() - indent - swatch, 1000);
    const double textHeight = metrics.boundingRect(text, Qt::TextWordWrap, row.text).height();
    const double height =
        row.swatch.isNull() ? textHeight : std::max(kSwatch * layout.scale, textHeight);
    return height + kRowGap * layout.scale;
}

std::vector<std::pair<std::size_t, std::size_t>> SheetLegend::flow(const Layout& layout,
                                                                   double height) const {
    std::vector<std::pair<std::size_t, std::size_t>> columns;
    const double firstTop = kTitleHeight * layout.scale;
    double top = firstTop;
    std::size_t first = 0;
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        double needed = rowHeight(rows_[i], layout);
        // A heading starts a column together with its first entry, never alone at the foot.
        if (rows_[i].kind == RowKind::LayerHeading && i + 1 < rows_.size()) {
            needed += rowHeight(rows_[i + 1], layout);
        }
        if (top + needed > height && i > first) {
            columns.emplace_back(first, i);
            first = i;
            top = 0.0;
            if (static_cast<int>(columns.size()) == layout.columns) {
                return {};
            }
        }
        if (top + needed > height) {
            return {};  // one row taller than the panel
        }
        top += rowHeight(rows_[i], layout);
    }
    columns.emplace_back(first, rows_.size());
    return columns;
}

SheetLegend::Layout SheetLegend::layout(double height, double maxWidth) const {
    Layout best;
    for (double scale = 1.0; scale >= kSmallest; scale *= 0.92) {
        for (int columns = 1; columns <= kMaxColumns; ++columns) {
            Layout candidate{columns, scale,
                             columns * kColumnWidth * scale + (columns - 1) * kColumnGap};
            if (candidate.width > maxWidth && columns > 1) {
                break;
            }
            if (!flow(candidate, height).empty()) {
                return candidate;
            }
            best = candidate;
        }
    }
    return best;  // the smallest tried; its last rows may be cut
}

void SheetLegend::paint(QPainter& painter, const QRectF& panel, const Layout& layout) const {
    auto columns = flow(layout, panel.height());
    if (columns.empty() && !rows_.empty()) {
        columns.emplace_back(0, rows_.size());
    }
    painter.save();
    painter.setPen(kInk);
    painter.setFont(sheetFont(10 * layout.scale, true));
    painter.drawText(QRectF(panel.left(), panel.top(), panel.width(), 20 * layout.scale),
                     Qt::AlignLeft, QStringLiteral("Legend"));
    const double swatch = kSwatch * layout.scale;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const double left =
            panel.left() + static_cast<double>(c) * (layout.columnWidth() + kColumnGap);
        double top = panel.top() + (c == 0 ? kTitleHeight * layout.scale : 0.0);
        for (std::size_t i = columns[c].first; i < columns[c].second; ++i) {
            const Row& row = rows_[i];
            const double indent = row.kind == RowKind::Entry ? kEntryIndent * layout.scale : 0.0;
            double textLeft = left + indent;
            if (!row.swatch.isNull()) {
                painter.drawImage(QRectF(textLeft, top, swatch, swatch), row.swatch);
                textLeft += swatch + 6.0 * layout.scale;
            }
            painter.setFont(rowFont(row, layout.scale));
            painter.drawText(
                QRectF(textLeft, top, left + layout.columnWidth() - textLeft, panel.bottom() - top),
                Qt::TextWordWrap, row.text);
            top += rowHeight(row, layout);
        }
    }
    painter.restore();
}

}  // namespace gigamap::render

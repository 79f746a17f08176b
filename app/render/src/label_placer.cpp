#include "gigamap/render/label_placer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace gigamap::render {
namespace {

// More labels than this on one map are unreadable anyway and slow to test.
constexpr std::size_t kMaxCandidates = 4000;

// Where a label's text box may go: centred on its anchor, or for a marker
// above, below, right and left of it, in that order of preference.
std::vector<QRectF> candidates(const QRectF& box, QPointF anchor, double clearance) {
    const QPointF half(box.width() / 2.0, box.height() / 2.0);
    if (clearance < 0.0) {
        return {QRectF(anchor - half, box.size())};
    }
    const double dy = clearance + half.y();
    const double dx = clearance + half.x() + 2.0;
    return {QRectF(anchor + QPointF(0, -dy) - half, box.size()),
            QRectF(anchor + QPointF(0, dy) - half, box.size()),
            QRectF(anchor + QPointF(dx, 0) - half, box.size()),
            QRectF(anchor + QPointF(-dx, 0) - half, box.size())};
}

}  // namespace

void LabelPlacer::add(const QString& text, QPointF anchor, const QColor& colour, double pointSize) {
    if (!text.isEmpty() && labels_.size() < kMaxCandidates) {
        labels_.push_back({text, anchor, colour, pointSize});
    }
}

void LabelPlacer::addBeside(const QString& text, QPointF point, double clearance,
                            const QColor& colour, double pointSize) {
    if (!text.isEmpty() && labels_.size() < kMaxCandidates) {
        labels_.push_back({text, point, colour, pointSize, std::max(0.0, clearance)});
    }
}

void LabelPlacer::paint(QPainter& painter, const QRectF& area) {
    std::vector<QRectF> placed;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const auto& label : labels_) {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(label.pointSize);
        const QFontMetricsF metrics(font, painter.device());
        // The text's box with its halo, from the top of the ascent to the descent.
        const QRectF box(0, 0, metrics.horizontalAdvance(label.text) + 4.0, metrics.height() + 2.0);
        const auto free = [&](const QRectF& bounds) {
            return area.contains(bounds) &&
                   std::none_of(placed.begin(), placed.end(),
                                [&](const QRectF& other) { return other.intersects(bounds); });
        };
        const auto options = candidates(box, label.anchor, label.clearance);
        const auto chosen = std::find_if(options.begin(), options.end(), free);
        if (chosen == options.end()) {
            continue;
        }
        placed.push_back(*chosen);
        const QPointF baseline(chosen->left() + 2.0, chosen->top() + 1.0 + metrics.ascent());
        QPainterPath path;
        path.addText(baseline, font, label.text);
        painter.setPen(
            QPen(QColor(255, 255, 255, 220), 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setPen(Qt::NoPen);
        painter.setBrush(label.colour);
        painter.drawPath(path);
    }
    painter.restore();
    labels_.clear();
}

}  // namespace gigamap::render

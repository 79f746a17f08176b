#include "gigamap/render/label_placer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace gigamap::render {
namespace {

// More labels than this on one map are unreadable anyway and slow to test.
constexpr std::size_t kMaxCandidates = 4000;

}  // namespace

void LabelPlacer::add(const QString& text, QPointF anchor, const QColor& colour, double pointSize) {
    if (!text.isEmpty() && labels_.size() < kMaxCandidates) {
        labels_.push_back({text, anchor, colour, pointSize});
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
        const QRectF box = metrics.boundingRect(label.text);
        const QPointF baseline(label.anchor.x() - box.width() / 2.0,
                               label.anchor.y() + metrics.ascent() / 2.0 - metrics.descent() / 2.0);
        const QRectF bounds = box.translated(baseline).adjusted(-2, -1, 2, 1);
        if (!area.contains(bounds) ||
            std::any_of(placed.begin(), placed.end(),
                        [&](const QRectF& other) { return other.intersects(bounds); })) {
            continue;
        }
        placed.push_back(bounds);
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

#include "gigamap/render/scale_bar.h"

#include <QFont>
#include <QPainter>
#include <cmath>

namespace gigamap::render {

ScaleBar::ScaleBar(const MapViewport& viewport) : viewport_(viewport) {
    const double target = viewport.size().width() / 5.0 * viewport.unitsPerPixel();
    if (target <= 0.0) {
        return;
    }
    const double power = std::pow(10.0, std::floor(std::log10(target)));
    for (const double step : {5.0, 2.0, 1.0}) {
        if (step * power <= target) {
            metres_ = step * power;
            return;
        }
    }
    metres_ = power;
}

double ScaleBar::lengthPixels() const {
    return metres_ / viewport_.unitsPerPixel();
}

QString ScaleBar::label() const {
    if (metres_ >= 1000.0) {
        return QStringLiteral("%1 km").arg(metres_ / 1000.0);
    }
    return QStringLiteral("%1 m").arg(metres_);
}

void ScaleBar::paint(QPainter& painter) const {
    if (metres_ <= 0.0) {
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    const double length = lengthPixels();
    const QPointF origin(14.0, viewport_.size().height() - 16.0);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8.0);
    painter.setFont(font);
    const QRectF backdrop(origin.x() - 6, origin.y() - 24, length + 12 + 50, 32);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRect(backdrop);
    // Two halves, black and white, as on a printed map.
    const double half = length / 2.0;
    painter.setPen(QPen(Qt::black, 1.0));
    painter.setBrush(Qt::black);
    painter.drawRect(QRectF(origin.x(), origin.y() - 5, half, 5));
    painter.setBrush(Qt::white);
    painter.drawRect(QRectF(origin.x() + half, origin.y() - 5, half, 5));
    painter.drawText(QPointF(origin.x(), origin.y() - 9), QStringLiteral("0"));
    painter.drawText(QPointF(origin.x() + length - 4, origin.y() - 9), label());
    painter.restore();
}

}  // namespace gigamap::render

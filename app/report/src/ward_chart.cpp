#include "ward_chart.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <cmath>

#include "format.h"

namespace gigamap::report {

QImage wardChart(const std::vector<core::CoverageRow>& wards, int width) {
    const int rowHeight = 44;
    const int top = 70;
    const int height = top + rowHeight * static_cast<int>(wards.size()) + 30;
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font("DejaVu Sans");
    font.setPixelSize(24);
    painter.setFont(font);
    const QFontMetrics metrics(font);

    int labelWidth = 0;
    double largest = 0.0;
    for (const auto& ward : wards) {
        labelWidth =
            std::max(labelWidth, metrics.horizontalAdvance(QString::fromStdString(ward.name)));
        largest = std::max(largest, ward.premisesLackingGigabit);
    }
    labelWidth = std::min(labelWidth + 20, width / 3);
    const int valueWidth = metrics.horizontalAdvance("000,000") + 20;
    const int barLeft = labelWidth;
    const int barSpace = width - barLeft - valueWidth;

    QFont titleFont = font;
    titleFont.setPixelSize(28);
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(QColor("#0b3d5c"));
    painter.drawText(QRect(0, 0, width, top - 20), Qt::AlignLeft | Qt::AlignVCenter,
                     "Premises lacking gigabit-capable broadband, by ward");
    painter.setFont(font);
    for (std::size_t i = 0; i < wards.size(); ++i) {
        const auto& ward = wards[i];
        const int y = top + static_cast<int>(i) * rowHeight;
        painter.setPen(QColor("#1d2530"));
        painter.drawText(
            QRect(0, y, labelWidth - 12, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
            metrics.elidedText(QString::fromStdString(ward.name), Qt::ElideRight, labelWidth - 12));
        const int bar =
            largest > 0.0
                ? static_cast<int>(std::lround(barSpace * ward.premisesLackingGigabit / largest))
                : 0;
        painter.fillRect(QRect(barLeft, y + 8, std::max(bar, 1), rowHeight - 16),
                         QColor("#c0392b"));
        painter.drawText(QRect(barLeft + bar + 8, y, valueWidth, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QString::fromStdString(whole(ward.premisesLackingGigabit)));
    }
    painter.setPen(QColor("#8a98a6"));
    painter.drawLine(barLeft, top, barLeft, top + rowHeight * static_cast<int>(wards.size()));
    return image;
}

}  // namespace gigamap::report

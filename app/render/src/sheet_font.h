#pragma once

#include <QFont>

namespace gigamap::render {

// The type of a map sheet, sized in points on paper (96-dpi pixels), the same
// on a PNG, a PDF page and a report.
inline QFont sheetFont(double pointSize, bool bold = false) {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(1, static_cast<int>(pointSize * 96.0 / 72.0)));
    font.setBold(bold);
    return font;
}

}  // namespace gigamap::render

#include "gigamap/render/map_export.h"

#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cctype>

#include "gigamap/core/atomic_file.h"
#include "gigamap/core/error.h"

namespace gigamap::render {
namespace {

constexpr double kScreenDpi = 96.0;  // symbols are sized in pixels at 96 dpi
constexpr double kMarginMm = 10.0;

std::string lowerExtension(const std::filesystem::path& file) {
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

// The printable area of the paper in 96-dpi pixels.
QSize sheetSize(const MapExportOptions& options) {
    const QPageLayout layout(QPageSize(options.paper), options.orientation,
                             QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                             QPageLayout::Millimeter);
    const QRectF points = layout.paintRect(QPageLayout::Point);
    return (points.size() * kScreenDpi / 72.0).toSize();
}

}  // namespace

std::vector<QString> exportMap(const MapSheet& sheet, const std::vector<MapLayer>& layers,
                               const MapExportOptions& options) {
    const std::string extension = lowerExtension(options.out);
    if (extension != ".png" && extension != ".pdf") {
        throw core::ExportError("cannot tell the map's format from " + options.out.string() +
                                "; use .png or .pdf");
    }
    if (!(options.dpi >= 30.0 && options.dpi <= 1200.0)) {
        throw core::ExportError("the resolution must be between 30 and 1200 dpi");
    }
    const QSize size = sheetSize(options);
    std::vector<QString> problems;
    core::AtomicFile output(options.out);
    const QString partialName = QString::fromStdString(output.partial().string());
    if (extension == ".png") {
        const QImage image = sheet.image(size, options.dpi / kScreenDpi, layers, options.extent,
                                         options.sheet, {}, &problems);
        if (!image.save(partialName, "PNG")) {
            throw core::ExportError("cannot write " + options.out.string());
        }
    } else {
        QPdfWriter writer(partialName);
        writer.setCreator("gigamap");
        writer.setTitle(options.sheet.title);
        writer.setResolution(static_cast<int>(options.dpi));
        writer.setPageLayout(QPageLayout(QPageSize(options.paper), options.orientation,
                                         QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                         QPageLayout::Millimeter));
        QPainter painter(&writer);
        if (!painter.isActive()) {
            throw core::ExportError("cannot write " + options.out.string());
        }
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(options.dpi / kScreenDpi, options.dpi / kScreenDpi);
        problems = sheet.paint(painter, size, layers, options.extent, options.sheet);
        painter.end();
    }
    if (extension != ".png") {
        output.requireEnding("%%EOF");  // QPdfWriter does not report a write that failed
    }
    output.commit();
    return problems;
}

}  // namespace gigamap::render

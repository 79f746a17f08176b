#include "gigamap/report/report_writer.h"

#include <QBuffer>
#include <QByteArray>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <fstream>

#include "gigamap/core/atomic_file.h"
#include "gigamap/core/error.h"

namespace gigamap::report {
namespace {

std::string pngDataUri(const QImage& image) {
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return "data:image/png;base64," + png.toBase64().toStdString();
}

}  // namespace

void writeHtmlReport(const std::filesystem::path& file, const std::string& html,
                     const std::vector<ReportImage>& images) {
    std::string text = html;
    for (const auto& image : images) {
        const std::string reference = "src=\"" + image.name + "\"";
        const std::string embedded = "src=\"" + pngDataUri(image.image) + "\"";
        for (auto at = text.find(reference); at != std::string::npos;
             at = text.find(reference, at + embedded.size())) {
            text.replace(at, reference.size(), embedded);
        }
    }
    core::AtomicFile output(file);
    {
        std::ofstream out(output.partial(), std::ios::binary);
        out << text;
        if (!out.flush()) {
            throw core::ExportError("cannot write " + file.string());
        }
    }
    output.commit();
}

void writePdfReport(const std::filesystem::path& file, const std::string& html,
                    const std::vector<ReportImage>& images, const std::string& title) {
    QTextDocument document;
    QFont font("DejaVu Sans");
    font.setPointSizeF(9.0);
    document.setDefaultFont(font);
    for (const auto& image : images) {
        document.addResource(QTextDocument::ImageResource, QUrl(QString::fromStdString(image.name)),
                             image.image);
    }
    document.setHtml(QString::fromStdString(html));

    core::AtomicFile output(file);
    {
        QPdfWriter writer(QString::fromStdString(output.partial().string()));
        writer.setTitle(QString::fromStdString(title));
        writer.setCreator("gigamap");
        writer.setResolution(150);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        document.print(&writer);
    }
    output.commit();
}

}  // namespace gigamap::report

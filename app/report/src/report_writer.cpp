#include "gigamap/report/report_writer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QByteArray>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QTextObjectInterface>
#include <QUrl>

#include <cerrno>
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

// HTML sizes (an image's width) are CSS pixels, 1/96 inch.
constexpr double kCssDpi = 96.0;
constexpr int kPdfDpi = 150;

// QTextDocument scales an image by its paint device's DPI over the screen's,
// so the same HTML gave another PDF on every display. Its image handler says
// how it scales a 96-pixel image; every image is set to what makes it come
// out at its CSS size on paper.
void sizeImagesForPaper(QTextDocument& document, const QString& anyImage) {
    QTextObjectInterface* handler =
        document.documentLayout()->handlerForObject(QTextFormat::ImageObject);
    if (handler == nullptr || anyImage.isEmpty()) {
        return;
    }
    QTextImageFormat probe;
    probe.setName(anyImage);
    probe.setWidth(kCssDpi);
    const double measured = handler->intrinsicSize(&document, 0, probe).width();
    if (!(measured > 0.0)) {
        return;
    }
    const double scale = kPdfDpi / measured;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat()) {
                continue;
            }
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (image.width() > 0) {
                image.setWidth(image.width() * scale);
            }
            if (image.height() > 0) {
                image.setHeight(image.height() * scale);
            }
            QTextCursor cursor(&document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

// Each page of the paginated document, numbered at its foot.
void printPages(QTextDocument& document, QPdfWriter& writer, double footer) {
    QPainter painter(&writer);
    if (!painter.isActive()) {
        throw core::ExportError("cannot write the report's PDF");
    }
    const QSizeF page = document.pageSize();
    const int pages = document.pageCount();
    QFont numberFont("DejaVu Sans");
    numberFont.setPointSizeF(8.0);
    for (int i = 0; i < pages; ++i) {
        if (i > 0) {
            writer.newPage();
        }
        painter.save();
        painter.translate(0, -page.height() * i);
        const QRectF visible(0, page.height() * i, page.width(), page.height());
        painter.setClipRect(visible);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = visible;
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(numberFont);
        painter.setPen(QColor("#4a5968"));
        painter.drawText(QRectF(0, page.height(), page.width(), footer),
                         Qt::AlignRight | Qt::AlignBottom, QString::number(i + 1));
    }
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
        out.close();
        if (!out) {
            core::throwCannotWrite(file, errno);
        }
    }
    output.commit();
}

void writePdfReport(const std::filesystem::path& file, const std::string& html,
                    const std::vector<ReportImage>& images, const std::string& title) {
    core::AtomicFile output(file);
    {
        QPdfWriter writer(QString::fromStdString(output.partial().string()));
        writer.setTitle(QString::fromStdString(title));
        writer.setCreator("gigamap");
        writer.setResolution(kPdfDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        // Laid out on the PDF's own pixels, never the screen's: QTextDocument::print
        // would scale by the screen's DPI, so the desktop on a real display wrote
        // another (stretched, longer) document than the command line.
        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        QFont font("DejaVu Sans");
        font.setPointSizeF(9.0);
        document.setDefaultFont(font);
        for (const auto& image : images) {
            document.addResource(QTextDocument::ImageResource,
                                 QUrl(QString::fromStdString(image.name)), image.image);
        }
        document.setHtml(QString::fromStdString(html));
        sizeImagesForPaper(document,
                           images.empty() ? QString() : QString::fromStdString(images[0].name));
        const QRect page = writer.pageLayout().paintRectPixels(kPdfDpi);
        // Room at the foot of each page for its number.
        const double footer = kPdfDpi * 8.0 / 25.4;
        document.setPageSize(QSizeF(page.width(), page.height() - footer));
        printPages(document, writer, footer);
    }
    output.requireEnding("%%EOF");  // QPdfWriter does not report a write that failed
    output.commit();
}

}  // namespace gigamap::report

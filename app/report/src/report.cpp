#include "gigamap/report/report.h"

#include <algorithm>
#include <cctype>

#include "gigamap/core/error.h"
#include "gigamap/report/report_html.h"
#include "gigamap/report/report_writer.h"
#include "report_maps.h"
#include "ward_chart.h"

namespace gigamap::report {
namespace {

std::string extensionOf(const std::filesystem::path& file) {
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

// The width of the text block in the document's units (A4, 15 mm margins).
constexpr int kFullWidth = 540;

}  // namespace

ReportSummary writeReport(core::Project& project, const ReportOptions& options,
                          const std::filesystem::path& out, core::Feedback* feedback) {
    const std::string extension = extensionOf(out);
    if (extension != ".pdf" && extension != ".html" && extension != ".htm") {
        throw core::ExportError("cannot tell the report's format from " + out.string() +
                                "; use .pdf or .html");
    }
    const ReportData data = gatherReport(project, options, feedback);

    ReportFigures figures;
    std::vector<ReportImage> images;
    if (!data.wards.empty()) {
        images.push_back({"ward-chart.png", wardChart(data.wards)});
        figures.wardChart = FigureRef{"ward-chart.png",
                                      "Premises lacking gigabit-capable broadband per ward "
                                      "(Ofcom Connected Nations, postcode level).",
                                      kFullWidth};
    }
    auto maps = drawReportMaps(project, data, options.atlas, kFullWidth);
    figures.overview = std::move(maps.overview);
    figures.atlas = std::move(maps.atlas);
    figures.atlasWards = std::move(maps.atlasWards);
    std::move(maps.images.begin(), maps.images.end(), std::back_inserter(images));
    const std::string html = reportHtml(data, figures);
    const bool pdf = extension == ".pdf";
    if (pdf) {
        writePdfReport(out, html, images, "Gigabit district report — " + data.projectName);
    } else {
        writeHtmlReport(out, html, images);
    }
    return {pdf ? "PDF" : "HTML", images.size(), data.wards.size(), data.build.total};
}

}  // namespace gigamap::report

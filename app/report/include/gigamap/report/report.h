#pragma once

#include <filesystem>
#include <string>

#include "gigamap/report/report_data.h"

namespace gigamap::report {

struct ReportSummary {
    std::string format;  // "PDF" or "HTML"
    std::size_t figures = 0;
    std::size_t wards = 0;
    double total = 0.0;  // the proposed build's cost, £
};

// The procurement report of a project: gathers the analyses, draws the
// figures, and writes `out` as PDF (.pdf) or self-contained HTML (.html,
// .htm) from one and the same HTML text. Needs a QGuiApplication (fonts).
// Throws ExportError for another extension.
ReportSummary writeReport(core::Project& project, const ReportOptions& options,
                          const std::filesystem::path& out, core::Feedback* feedback = nullptr);

}  // namespace gigamap::report

#pragma once

#include <QImage>

#include <filesystem>
#include <string>
#include <vector>

namespace gigamap::report {

// A figure drawn for the document, named as the HTML refers to it.
struct ReportImage {
    std::string name;
    QImage image;
};

// Writes the report's HTML as one self-contained file: every figure embedded
// as a PNG data URI. The file appears complete or not at all.
void writeHtmlReport(const std::filesystem::path& file, const std::string& html,
                     const std::vector<ReportImage>& images);

// Typesets the same HTML into an A4 PDF with page numbers (Qt's rich text
// engine and PDF writer). The file appears complete or not at all.
void writePdfReport(const std::filesystem::path& file, const std::string& html,
                    const std::vector<ReportImage>& images, const std::string& title);

}  // namespace gigamap::report

#pragma once

#include <string>
#include <vector>

#include "gigamap/report/report_data.h"

namespace gigamap::report {

// A figure of the report: drawn elsewhere (chart, map), referred to by name.
struct FigureRef {
    std::string name;     // the image's resource name, e.g. "ward-chart.png"
    std::string caption;  // shown under it
    int widthPx = 0;      // its width on the page, in CSS pixels
};

// The figures the document places, by section.
struct ReportFigures {
    std::vector<FigureRef> overview;  // section 4, the district map(s)
    std::vector<FigureRef> atlas;     // section 4, one per ward
    std::vector<std::string> atlasWards;
    std::optional<FigureRef> wardChart;  // section 3
};

// The report as HTML in the subset Qt's rich text understands (so the PDF is
// typeset from the very same text): the eight sections of the procurement
// report, with tables and the figures by resource name.
[[nodiscard]] std::string reportHtml(const ReportData& data, const ReportFigures& figures);

}  // namespace gigamap::report

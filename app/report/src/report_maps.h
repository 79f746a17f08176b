#pragma once

#include <vector>

#include "gigamap/report/report_data.h"
#include "gigamap/report/report_html.h"
#include "gigamap/report/report_writer.h"

namespace gigamap::core {
class Project;
}

namespace gigamap::report {

struct ReportMaps {
    std::vector<ReportImage> images;
    std::vector<FigureRef> overview;
    std::vector<FigureRef> atlas;
    std::vector<std::string> atlasWards;
};

// The report's maps, drawn by the canvas's renderer with the project's styles:
// the district overview (postcodes by gigabit coverage, ducts, hotspots, the
// area gap hatched) and, when `atlas`, one map per ward with premises lacking
// gigabit. `width` is the figures' width on the page.
[[nodiscard]] ReportMaps drawReportMaps(core::Project& project, const ReportData& data, bool atlas,
                                        int width);

}  // namespace gigamap::report

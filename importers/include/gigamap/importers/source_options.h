#pragma once

#include <filesystem>
#include <string>

namespace gigamap::importers {

// What every import is told about its source, whatever its kind: where to list
// the rows it refuses, and the vintage and attribution the project records for
// the data sources page of the report and `info`.
struct SourceOptions {
    std::filesystem::path rejectsFile;  // default: beside the project, PROJECT.<kind>-rejects.csv
    std::string vintage;                // e.g. "2025.4.0" or "2023-05"
    std::string attribution;            // replaces the source's own, e.g. for synthetic data
};

}  // namespace gigamap::importers

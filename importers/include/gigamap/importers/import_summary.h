#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace gigamap::importers {

// What an import did, for the summary the CLI prints and the wizard shows.
struct ImportSummary {
    std::filesystem::path source;
    std::string table;
    std::int64_t read = 0;              // records or features read from the source
    std::int64_t inserted = 0;          // new features
    std::int64_t updated = 0;           // features that existed (same natural key) and were updated
    std::int64_t skipped = 0;           // left out on purpose (e.g. another district)
    std::int64_t rejected = 0;          // bad rows, listed in the rejects file
    std::int64_t repaired = 0;          // invalid polygons made valid
    std::filesystem::path rejectsFile;  // empty when nothing was rejected
    std::vector<std::string> notes;     // e.g. which CRS transformation was used
};

}  // namespace gigamap::importers

#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "gigamap/importers/import_summary.h"
#include "gigamap/importers/import_target.h"
#include "gigamap/importers/source_options.h"

namespace gigamap::core {
class Feedback;
class Project;
}  // namespace gigamap::core

namespace gigamap::importers {

struct CodePointOptions {
    SourceOptions source;  // vintage e.g. "2025.4.0", recorded as vintage.codepoint
    // Keep only the postcodes of this Admin_district_code (e.g. E07000121).
    std::optional<std::string> district;
};

// Imports OS Code-Point Open CSV (its 10 columns, with or without the header
// row) or a CSV with a postcode column and easting/northing or latitude/
// longitude columns found by name (ONSPD style), into the postcodes layer.
// Postcodes are normalised ("LA1 1PJ"); a postcode already in the project has
// its position updated, keeping its Ofcom figures. All files land in one
// transaction, or none of them; bad rows go to the rejects file.
class CodePointImporter {
public:
    CodePointImporter(ImportTarget target, CodePointOptions options);

    ImportSummary importFiles(const std::vector<std::filesystem::path>& files,
                              core::Feedback* feedback = nullptr);

private:
    ImportTarget target_;
    CodePointOptions options_;
};

}  // namespace gigamap::importers

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

struct OfcomFixedOptions {
    // The vintage is "YYYY-MM"; when empty it is read from the file name
    // (202305_fixed_pc_coverage_r01.csv).
    SourceOptions source;
    // For a local-authority-level file: the district whose row to keep
    // (default: the code of the project's one boundary of kind district).
    std::optional<std::string> district;
};

// Imports Ofcom Connected Nations fixed broadband coverage, finding columns by
// name (the 38-column 2019 layout and the 40-column layout of 2020 onwards).
// A postcode-level file (postcode, postcode_space, postcode area, ...) joins the
// postcodes layer by normalised postcode and sets its percentages, premises
// and vintage; postcodes not in the project are rejected. A local-authority-
// level file (laua, laua_name, ...) stores the district's row as the headline
// figures for the report (project_meta "ofcom_fixed_la"). One transaction.
class OfcomFixedImporter {
public:
    OfcomFixedImporter(ImportTarget target, OfcomFixedOptions options);

    // All files land in one transaction, or none of them.
    ImportSummary importFiles(const std::vector<std::filesystem::path>& files,
                              core::Feedback* feedback = nullptr);

private:
    ImportTarget target_;
    OfcomFixedOptions options_;
};

// The vintage in an Ofcom file name ("202305_fixed_..." -> "2023-05"), if any.
[[nodiscard]] std::optional<std::string> vintageFromFileName(const std::filesystem::path& file);

}  // namespace gigamap::importers

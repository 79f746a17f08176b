#pragma once

#include <filesystem>
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

class ImportFrame;

struct OfcomMobileOptions {
    SourceOptions source;  // vintage e.g. "2023-05", also stored on every row
};

// Imports Ofcom Connected Nations mobile ratings per address (a CSV with
// PostCode and rating columns such as EEVoiceOutdoor, H3DataIndoor,
// TFDataOutdoorNo4g, VODataIndoor: 4 likely, 3 limited, 0 none; 1 and 2 are
// no longer used and count as limited) and aggregates them per postcode into
// the mobile_postcodes layer: for every operator, service, environment and
// technology, how many addresses are likely, limited or not covered. The rows
// of a postcode are replaced when it is imported again. One transaction.
class OfcomMobileImporter {
public:
    OfcomMobileImporter(ImportTarget target, OfcomMobileOptions options);

    ImportSummary importFiles(const std::vector<std::filesystem::path>& files,
                              core::Feedback* feedback = nullptr);

private:
    void tallyAndStore(ImportFrame& frame, const std::vector<std::filesystem::path>& files) const;

    ImportTarget target_;
    OfcomMobileOptions options_;
};

}  // namespace gigamap::importers

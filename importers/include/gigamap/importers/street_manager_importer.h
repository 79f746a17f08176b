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

struct StreetManagerOptions {
    SourceOptions source;  // vintage e.g. "2026-03", recorded as vintage.street_manager
};

// Imports DfT Street Manager open data (event notifications in any of the
// shapes readStreetManager understands) into street_works and, for Section 58
// activities, restrictions. Events fold into one current record per work
// (or activity) reference: the latest event_time wins; cancelled, revoked and
// refused permits are kept but marked not active. Start and end are actual
// dates where known, else proposed, as UK calendar days. Coordinates are WKT
// in British National Grid. One transaction for everything given.
class StreetManagerImporter {
public:
    StreetManagerImporter(ImportTarget target, StreetManagerOptions options);

    ImportSummary importPaths(const std::vector<std::filesystem::path>& paths,
                              core::Feedback* feedback = nullptr);

private:
    ImportTarget target_;
    StreetManagerOptions options_;
};

}  // namespace gigamap::importers

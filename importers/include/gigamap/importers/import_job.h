#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "gigamap/importers/import_kind.h"
#include "gigamap/importers/import_summary.h"
#include "gigamap/importers/import_target.h"
#include "gigamap/importers/source_options.h"
#include "gigamap/importers/vector_importer.h"

namespace gigamap::core {
class Feedback;
}  // namespace gigamap::core

namespace gigamap::importers {

// One import as the command line and the import wizard describe it: a kind,
// its files and its options. run() hands it to the kind's importer, so both
// front ends import in exactly the same way.
struct ImportJob {
    ImportKind kind = ImportKind::CodePoint;
    std::vector<std::filesystem::path> paths;
    SourceOptions source;                 // rejects file, vintage, attribution: every kind
    std::optional<std::string> district;  // CodePoint, OfcomFixed
    // Vector only: the target table, source layer, field mapping, CRS and the
    // name the source is recorded under; its `source` is filled from the one above.
    VectorOptions vector;

    // Runs the import in one transaction: all of it lands, or (on an error or
    // cancellation, core::CancelledError) none of it. The target is a project
    // file or a store's writer (core::bulkWriter of a server project).
    ImportSummary run(ImportTarget target, core::Feedback* feedback = nullptr) const;
};

}  // namespace gigamap::importers

#pragma once

#include <memory>

#include "gigamap/core/bulk_writer.h"

namespace gigamap::core {
class Project;
}

namespace gigamap::importers {

// The project an importer writes to: a project file open for editing (its
// writer made here), or any store's writer the caller made (a server
// project's, core::bulkWriter(PostgisProject&)). Both convert implicitly, so
// `CodePointImporter(project, options)` reads as it always did.
class ImportTarget {
public:
    ImportTarget(core::Project& project);    // a project file
    ImportTarget(core::BulkWriter& writer);  // any store, the writer the caller's
    ImportTarget(ImportTarget&&) noexcept = default;
    ImportTarget& operator=(ImportTarget&&) noexcept = default;
    ImportTarget(const ImportTarget&) = delete;
    ImportTarget& operator=(const ImportTarget&) = delete;
    ~ImportTarget();

    [[nodiscard]] core::BulkWriter& writer() { return *writer_; }

private:
    std::unique_ptr<core::BulkWriter> owned_;
    core::BulkWriter* writer_;
};

}  // namespace gigamap::importers

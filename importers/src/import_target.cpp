#include "gigamap/importers/import_target.h"

#include "gigamap/core/project.h"

namespace gigamap::importers {

ImportTarget::ImportTarget(core::Project& project)
    : owned_(core::bulkWriter(project)), writer_(owned_.get()) {}

ImportTarget::ImportTarget(core::BulkWriter& writer) : writer_(&writer) {}

ImportTarget::~ImportTarget() = default;

}  // namespace gigamap::importers

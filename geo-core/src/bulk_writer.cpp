#include "gigamap/core/bulk_writer.h"

#include "gigamap/core/error.h"
#include "gigamap/core/postgis_project.h"
#include "gigamap/core/project.h"

namespace gigamap::core {

BulkWriter::Scope::Scope(BulkWriter& writer) : writer_(writer) {
    writer_.begin();
}

BulkWriter::Scope::~Scope() {
    if (open_) {
        writer_.rollback();
    }
}

void BulkWriter::Scope::commit() {
    writer_.commit();
    open_ = false;
}

std::unique_ptr<BulkWriter> bulkWriter(ProjectHandle& project) {
    if (auto* file = dynamic_cast<Project*>(&project)) {
        return bulkWriter(*file);
    }
    if (auto* server = dynamic_cast<PostgisProject*>(&project)) {
        return bulkWriter(*server);
    }
    throw StoreError(project.display() + " is in a store gigamap cannot write to");
}

}  // namespace gigamap::core

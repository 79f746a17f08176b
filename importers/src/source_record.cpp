#include "gigamap/importers/source_record.h"

#include "gigamap/core/bulk_writer.h"

namespace gigamap::importers {

void recordSource(core::BulkWriter& project, const SourceRecord& record) {
    if (record.key.empty()) {
        return;
    }
    if (!record.vintage.empty()) {
        project.setMetaValue("vintage." + record.key, record.vintage);
    }
    if (!record.attribution.empty()) {
        project.setMetaValue("attribution." + record.key, record.attribution);
    }
}

}  // namespace gigamap::importers

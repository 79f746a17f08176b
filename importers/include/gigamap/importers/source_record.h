#pragma once

#include <string>

namespace gigamap::core {
class BulkWriter;
}

namespace gigamap::importers {

// What the project remembers of an imported source, for `info` and the
// report's data sources: its vintage and the attribution its licence requires.
struct SourceRecord {
    std::string key;  // e.g. "codepoint", "ofcom_fixed", "boundaries"
    std::string vintage;
    std::string attribution;
};

// Writes the record's non-empty parts into project_meta (inside the caller's transaction).
void recordSource(core::BulkWriter& project, const SourceRecord& record);

}  // namespace gigamap::importers

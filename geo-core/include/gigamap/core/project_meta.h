#pragma once

#include <map>
#include <string>

namespace gigamap::core {

// What a project says about itself (the project_meta table).
struct ProjectMeta {
    std::string name;
    int srid = 0;
    std::string crsName;
    int schemaVersion = 0;
    std::string created;     // ISO 8601, UTC
    std::string appVersion;  // the gigamap that created the project
    // Per data source (e.g. "ofcom_fixed"): its vintage ("2023-05") and the
    // attribution its licence requires.
    std::map<std::string, std::string> vintages;
    std::map<std::string, std::string> attributions;
};

}  // namespace gigamap::core

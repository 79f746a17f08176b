#pragma once

#include <map>
#include <string>
#include <string_view>

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

struct ProjectCrs;

// The project_meta rows of a new project: name, srid, crs_name,
// schema_version, created (now, UTC) and app_version.
[[nodiscard]] std::map<std::string, std::string> initialProjectMeta(const std::string& name,
                                                                    const ProjectCrs& crs,
                                                                    int schemaVersion);

// The project_meta rows (key -> value) of a project stored in `where` read as
// a ProjectMeta; throws StoreError for an unreadable schema version.
[[nodiscard]] ProjectMeta projectMetaFrom(const std::map<std::string, std::string>& rows, int srid,
                                          std::string_view where);

}  // namespace gigamap::core

#include "gigamap/core/project_meta.h"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <chrono>

#include "gigamap/core/crs.h"
#include "gigamap/core/error.h"
#include "gigamap/core/version.h"

namespace gigamap::core {
namespace {

constexpr std::string_view kVintagePrefix = "vintage.";
constexpr std::string_view kAttributionPrefix = "attribution.";

}  // namespace

std::map<std::string, std::string> initialProjectMeta(const std::string& name,
                                                      const ProjectCrs& crs, int schemaVersion) {
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    return {{"name", name},
            {"srid", std::to_string(crs.srid)},
            {"crs_name", crs.name},
            {"schema_version", std::to_string(schemaVersion)},
            {"created", fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", now)},
            {"app_version", kAppVersion}};
}

ProjectMeta projectMetaFrom(const std::map<std::string, std::string>& rows, int srid,
                            std::string_view where) {
    ProjectMeta meta;
    meta.srid = srid;
    for (const auto& [key, value] : rows) {
        if (key == "name") {
            meta.name = value;
        } else if (key == "crs_name") {
            meta.crsName = value;
        } else if (key == "schema_version") {
            try {
                meta.schemaVersion = std::stoi(value);
            } catch (const std::exception&) {
                throw StoreError(fmt::format(
                    "{} has an unreadable schema version in project_meta: '{}'", where, value));
            }
        } else if (key == "created") {
            meta.created = value;
        } else if (key == "app_version") {
            meta.appVersion = value;
        } else if (key.starts_with(kVintagePrefix)) {
            meta.vintages.emplace(key.substr(kVintagePrefix.size()), value);
        } else if (key.starts_with(kAttributionPrefix)) {
            meta.attributions.emplace(key.substr(kAttributionPrefix.size()), value);
        }
    }
    return meta;
}

}  // namespace gigamap::core

#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gigamap/core/layer_summary.h"
#include "gigamap/core/project_handle.h"
#include "gigamap/core/project_meta.h"

namespace gigamap::core {

class FeatureStore;
class FeatureTable;
class SqliteDatabase;

// A gigamap project: one SpatiaLite file holding every layer of the schema, in
// a projected CRS in metres, that ogrinfo and QGIS open as they are.
// Opening for editing takes the file's editing lock, so a second process is
// refused with ProjectLockedError; read-only opens take no lock.
class Project final : public ProjectHandle {
public:
    struct CreateOptions {
        std::string name;
        std::string crs = "EPSG:27700";  // a projected CRS in metres
    };

    // Creates a new project file; refuses an existing file and a CRS that is
    // not projected in metres (CrsError). On failure no file is left behind.
    [[nodiscard]] static Project create(const std::filesystem::path& path,
                                        const CreateOptions& options);
    // Opens a project; refuses what is not one (NotAProjectError), a newer
    // schema (NewerSchemaError) and, for ReadWrite, a project being edited
    // elsewhere (ProjectLockedError). The file is not modified by a refusal.
    [[nodiscard]] static Project open(const std::filesystem::path& path,
                                      Access access = Access::ReadWrite);

    // Removes a project file and SQLite's files beside it (-wal, -shm, -journal).
    static void removeFiles(const std::filesystem::path& path);

    // Another read-write connection to this project, under the editing lock
    // this Project holds, for a worker thread (a connection serves one thread
    // at a time). Refused for a read-only project. This Project must outlive it.
    [[nodiscard]] Project openSecondConnection() const;

    Project(Project&&) noexcept;
    Project& operator=(Project&&) noexcept;
    Project(const Project&) = delete;
    Project& operator=(const Project&) = delete;
    ~Project() override;

    [[nodiscard]] const std::filesystem::path& path() const;
    [[nodiscard]] std::string display() const override;
    [[nodiscard]] bool isReadOnly() const override;
    [[nodiscard]] int srid() const override;
    [[nodiscard]] ProjectMeta meta() const override;
    // Every project_meta row: key -> value.
    [[nodiscard]] std::map<std::string, std::string> metaValues() const override;
    [[nodiscard]] std::optional<std::string> metaValue(std::string_view key) const;
    void setMetaValue(std::string_view key, std::string_view value);

    // The layer called `table` (see projectLayers()); throws StoreError for an unknown name.
    [[nodiscard]] FeatureTable& layer(std::string_view table);

    [[nodiscard]] const FeatureStore& features() const override;

    [[nodiscard]] SqliteDatabase& database();

private:
    struct Impl;
    explicit Project(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace gigamap::core

#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "gigamap/core/layer_writer.h"
#include "gigamap/core/spatial_index_suspension.h"

namespace gigamap::core {

class FeatureStore;
class PostgisProject;
class Project;
class ProjectHandle;

// One import's writes to a project, wherever it lives: a SpatiaLite file
// (rows through FeatureTable's prepared statements) or a schema on PostgreSQL
// (new rows streamed through COPY, re-imported ones updated by natural key).
// Every write happens inside one Scope: all of it commits together, or none
// of it. On a server, the commit also tells every desktop open on the project
// which layers changed, how many features and where (publishChange).
class BulkWriter {
public:
    // The one transaction of an import: begun on construction, rolled back on
    // destruction unless committed.
    class Scope {
    public:
        explicit Scope(BulkWriter& writer);
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;
        ~Scope();
        void commit();

    private:
        BulkWriter& writer_;
        bool open_ = true;
    };

    virtual ~BulkWriter() = default;

    // The project as messages show it: the file's path, or the server URI with
    // its schema and without any password.
    [[nodiscard]] virtual std::string display() const = 0;
    // What a file about this project is named after by default (a rejects
    // list: PROJECT.<kind>-rejects.csv): the project file, or the schema's
    // name in the working folder for a server project.
    [[nodiscard]] virtual std::filesystem::path besidePath() const = 0;
    [[nodiscard]] virtual int srid() const = 0;

    // Inside a Scope: the layer called `table`; StoreError for an unknown name.
    [[nodiscard]] virtual LayerWriter& layer(std::string_view table) = 0;
    // Inside a Scope: reads of the project that see this Scope's writes so far.
    [[nodiscard]] virtual const FeatureStore& features() = 0;
    [[nodiscard]] virtual std::optional<std::string> metaValue(std::string_view key) = 0;
    virtual void setMetaValue(std::string_view key, std::string_view value) = 0;
    // Inside a Scope, before a large write to `table`: makes it faster where
    // the store can (a file sets its spatial index triggers aside and rebuilds
    // the index at commit; a server's GiST index keeps itself up to date).
    virtual void setIndexAside(std::string_view table,
                               SpatialIndexSuspension::Geometry geometry) = 0;

protected:
    BulkWriter() = default;
    BulkWriter(const BulkWriter&) = default;
    BulkWriter& operator=(const BulkWriter&) = default;

private:
    virtual void begin() = 0;
    virtual void commit() = 0;
    virtual void rollback() noexcept = 0;
};

// The writer for a project file (open for editing) and for a server project.
[[nodiscard]] std::unique_ptr<BulkWriter> bulkWriter(Project& project);
[[nodiscard]] std::unique_ptr<BulkWriter> bulkWriter(PostgisProject& project);
// The writer for a project openProject() opened, wherever it lives.
[[nodiscard]] std::unique_ptr<BulkWriter> bulkWriter(ProjectHandle& project);

}  // namespace gigamap::core

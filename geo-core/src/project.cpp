#include "gigamap/core/project.h"

#include <fmt/format.h>

#include <chrono>
#include <map>
#include <vector>

#include "gigamap/core/crs.h"
#include "gigamap/core/error.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/proj_context.h"
#include "gigamap/core/project_file.h"
#include "gigamap/core/project_identity.h"
#include "gigamap/core/schema_migrations.h"
#include "gigamap/core/spatialite_database.h"
#include "gigamap/core/spatialite_feature_store.h"
#include "gigamap/core/transaction.h"
#include "gigamap/core/version.h"

namespace gigamap::core {
namespace {

// Pragmas every connection needs; journal_mode is persistent in the file.
void configureConnection(SqliteDatabase& db) {
    db.exec("PRAGMA foreign_keys = ON");
    if (!db.readOnly()) {
        // A larger page cache keeps a big import's pages in memory instead of
        // spilling them to the WAL again and again.
        db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA cache_size = -65536");
    }
}

int parseInteger(const std::string& text, std::string_view what,
                 const std::filesystem::path& path) {
    try {
        return std::stoi(text);
    } catch (const std::exception&) {
        throw StoreError(fmt::format("{} has an unreadable {} in project_meta: '{}'", path.string(),
                                     what, text));
    }
}

}  // namespace

struct Project::Impl {
    // Declared first so it is destroyed last: see ProjectFile.
    ProjectFile file;
    SpatialiteDatabase db;
    int srid = 0;
    std::map<std::string, std::unique_ptr<FeatureTable>, std::less<>> layers;
    SpatialiteFeatureStore features{db.sql()};

    Impl(ProjectFile f, SpatialiteDatabase d) : file(std::move(f)), db(std::move(d)) {}

    [[nodiscard]] std::optional<std::string> metaValue(std::string_view key) const {
        auto stmt = db.sql().prepare("SELECT value FROM project_meta WHERE key = ?");
        stmt.bind(1, key);
        if (!stmt.step() || stmt.isNull(0)) {
            return std::nullopt;
        }
        return stmt.columnText(0);
    }

    void setMetaValue(std::string_view key, std::string_view value) {
        auto stmt = db.sql().prepare(
            "INSERT INTO project_meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        stmt.bind(1, key).bind(2, value);
        stmt.run();
    }
};

void Project::removeFiles(const std::filesystem::path& path) {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::filesystem::remove(path.string() + suffix, ignored);
    }
}

Project::Project(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Project::Project(Project&&) noexcept = default;
Project& Project::operator=(Project&&) noexcept = default;
Project::~Project() = default;

Project Project::create(const std::filesystem::path& path, const CreateOptions& options) {
    const ProjectCrs crs = projectCrs(options.crs);
    ProjectFile file = ProjectFile::createNew(path);
    try {
        SpatialiteDatabase db(path, SqliteDatabase::Mode::Create);
        configureConnection(db.sql());
        auto impl = std::make_unique<Impl>(std::move(file), std::move(db));
        impl->srid = crs.srid;
        {
            Transaction transaction(impl->db.sql());
            SchemaMigrations::migrate(impl->db.sql(), 0, impl->srid);
            const std::string name = options.name.empty() ? path.stem().string() : options.name;
            for (const auto& [key, value] :
                 initialProjectMeta(name, crs, SchemaMigrations::latestVersion())) {
                impl->setMetaValue(key, value);
            }
            transaction.commit();
        }
        return Project(std::move(impl));
    } catch (...) {
        // The database has closed during unwinding; a half-made project is not left behind.
        removeFiles(path);
        throw;
    }
}

Project Project::open(const std::filesystem::path& path, Access access) {
    const bool editing = access == Access::ReadWrite;
    ProjectFile file = ProjectFile::openExisting(
        path, editing ? ProjectFile::Lock::Editing : ProjectFile::Lock::None);
    // Identify the file through a read-only connection first, so that a refusal
    // leaves it exactly as it was.
    int version = 0;
    {
        // A read-only reader of a WAL database (a GeoPackage, say) makes -wal and -shm
        // files it cannot remove; when the file is refused, they are removed here.
        std::vector<std::filesystem::path> made;
        for (const char* suffix : {"-wal", "-shm"}) {
            std::error_code ignored;
            if (!std::filesystem::exists(path.string() + suffix, ignored)) {
                made.emplace_back(path.string() + suffix);
            }
        }
        try {
            const SqliteDatabase probe(path, SqliteDatabase::Mode::ReadOnly);
            version = checkProjectIdentity(probe);
        } catch (const NotAProjectError&) {
            for (const auto& leftover : made) {
                std::error_code ignored;
                std::filesystem::remove(leftover, ignored);
            }
            throw;
        }
    }
    SpatialiteDatabase db(
        path, editing ? SqliteDatabase::Mode::ReadWrite : SqliteDatabase::Mode::ReadOnly);
    configureConnection(db.sql());
    auto impl = std::make_unique<Impl>(std::move(file), std::move(db));
    const auto srid = impl->metaValue("srid");
    if (!srid) {
        throw StoreError(path.string() + " is a gigamap project without a CRS in project_meta");
    }
    impl->srid = parseInteger(*srid, "CRS", path);
    if (version < SchemaMigrations::latestVersion()) {
        if (!editing) {
            throw StoreError(fmt::format(
                "{} has schema version {} and needs upgrading to {}: open it for editing once",
                path.string(), version, SchemaMigrations::latestVersion()));
        }
        Transaction transaction(impl->db.sql());
        SchemaMigrations::migrate(impl->db.sql(), version, impl->srid);
        impl->setMetaValue("schema_version", std::to_string(SchemaMigrations::latestVersion()));
        transaction.commit();
    }
    return Project(std::move(impl));
}

Project Project::openSecondConnection() const {
    if (isReadOnly()) {
        throw StoreError(path().string() + " is open read-only; it cannot take another writer");
    }
    SpatialiteDatabase db(path(), SqliteDatabase::Mode::ReadWrite);
    configureConnection(db.sql());
    auto impl = std::make_unique<Impl>(ProjectFile::sharingLockOf(impl_->file), std::move(db));
    impl->srid = impl_->srid;
    return Project(std::move(impl));
}

const std::filesystem::path& Project::path() const {
    return impl_->file.path();
}

std::string Project::display() const {
    return path().string();
}

bool Project::isReadOnly() const {
    return impl_->db.sql().readOnly();
}

int Project::srid() const {
    return impl_->srid;
}

std::optional<std::string> Project::metaValue(std::string_view key) const {
    return impl_->metaValue(key);
}

void Project::setMetaValue(std::string_view key, std::string_view value) {
    Transaction transaction(impl_->db.sql());
    impl_->setMetaValue(key, value);
    transaction.commit();
}

ProjectMeta Project::meta() const {
    return projectMetaFrom(metaValues(), impl_->srid, path().string());
}

std::map<std::string, std::string> Project::metaValues() const {
    std::map<std::string, std::string> rows;
    auto stmt = impl_->db.sql().prepare("SELECT key, value FROM project_meta ORDER BY key");
    while (stmt.step()) {
        rows.emplace(stmt.columnText(0), stmt.columnText(1));
    }
    return rows;
}

FeatureTable& Project::layer(std::string_view table) {
    const auto it = impl_->layers.find(table);
    if (it != impl_->layers.end()) {
        return *it->second;
    }
    const LayerSchema& schema = layerSchema(table);
    auto created = std::make_unique<FeatureTable>(impl_->db.sql(), schema, impl_->srid);
    return *impl_->layers.emplace(schema.table, std::move(created)).first->second;
}

const FeatureStore& Project::features() const {
    return impl_->features;
}

SqliteDatabase& Project::database() {
    return impl_->db.sql();
}

}  // namespace gigamap::core

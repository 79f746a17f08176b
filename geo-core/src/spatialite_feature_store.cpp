#include "gigamap/core/spatialite_feature_store.h"

#include <fmt/format.h>

#include "gigamap/core/sqlite_database.h"
#include "gigamap/core/sqlite_statement.h"
#include "layer_query_sql.h"

namespace gigamap::core {
namespace {

std::string quoted(std::string_view name) {
    return fmt::format("\"{}\"", name);
}

const SqlDialect& spatialite() {
    static const SqlDialect dialect{
        [](std::size_t index) { return fmt::format("?{}", index); },
        quoted,
        quoted,
        "AsBinary(geom)",
        "min(MbrMinX(geom)), min(MbrMinY(geom)), max(MbrMaxX(geom)), max(MbrMaxY(geom))",
        // The R*Tree's 32-bit boxes are rounded outwards: a few extra
        // candidates come back, which costs less than testing each one.
        [](std::string_view table, std::size_t first) {
            return fmt::format(
                "fid IN (SELECT pkid FROM \"idx_{0}_geom\" WHERE xmin <= ?{3} AND xmax >= ?{1} "
                "AND ymin <= ?{4} AND ymax >= ?{2})",
                table, first, first + 1, first + 2, first + 3);
        },
        // SQLite sorts NULL first and text bytewise (BINARY) by default.
        [](const std::string& column, FieldType) { return column; },
    };
    return dialect;
}

}  // namespace

SpatialiteFeatureStore::SpatialiteFeatureStore(const SqliteDatabase& db) : db_(db) {}

SpatialiteFeatureStore::~SpatialiteFeatureStore() = default;

// A prepared statement taken from the cache for one run and given back after
// it, reset: a scan started inside another scan's visit prepares its own.
class SpatialiteFeatureStore::Lease {
public:
    Lease(const SpatialiteFeatureStore& store, const QuerySql& sql) : store_(store), sql_(sql.sql) {
        auto node = store_.statements_.extract(sql_);
        stmt_ = node ? std::move(node.mapped())
                     : std::make_unique<SqliteStatement>(store_.db_.prepare(sql_));
        for (std::size_t i = 0; i < sql.parameters.size(); ++i) {
            stmt_->bindValue(static_cast<int>(i) + 1, sql.parameters[i]);
        }
    }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease() {
        stmt_->reset();
        store_.statements_.try_emplace(std::move(sql_), std::move(stmt_));
    }
    SqliteStatement& operator*() const { return *stmt_; }

private:
    const SpatialiteFeatureStore& store_;
    std::string sql_;
    std::unique_ptr<SqliteStatement> stmt_;
};

void SpatialiteFeatureStore::scan(const LayerQuery& query,
                                  const std::function<bool(const FeatureRow&)>& visit) const {
    const QuerySql sql = selectSql(query, spatialite());
    const Lease lease(*this, sql);
    SqliteStatement& stmt = *lease;
    FeatureRow row;
    const std::size_t fields = query.fields.size();
    row.values.resize(fields);
    while (stmt.step()) {
        row.fid = stmt.columnInt64(0);
        for (std::size_t i = 0; i < fields; ++i) {
            row.values[i] = stmt.columnValue(static_cast<int>(i) + 1);
        }
        row.wkb = query.geometry ? stmt.columnBlob(static_cast<int>(fields) + 1)
                                 : std::span<const unsigned char>{};
        if (!visit(row)) {
            break;
        }
    }
}

std::int64_t SpatialiteFeatureStore::count(std::string_view table,
                                           const std::vector<FieldCondition>& where) const {
    const QuerySql sql = countSql(table, where, spatialite());
    const Lease lease(*this, sql);
    (*lease).step();
    return (*lease).columnInt64(0);
}

std::optional<BoundingBox> SpatialiteFeatureStore::extent(std::string_view table) const {
    const Lease lease(*this, {extentSql(table, spatialite()), {}});
    SqliteStatement& stmt = *lease;
    if (!stmt.step() || stmt.isNull(0)) {
        return std::nullopt;
    }
    return BoundingBox{stmt.columnDouble(0), stmt.columnDouble(1), stmt.columnDouble(2),
                       stmt.columnDouble(3)};
}

}  // namespace gigamap::core

#include "gigamap/core/feature_table.h"

#include <fmt/format.h>

#include "gigamap/core/error.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/sqlite_database.h"
#include "gigamap/core/transaction.h"
#include "stored_values.h"

namespace gigamap::core {
namespace {

std::string sqlName(std::string_view name) {
    return fmt::format("\"{}\"", name);
}

std::string fieldList(const LayerSchema& schema) {
    std::string list;
    for (const auto& field : schema.fields) {
        list += sqlName(field.name) + ", ";
    }
    return list;
}

// A single statement is atomic in SQLite, so a write inside the caller's
// transaction needs no savepoint of its own; outside one it takes a transaction.
class WriteScope {
public:
    explicit WriteScope(SqliteDatabase& db) {
        if (!db.inTransaction()) {
            transaction_.emplace(db);
        }
    }
    void commit() {
        if (transaction_) {
            transaction_->commit();
        }
    }

private:
    std::optional<Transaction> transaction_;
};

}  // namespace

struct FeatureTable::Impl {
    SqliteDatabase& db;
    const LayerSchema& schema;
    int srid;
    GeosContext geos;
    // Prepared once per distinct SQL text: bulk writes reuse them.
    mutable std::map<std::string, SqliteStatement, std::less<>> statements;

    // The statement known as `key`, prepared from build() the first time only,
    // so that bulk writes format no SQL per row.
    template <typename Build>
    SqliteStatement& cached(const std::string& key, Build&& build) const {
        auto it = statements.find(key);
        if (it == statements.end()) {
            it = statements.emplace(key, db.prepare(build())).first;
        }
        it->second.reset();
        return it->second;
    }

    void checkFieldNames(const std::map<std::string, Value>& attributes) const {
        requireFields(schema, attributes);
    }

    Impl(SqliteDatabase& database, const LayerSchema& layer, int storageSrid)
        : db(database), schema(layer), srid(storageSrid) {}

    // Binds fid (or NULL), every field and the geometry, in schema order.
    void bindRow(SqliteStatement& stmt, const Feature& feature) const {
        checkFieldNames(feature.attributes);
        int index = 1;
        if (feature.fid > 0) {
            stmt.bind(index, feature.fid);
        } else {
            stmt.bindNull(index);
        }
        for (const auto& field : schema.fields) {
            const auto it = feature.attributes.find(field.name);
            stmt.bindValue(++index,
                           it == feature.attributes.end() ? Value{} : checked(field, it->second));
        }
        const Wkb wkb = normalisedGeometry(feature.geometry);
        stmt.bindBlob(++index, wkb);
    }

    [[nodiscard]] Value checked(const FieldSpec& field, const Value& value) const {
        return storedValue(schema, field, value);
    }

    [[nodiscard]] Wkb normalisedGeometry(const Wkb& wkb) const {
        return storedGeometry(geos, schema, wkb);
    }

    void requireWritable() const {
        if (db.readOnly()) {
            throw StoreError(db.path().string() + " is open read-only; layer " + schema.table +
                             " cannot be changed");
        }
    }

    [[nodiscard]] bool exists(std::int64_t fid) const {
        auto stmt =
            db.prepare(fmt::format("SELECT 1 FROM {} WHERE fid = ?", sqlName(schema.table)));
        stmt.bind(1, fid);
        return stmt.step();
    }

    [[nodiscard]] StoreError noSuchFeature(std::int64_t fid) const {
        return StoreError(fmt::format("layer {} has no feature with fid {}", schema.table, fid));
    }
};

FeatureTable::FeatureTable(SqliteDatabase& db, const LayerSchema& schema, int srid)
    : impl_(std::make_unique<Impl>(db, schema, srid)) {}

FeatureTable::~FeatureTable() = default;

const LayerSchema& FeatureTable::schema() const {
    return impl_->schema;
}

std::int64_t FeatureTable::insert(const Feature& feature) {
    impl_->requireWritable();
    std::string placeholders = "?, ";
    for (std::size_t i = 0; i < impl_->schema.fields.size(); ++i) {
        placeholders += "?, ";
    }
    auto& stmt = impl_->cached("insert", [&] {
        return fmt::format("INSERT INTO {} (fid, {}geom) VALUES ({}GeomFromWKB(?, {}))",
                           sqlName(impl_->schema.table), fieldList(impl_->schema), placeholders,
                           impl_->srid);
    });
    WriteScope transaction(impl_->db);
    impl_->bindRow(stmt, feature);
    stmt.run();
    const std::int64_t fid = impl_->db.lastInsertRowid();
    transaction.commit();
    return fid;
}

void FeatureTable::add(const Feature& feature) {
    (void)insert(feature);
}

void FeatureTable::update(const Feature& feature) {
    impl_->requireWritable();
    if (feature.fid <= 0) {
        throw impl_->noSuchFeature(feature.fid);
    }
    auto& stmt = impl_->cached("update", [&] {
        // Numbered as bindRow binds them: ?1 is the fid, then the fields, then geom.
        std::string assignments;
        int index = 1;
        for (const auto& field : impl_->schema.fields) {
            assignments += fmt::format("{} = ?{}, ", sqlName(field.name), ++index);
        }
        return fmt::format("UPDATE {} SET {}geom = GeomFromWKB(?{}, {}) WHERE fid = ?1",
                           sqlName(impl_->schema.table), assignments, index + 1, impl_->srid);
    });
    WriteScope transaction(impl_->db);
    impl_->bindRow(stmt, feature);
    stmt.run();
    if (impl_->db.changes() != 1) {
        throw impl_->noSuchFeature(feature.fid);
    }
    transaction.commit();
}

void FeatureTable::patch(std::int64_t fid, const std::map<std::string, Value>& attributes,
                         const Wkb* geometry) {
    impl_->requireWritable();
    impl_->checkFieldNames(attributes);
    if (attributes.empty() && geometry == nullptr) {
        return;
    }
    std::string key = geometry != nullptr ? "patch+geom:" : "patch:";
    for (const auto& [name, value] : attributes) {
        key += name + ",";
    }
    auto& stmt = impl_->cached(key, [&] {
        std::string assignments;
        int number = 1;
        for (const auto& [name, value] : attributes) {
            assignments +=
                fmt::format("{}{} = ?{}", assignments.empty() ? "" : ", ", sqlName(name), ++number);
        }
        if (geometry != nullptr) {
            assignments += fmt::format("{}geom = GeomFromWKB(?{}, {})",
                                       assignments.empty() ? "" : ", ", ++number, impl_->srid);
        }
        return fmt::format("UPDATE {} SET {} WHERE fid = ?1", sqlName(impl_->schema.table),
                           assignments);
    });
    int index = 1;
    stmt.bind(1, fid);
    for (const auto& [name, value] : attributes) {
        stmt.bindValue(++index, impl_->checked(*impl_->schema.field(name), value));
    }
    if (geometry != nullptr) {
        stmt.bindBlob(++index, impl_->normalisedGeometry(*geometry));
    }
    WriteScope transaction(impl_->db);
    stmt.run();
    if (impl_->db.changes() != 1) {
        throw impl_->noSuchFeature(fid);
    }
    transaction.commit();
}

FeatureTable::Upserted FeatureTable::upsert(std::string_view keyField, const Feature& feature) {
    const Value& key = feature.attribute(std::string(keyField));
    if (!isNull(key)) {
        if (const auto fid = findByKey(keyField, key)) {
            patch(*fid, feature.attributes, feature.geometry.empty() ? nullptr : &feature.geometry);
            return Upserted::Updated;
        }
    }
    (void)insert(feature);
    return Upserted::Inserted;
}

bool FeatureTable::patchByKey(std::string_view keyField, const Value& key,
                              const std::map<std::string, Value>& attributes) {
    impl_->requireWritable();
    impl_->checkFieldNames(attributes);
    const FieldSpec* keySpec = impl_->schema.field(keyField);
    if (keySpec == nullptr) {
        throw StoreError(fmt::format("layer {} has no field '{}'", impl_->schema.table, keyField));
    }
    std::string cacheKey = "patch-by:" + std::string(keyField) + ":";
    for (const auto& [name, value] : attributes) {
        cacheKey += name + ",";
    }
    auto& stmt = impl_->cached(cacheKey, [&] {
        std::string assignments;
        int number = 1;
        for (const auto& [name, value] : attributes) {
            assignments +=
                fmt::format("{}{} = ?{}", assignments.empty() ? "" : ", ", sqlName(name), ++number);
        }
        return fmt::format("UPDATE {} SET {} WHERE {} = ?1", sqlName(impl_->schema.table),
                           assignments.empty() ? sqlName(keyField) + " = ?1" : assignments,
                           sqlName(keyField));
    });
    stmt.bindValue(1, impl_->checked(*keySpec, key));
    int index = 1;
    for (const auto& [name, value] : attributes) {
        stmt.bindValue(++index, impl_->checked(*impl_->schema.field(name), value));
    }
    WriteScope transaction(impl_->db);
    stmt.run();
    const bool found = impl_->db.changes() > 0;
    transaction.commit();
    return found;
}

std::optional<Feature> FeatureTable::readByKey(std::string_view field, const Value& value) const {
    const auto fid = findByKey(field, value);
    return fid ? read(*fid) : std::nullopt;
}

std::optional<std::int64_t> FeatureTable::findByKey(std::string_view field,
                                                    const Value& value) const {
    if (impl_->schema.field(field) == nullptr) {
        throw StoreError(fmt::format("layer {} has no field '{}'", impl_->schema.table, field));
    }
    auto& stmt = impl_->cached("find:" + std::string(field), [&] {
        return fmt::format("SELECT min(fid) FROM {} WHERE {} = ?", sqlName(impl_->schema.table),
                           sqlName(field));
    });
    stmt.bindValue(1, value);
    std::optional<std::int64_t> fid;
    if (stmt.step() && !stmt.isNull(0)) {
        fid = stmt.columnInt64(0);
    }
    stmt.reset();
    return fid;
}

void FeatureTable::remove(std::int64_t fid) {
    impl_->requireWritable();
    WriteScope transaction(impl_->db);
    auto stmt = impl_->db.prepare(
        fmt::format("DELETE FROM {} WHERE fid = ?", sqlName(impl_->schema.table)));
    stmt.bind(1, fid);
    stmt.run();
    if (impl_->db.changes() != 1) {
        throw impl_->noSuchFeature(fid);
    }
    transaction.commit();
}

std::int64_t FeatureTable::removeWhere(const std::map<std::string, Value>& equals) {
    const auto fids = idsWhere(equals);
    for (const auto fid : fids) {
        remove(fid);
    }
    return static_cast<std::int64_t>(fids.size());
}

std::optional<Feature> FeatureTable::read(std::int64_t fid) const {
    auto stmt =
        impl_->db.prepare(fmt::format("SELECT {}AsBinary(geom) FROM {} WHERE fid = ?",
                                      fieldList(impl_->schema), sqlName(impl_->schema.table)));
    stmt.bind(1, fid);
    if (!stmt.step()) {
        return std::nullopt;
    }
    Feature feature;
    feature.fid = fid;
    int column = 0;
    for (const auto& field : impl_->schema.fields) {
        feature.attributes.emplace(field.name, stmt.columnValue(column++));
    }
    const auto blob = stmt.columnBlob(column);
    feature.geometry.assign(blob.begin(), blob.end());
    return feature;
}

std::vector<std::int64_t> FeatureTable::idsInBox(const BoundingBox& box) const {
    // The R*Tree holds 32-bit boxes rounded outwards: it finds candidates, and
    // each geometry's own bounding box decides.
    const auto& table = impl_->schema.table;
    auto stmt = impl_->db.prepare(
        fmt::format("SELECT t.fid FROM {0} AS t WHERE t.fid IN (SELECT pkid FROM \"idx_{1}_geom\" "
                    "WHERE xmin <= ?3 AND xmax >= ?1 AND ymin <= ?4 AND ymax >= ?2) "
                    "AND MbrMinX(t.geom) <= ?3 AND MbrMaxX(t.geom) >= ?1 "
                    "AND MbrMinY(t.geom) <= ?4 AND MbrMaxY(t.geom) >= ?2 ORDER BY t.fid",
                    sqlName(table), table));
    stmt.bind(1, box.minX).bind(2, box.minY).bind(3, box.maxX).bind(4, box.maxY);
    std::vector<std::int64_t> ids;
    while (stmt.step()) {
        ids.push_back(stmt.columnInt64(0));
    }
    return ids;
}

std::vector<std::int64_t> FeatureTable::idsWhere(const std::map<std::string, Value>& equals) const {
    impl_->checkFieldNames(equals);
    std::string key = "where:";
    for (const auto& [name, value] : equals) {
        key += name + ",";
    }
    auto& stmt = impl_->cached(key, [&] {
        std::string conditions;
        int number = 0;
        for (const auto& [name, value] : equals) {
            conditions += fmt::format("{}{} IS ?{}", conditions.empty() ? " WHERE " : " AND ",
                                      sqlName(name), ++number);
        }
        return fmt::format("SELECT fid FROM {}{} ORDER BY fid", sqlName(impl_->schema.table),
                           conditions);
    });
    int index = 0;
    for (const auto& [name, value] : equals) {
        stmt.bindValue(++index, impl_->checked(*impl_->schema.field(name), value));
    }
    std::vector<std::int64_t> ids;
    while (stmt.step()) {
        ids.push_back(stmt.columnInt64(0));
    }
    stmt.reset();
    return ids;
}

std::int64_t FeatureTable::count() const {
    const Value value =
        impl_->db.queryValue(fmt::format("SELECT count(*) FROM {}", sqlName(impl_->schema.table)));
    return std::get<std::int64_t>(value);
}

std::optional<BoundingBox> FeatureTable::extent() const {
    auto stmt = impl_->db.prepare(fmt::format(
        "SELECT min(MbrMinX(geom)), min(MbrMinY(geom)), max(MbrMaxX(geom)), max(MbrMaxY(geom)) "
        "FROM {} WHERE geom IS NOT NULL",
        sqlName(impl_->schema.table)));
    if (!stmt.step() || stmt.isNull(0)) {
        return std::nullopt;
    }
    return BoundingBox{stmt.columnDouble(0), stmt.columnDouble(1), stmt.columnDouble(2),
                       stmt.columnDouble(3)};
}

}  // namespace gigamap::core

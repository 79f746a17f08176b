#include "gigamap/core/postgis_feature_store.h"

#include <fmt/format.h>
#include <libpq-fe.h>

#include <bit>

#include "gigamap/core/pg_connection.h"
#include "layer_query_sql.h"

namespace gigamap::core {
namespace {

// Type OIDs of pg_type's catalogue (fixed for built-in types).
constexpr Oid kInt8 = 20;
constexpr Oid kInt2 = 21;
constexpr Oid kInt4 = 23;
constexpr Oid kFloat4 = 700;
constexpr Oid kFloat8 = 701;
constexpr Oid kBool = 16;

std::uint64_t bigEndian(const char* data, std::size_t size) {
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < size; ++i) {
        value = (value << 8) | static_cast<unsigned char>(data[i]);
    }
    return value;
}

// One column of a binary-format row as a Value; text-like types as they are.
Value binaryValue(const PgResult& row, int column) {
    const PGresult* result = row.handle();
    if (PQgetisnull(result, 0, column) != 0) {
        return std::monostate{};
    }
    const char* data = PQgetvalue(result, 0, column);
    const auto size = static_cast<std::size_t>(PQgetlength(result, 0, column));
    switch (PQftype(result, column)) {
        case kInt8:
            return static_cast<std::int64_t>(bigEndian(data, 8));
        case kInt4:
            return static_cast<std::int64_t>(static_cast<std::int32_t>(bigEndian(data, 4)));
        case kInt2:
            return static_cast<std::int64_t>(static_cast<std::int16_t>(bigEndian(data, 2)));
        case kBool:
            return static_cast<std::int64_t>(data[0] != 0);
        case kFloat8:
            return std::bit_cast<double>(bigEndian(data, 8));
        case kFloat4:
            return static_cast<double>(
                std::bit_cast<float>(static_cast<std::uint32_t>(bigEndian(data, 4))));
        default:
            return std::string(data, size);
    }
}

SqlDialect postgis(const PgConnection& connection, const std::string& schema, int srid) {
    return SqlDialect{
        [](std::size_t index) { return fmt::format("${}", index); },
        [&connection](std::string_view name) { return connection.identifier(name); },
        [&connection, schema](std::string_view table) {
            return connection.identifier(schema) + "." + connection.identifier(table);
        },
        "ST_AsBinary(geom, 'NDR')",
        // Each geometry's exact box (box3d from its coordinates), not the
        // float4 box PostGIS caches for the index.
        "min(ST_XMin(geom::box3d)), min(ST_YMin(geom::box3d)), max(ST_XMax(geom::box3d)), "
        "max(ST_YMax(geom::box3d))",
        [srid](std::string_view, std::size_t first) {
            return fmt::format(
                "geom && ST_MakeEnvelope(${}::float8, ${}::float8, ${}::float8, "
                "${}::float8, {})",
                first, first + 1, first + 2, first + 3, srid);
        },
        // As SQLite sorts: NULL first, text by its bytes.
        [](const std::string& column, FieldType type) {
            return type == FieldType::Text ? column + " COLLATE \"C\" NULLS FIRST"
                                           : column + " NULLS FIRST";
        },
    };
}

}  // namespace

PostgisFeatureStore::PostgisFeatureStore(PgConnection& connection, std::string schema, int srid)
    : connection_(connection), schema_(std::move(schema)), srid_(srid) {}

void PostgisFeatureStore::scan(const LayerQuery& query,
                               const std::function<bool(const FeatureRow&)>& visit) const {
    const QuerySql sql = selectSql(query, postgis(connection_, schema_, srid_));
    FeatureRow row;
    const std::size_t fields = query.fields.size();
    const auto wkbColumn = static_cast<int>(fields) + 1;
    row.values.resize(fields);
    connection_.stream(sql.sql, sql.parameters, [&](const PgResult& result) {
        row.fid = std::get<std::int64_t>(binaryValue(result, 0));
        for (std::size_t i = 0; i < fields; ++i) {
            row.values[i] = binaryValue(result, static_cast<int>(i) + 1);
        }
        row.wkb = query.geometry && !result.isNull(0, wkbColumn) ? result.bytes(0, wkbColumn)
                                                                 : std::span<const unsigned char>{};
        return visit(row);
    });
}

std::int64_t PostgisFeatureStore::count(std::string_view table,
                                        const std::vector<FieldCondition>& where) const {
    const QuerySql sql = countSql(table, where, postgis(connection_, schema_, srid_));
    return std::stoll(connection_.query(sql.sql, sql.parameters).text(0, 0));
}

std::optional<BoundingBox> PostgisFeatureStore::extent(std::string_view table) const {
    const auto result = connection_.query(extentSql(table, postgis(connection_, schema_, srid_)));
    if (result.isNull(0, 0)) {
        return std::nullopt;
    }
    // float8 as text in PostgreSQL 15 is the shortest exact form: stod gives the same double.
    return BoundingBox{std::stod(result.text(0, 0)), std::stod(result.text(0, 1)),
                       std::stod(result.text(0, 2)), std::stod(result.text(0, 3))};
}

}  // namespace gigamap::core

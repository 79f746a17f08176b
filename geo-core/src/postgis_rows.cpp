#include "postgis_rows.h"

#include <fmt/format.h>

#include "gigamap/core/error.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/pg_connection.h"
#include "gigamap/core/row_version.h"
#include "gigamap/core/wkb_hex.h"

namespace gigamap::core {
namespace {

Value fieldValue(const PgResult& result, int row, int column, FieldType type) {
    if (result.isNull(row, column)) {
        return std::monostate{};
    }
    std::string text = result.text(row, column);
    switch (type) {
        case FieldType::Integer:
            return static_cast<std::int64_t>(std::stoll(text));
        case FieldType::Real:
            // PostgreSQL writes a double in its shortest exact form; strtod reads it back equal.
            return std::stod(text);
        case FieldType::Text:
            return text;
    }
    return text;
}

// A row of selectList() as a Feature.
Feature featureOf(const PgResult& result, int row, const LayerSchema& layer) {
    Feature feature;
    feature.fid = std::stoll(result.text(row, 0));
    int column = 1;
    for (const auto& field : layer.fields) {
        feature.attributes.emplace(field.name, fieldValue(result, row, column++, field.type));
    }
    if (!result.isNull(row, column)) {
        feature.geometry = wkbFromHex(result.text(row, column), "a server geometry");
    }
    feature.version = std::stoll(result.text(row, column + 1));
    return feature;
}

Value geometryParameter(const Feature& feature) {
    if (feature.geometry.empty()) {
        return std::monostate{};
    }
    return wkbHex(feature.geometry);
}

}  // namespace

PostgisRows::PostgisRows(PgConnection& connection, std::string schema, int srid)
    : connection_(connection), schema_(std::move(schema)), srid_(srid) {}

std::string PostgisRows::qualified(const std::string& table) const {
    return connection_.identifier(schema_) + "." + connection_.identifier(table);
}

std::string PostgisRows::selectList(const std::string& table) const {
    std::string list = "fid";
    for (const auto& field : layerSchema(table).fields) {
        list += ", " + connection_.identifier(field.name);
    }
    return list + fmt::format(", encode(ST_AsBinary(geom, 'NDR'), 'hex'), {}",
                              connection_.identifier(kRowVersionColumn));
}

std::vector<Feature> PostgisRows::read(const std::string& table,
                                       const std::vector<std::int64_t>& fids, bool lock) const {
    const LayerSchema& layer = layerSchema(table);
    std::string list = "{";
    for (const auto fid : fids) {
        list += (list.size() > 1 ? "," : "") + std::to_string(fid);
    }
    list += "}";
    const auto result = connection_.query(
        fmt::format("SELECT {} FROM {} WHERE fid = ANY($1::bigint[]) ORDER BY fid{}",
                    selectList(table), qualified(table), lock ? " FOR UPDATE" : ""),
        {list});
    std::vector<Feature> features;
    features.reserve(static_cast<std::size_t>(result.rows()));
    for (int row = 0; row < result.rows(); ++row) {
        features.push_back(featureOf(result, row, layer));
    }
    return features;
}

Feature PostgisRows::insert(const std::string& table, const Feature& feature) const {
    const LayerSchema& layer = layerSchema(table);
    std::string columns;
    std::string values;
    std::vector<Value> parameters;
    const auto bind = [&](const std::string& column, std::string placeholder, Value value) {
        parameters.push_back(std::move(value));
        columns += (columns.empty() ? "" : ", ") + column;
        values += (values.empty() ? "" : ", ") +
                  fmt::format(fmt::runtime(placeholder), parameters.size());
    };
    if (feature.fid > 0) {
        bind("fid", "${}", feature.fid);
    }
    for (const auto& field : layer.fields) {
        bind(connection_.identifier(field.name), "${}", feature.attribute(field.name));
    }
    bind("geom", fmt::format("ST_GeomFromWKB(decode(${{}}, 'hex'), {})", srid_),
         geometryParameter(feature));
    if (feature.version > 0) {
        // A row coming back (an undone delete) takes a version it never had before.
        bind(connection_.identifier(kRowVersionColumn), "${}", feature.version + 1);
    }
    const auto result =
        connection_.query(fmt::format("INSERT INTO {} ({}) VALUES ({}) RETURNING {}",
                                      qualified(table), columns, values, selectList(table)),
                          parameters);
    return featureOf(result, 0, layer);
}

Feature PostgisRows::update(const std::string& table, const Feature& feature) const {
    const LayerSchema& layer = layerSchema(table);
    std::string assignments;
    std::vector<Value> parameters;
    for (const auto& field : layer.fields) {
        parameters.push_back(feature.attribute(field.name));
        assignments += fmt::format("{}{} = ${}", assignments.empty() ? "" : ", ",
                                   connection_.identifier(field.name), parameters.size());
    }
    parameters.push_back(geometryParameter(feature));
    assignments +=
        fmt::format(", geom = ST_GeomFromWKB(decode(${}, 'hex'), {})", parameters.size(), srid_);
    parameters.emplace_back(feature.fid);
    const auto result = connection_.query(
        fmt::format("UPDATE {} SET {} WHERE fid = ${} RETURNING {}", qualified(table), assignments,
                    parameters.size(), selectList(table)),
        parameters);
    if (result.rows() != 1) {
        throw StoreError(fmt::format("layer {} has no feature with fid {}", table, feature.fid));
    }
    return featureOf(result, 0, layer);
}

void PostgisRows::remove(const std::string& table, std::int64_t fid) const {
    connection_.query(fmt::format("DELETE FROM {} WHERE fid = $1", qualified(table)), {fid});
}

}  // namespace gigamap::core

#include "stored_values.h"

#include <fmt/format.h>

#include <cmath>
#include <cstring>

#include "gigamap/core/error.h"
#include "gigamap/core/finite_coordinates.h"
#include "gigamap/core/geometry.h"
#include "gigamap/core/geos_context.h"

namespace gigamap::core {
namespace {

std::string_view describe(const Value& value) {
    if (std::holds_alternative<std::int64_t>(value)) {
        return "an integer";
    }
    if (std::holds_alternative<double>(value)) {
        return "a number";
    }
    return "text";
}

std::string_view layerGeometryName(GeometryType type) {
    switch (type) {
        case GeometryType::Point:
            return "Point";
        case GeometryType::LineString:
            return "LineString";
        case GeometryType::MultiPolygon:
            return "Polygon or MultiPolygon";
        case GeometryType::Any:
            return "any";
    }
    return "any";
}

// A little-endian 2D WKB point with finite coordinates, as importers write them.
bool isPlainPoint(const Wkb& wkb) {
    if (wkb.size() != 21 || wkb[0] != 0x01 || wkb[1] != 0x01 || wkb[2] != 0 || wkb[3] != 0 ||
        wkb[4] != 0) {
        return false;
    }
    double x = 0.0;
    double y = 0.0;
    std::memcpy(&x, &wkb[5], sizeof x);
    std::memcpy(&y, &wkb[13], sizeof y);
    return std::isfinite(x) && std::isfinite(y);
}

}  // namespace

void requireFields(const LayerSchema& schema, const std::map<std::string, Value>& attributes) {
    for (const auto& [name, value] : attributes) {
        if (schema.field(name) == nullptr) {
            throw StoreError(fmt::format("layer {} has no field '{}'", schema.table, name));
        }
    }
}

Value storedValue(const LayerSchema& schema, const FieldSpec& field, const Value& value) {
    if (isNull(value)) {
        return value;
    }
    const auto mismatch = [&](std::string_view expected) {
        return StoreError(fmt::format("field '{}' of layer {} takes {}, not {}", field.name,
                                      schema.table, expected, describe(value)));
    };
    switch (field.type) {
        case FieldType::Integer:
            if (std::holds_alternative<std::int64_t>(value)) {
                return value;
            }
            if (const auto* d = std::get_if<double>(&value); d != nullptr && std::isfinite(*d) &&
                                                             std::trunc(*d) == *d &&
                                                             std::fabs(*d) < 9.0e15) {
                return static_cast<std::int64_t>(*d);
            }
            throw mismatch("a whole number");
        case FieldType::Real:
            if (const auto* i = std::get_if<std::int64_t>(&value)) {
                return static_cast<double>(*i);
            }
            if (std::holds_alternative<double>(value)) {
                return value;
            }
            throw mismatch("a number");
        case FieldType::Text:
            if (std::holds_alternative<std::string>(value)) {
                return value;
            }
            throw mismatch("text");
    }
    return value;
}

Wkb storedGeometry(const GeosContext& geos, const LayerSchema& schema, const Wkb& wkb) {
    if (wkb.empty()) {
        return {};
    }
    if (!hasFiniteCoordinates(wkb)) {
        throw GeometryError(
            fmt::format("a geometry with a NaN or infinite coordinate cannot be stored in layer {}",
                        schema.table));
    }
    if (isPlainPoint(wkb) &&
        (schema.geometryType == GeometryType::Point || schema.geometryType == GeometryType::Any)) {
        return wkb;  // already what would be stored: no need for a GEOS round trip
    }
    Geometry geometry = geos.readWkb(wkb);
    if (geometry.isEmpty()) {
        throw GeometryError(fmt::format("an empty {} cannot be stored in layer {}",
                                        geometry.typeName(), schema.table));
    }
    const GeometryKind kind = geometry.kind();
    bool accepted = true;
    switch (schema.geometryType) {
        case GeometryType::Point:
            accepted = kind == GeometryKind::Point;
            break;
        case GeometryType::LineString:
            accepted = kind == GeometryKind::LineString;
            break;
        case GeometryType::MultiPolygon:
            accepted = kind == GeometryKind::Polygon || kind == GeometryKind::MultiPolygon;
            if (kind == GeometryKind::Polygon) {
                geometry = geometry.toMulti();
            }
            break;
        case GeometryType::Any:
            break;
    }
    if (!accepted) {
        throw GeometryError(fmt::format("layer {} takes {} geometries, not {}", schema.table,
                                        layerGeometryName(schema.geometryType),
                                        geometry.typeName()));
    }
    return geos.writeWkb(geometry);
}

}  // namespace gigamap::core

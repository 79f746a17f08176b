#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "gigamap/core/bounding_box.h"
#include "gigamap/core/value.h"

namespace gigamap::core {

// A condition on one field of a layer. Field names are checked against the
// layer's schema; values are bound parameters, never written into SQL.
struct FieldCondition {
    enum class Op {
        Equal,     // field = values[0]
        NotEqual,  // field <> values[0] (NULL is neither equal nor unequal)
        Less,      // field < values[0]
        In,        // field equals one of values
        NotNull,   // field IS NOT NULL
        NotEmpty,  // field IS NOT NULL AND field <> ''
    };
    std::string field;
    Op op = Op::Equal;
    std::vector<Value> values;

    [[nodiscard]] static FieldCondition equal(std::string field, Value value);
    [[nodiscard]] static FieldCondition in(std::string field, std::vector<Value> values);
    [[nodiscard]] static FieldCondition notEmpty(std::string field);
};

// Features in force on a day: `startField <= day <= endField`, comparing the
// first ten characters (ISO dates compare as text). With keepUndated, a feature
// missing either date is kept.
struct DayFilter {
    std::string startField;
    std::string endField;
    std::string day;
    bool keepUndated = false;

    bool operator==(const DayFilter&) const = default;
};

// What to read from one layer: the fields, in this order, the rows that meet
// every condition, optionally only those whose bounding box meets `box`
// (through the layer's spatial index), ordered by `orderBy` and then fid:
//   LayerQuery("ducts").select({"ref"}).where(FieldCondition::equal("status", "planned"))
struct LayerQuery {
    explicit LayerQuery(std::string layer) : table(std::move(layer)) {}

    LayerQuery& select(std::vector<std::string> names) {
        fields = std::move(names);
        return *this;
    }
    LayerQuery& where(FieldCondition condition) {
        conditions.push_back(std::move(condition));
        return *this;
    }
    LayerQuery& inBox(const BoundingBox& area) {
        box = area;
        return *this;
    }
    LayerQuery& onDay(DayFilter filter) {
        day = std::move(filter);
        return *this;
    }
    // Reads no geometry (FeatureRow::wkb stays empty).
    LayerQuery& noGeometry() {
        geometry = false;
        return *this;
    }
    // Also the rows whose geometry is NULL, which are skipped otherwise.
    LayerQuery& withNullGeometry() {
        nullGeometry = true;
        return *this;
    }
    LayerQuery& sortBy(std::vector<std::string> names) {
        orderBy = std::move(names);
        return *this;
    }
    LayerQuery& first(std::size_t rows) {
        limit = rows;
        return *this;
    }

    std::string table;
    std::vector<std::string> fields;
    std::vector<FieldCondition> conditions;
    std::optional<BoundingBox> box;
    std::optional<DayFilter> day;
    bool geometry = true;
    bool nullGeometry = false;
    std::vector<std::string> orderBy;  // ascending, NULL first; fid last
    std::optional<std::size_t> limit;
};

// One feature as a LayerQuery reads it: the fields asked for, in order, and
// WKB (empty when the geometry is NULL or was not asked for). The WKB is valid
// only during the visit.
struct FeatureRow {
    std::int64_t fid = 0;
    std::vector<Value> values;
    std::span<const unsigned char> wkb;

    // values[i] as text; NULL (and a number) as `fallback` / its decimal text.
    [[nodiscard]] std::string text(std::size_t i, std::string_view fallback = {}) const;
    // values[i] as a number; NULL as `fallback`.
    [[nodiscard]] double number(std::size_t i, double fallback = 0.0) const;
};

}  // namespace gigamap::core

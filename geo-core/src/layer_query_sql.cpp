#include "layer_query_sql.h"

#include <fmt/format.h>

#include "gigamap/core/error.h"

namespace gigamap::core {
namespace {

const FieldSpec& checkedField(const LayerSchema& layer, std::string_view field) {
    const FieldSpec* spec = layer.field(field);
    if (spec == nullptr) {
        throw StoreError(fmt::format("layer {} has no field '{}'", layer.table, field));
    }
    return *spec;
}

class Builder {
public:
    Builder(const LayerSchema& layer, const SqlDialect& dialect)
        : layer_(layer), dialect_(dialect) {}

    std::string bind(Value value) {
        parameters_.push_back(std::move(value));
        return dialect_.placeholder(parameters_.size());
    }

    std::string column(std::string_view field) {
        return dialect_.quote(checkedField(layer_, field).name);
    }

    std::string condition(const FieldCondition& condition) {
        const std::string field = column(condition.field);
        const auto value = [&](std::size_t i) {
            if (i >= condition.values.size()) {
                throw StoreError(
                    fmt::format("a condition on {}.{} lacks its value", layer_.table, field));
            }
            return bind(condition.values[i]);
        };
        switch (condition.op) {
            case FieldCondition::Op::Equal:
                return fmt::format("{} = {}", field, value(0));
            case FieldCondition::Op::NotEqual:
                return fmt::format("{} <> {}", field, value(0));
            case FieldCondition::Op::Less:
                return fmt::format("{} < {}", field, value(0));
            case FieldCondition::Op::In: {
                if (condition.values.empty()) {
                    return "1 = 0";
                }
                std::string list;
                for (std::size_t i = 0; i < condition.values.size(); ++i) {
                    list += (i == 0 ? "" : ", ") + value(i);
                }
                return fmt::format("{} IN ({})", field, list);
            }
            case FieldCondition::Op::NotNull:
                return fmt::format("{} IS NOT NULL", field);
            case FieldCondition::Op::NotEmpty:
                return fmt::format("{0} IS NOT NULL AND {0} <> ''", field);
        }
        return "1 = 1";
    }

    std::string dayCondition(const DayFilter& filter) {
        const std::string start = column(filter.startField);
        const std::string end = column(filter.endField);
        const std::string day = bind(filter.day);
        const std::string dayAgain = bind(filter.day);
        const std::string active = fmt::format(
            "(substr({}, 1, 10) <= {} AND substr({}, 1, 10) >= {})", start, day, end, dayAgain);
        if (!filter.keepUndated) {
            return active;
        }
        return fmt::format("({} IS NULL OR {} IS NULL OR {})", start, end, active);
    }

    std::string whereClause(const std::vector<FieldCondition>& where,
                            const std::optional<BoundingBox>& box,
                            const std::optional<DayFilter>& day, bool skipNullGeometry) {
        std::vector<std::string> terms;
        if (skipNullGeometry) {
            terms.emplace_back("geom IS NOT NULL");
        }
        if (box) {
            const std::size_t first = parameters_.size() + 1;
            parameters_.insert(parameters_.end(), {box->minX, box->minY, box->maxX, box->maxY});
            terms.push_back(dialect_.boxCondition(layer_.table, first));
        }
        for (const auto& c : where) {
            terms.push_back(condition(c));
        }
        if (day) {
            terms.push_back(dayCondition(*day));
        }
        std::string clause;
        for (const auto& term : terms) {
            clause += (clause.empty() ? " WHERE " : " AND ") + term;
        }
        return clause;
    }

    std::vector<Value> parameters() { return std::move(parameters_); }

private:
    const LayerSchema& layer_;
    const SqlDialect& dialect_;
    std::vector<Value> parameters_;
};

}  // namespace

QuerySql selectSql(const LayerQuery& query, const SqlDialect& dialect) {
    const LayerSchema& layer = layerSchema(query.table);
    Builder builder(layer, dialect);
    std::string columns = "fid";
    for (const auto& field : query.fields) {
        columns += ", " + builder.column(field);
    }
    if (query.geometry) {
        columns += ", " + dialect.geometryAsWkb;
    }
    std::string sql = fmt::format("SELECT {} FROM {}", columns, dialect.tableName(layer.table));
    sql += builder.whereClause(query.conditions, query.box, query.day, !query.nullGeometry);
    std::string order;
    for (const auto& field : query.orderBy) {
        order += dialect.orderTerm(builder.column(field), checkedField(layer, field).type) + ", ";
    }
    sql += fmt::format(" ORDER BY {}fid", order);
    if (query.limit) {
        sql += fmt::format(" LIMIT {}", *query.limit);
    }
    return {std::move(sql), builder.parameters()};
}

QuerySql countSql(std::string_view table, const std::vector<FieldCondition>& where,
                  const SqlDialect& dialect) {
    const LayerSchema& layer = layerSchema(table);
    Builder builder(layer, dialect);
    std::string sql = fmt::format("SELECT count(*) FROM {}", dialect.tableName(layer.table));
    sql += builder.whereClause(where, std::nullopt, std::nullopt, false);
    return {std::move(sql), builder.parameters()};
}

std::string extentSql(std::string_view table, const SqlDialect& dialect) {
    return fmt::format("SELECT {} FROM {} WHERE geom IS NOT NULL", dialect.extentAggregates,
                       dialect.tableName(layerSchema(table).table));
}

}  // namespace gigamap::core

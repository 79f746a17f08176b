#pragma once

#include <QString>
#include <vector>

#include "gigamap/core/layer_schema.h"

namespace gigamap::core {
class SqliteDatabase;
}
namespace gigamap::render {
class ResultLayer;
}

namespace gigamap::desktop {

// The values a layer's field holds, for classifying it in the style dialog.
class FieldValues {
public:
    FieldValues(const core::SqliteDatabase& db, const core::LayerSchema& layer);
    // The values of an analysis's result layer, held in memory.
    explicit FieldValues(const render::ResultLayer& result);

    // Distinct values as text, sorted, at most `limit`.
    [[nodiscard]] std::vector<QString> distinct(const std::string& field, int limit) const;
    // Its numeric values (NULLs left out), at most `limit` of them.
    [[nodiscard]] std::vector<double> numbers(const std::string& field, int limit) const;

private:
    const core::SqliteDatabase* db_ = nullptr;
    const core::LayerSchema& layer_;
    const render::ResultLayer* result_ = nullptr;
};

}  // namespace gigamap::desktop

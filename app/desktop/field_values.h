#pragma once

#include <QString>
#include <vector>

#include "gigamap/core/layer_schema.h"

namespace gigamap::core {
class SqliteDatabase;
}

namespace gigamap::desktop {

// The values a layer's field holds, for classifying it in the style dialog.
class FieldValues {
public:
    FieldValues(const core::SqliteDatabase& db, const core::LayerSchema& layer);

    // Distinct values as text, sorted, at most `limit`.
    [[nodiscard]] std::vector<QString> distinct(const std::string& field, int limit) const;
    // Its numeric values (NULLs left out), at most `limit` of them.
    [[nodiscard]] std::vector<double> numbers(const std::string& field, int limit) const;

private:
    const core::SqliteDatabase& db_;
    const core::LayerSchema& layer_;
};

}  // namespace gigamap::desktop

#pragma once

#include <map>
#include <optional>
#include <string>

#include "gigamap/render/layer_style.h"

namespace gigamap::core {
class SqliteDatabase;
}

namespace gigamap::render {

// The styles saved in a project's layer_styles table (layer, style JSON, updated).
class StyleStore {
public:
    explicit StyleStore(core::SqliteDatabase& db);

    [[nodiscard]] std::optional<LayerStyle> load(const std::string& layer) const;
    [[nodiscard]] std::map<std::string, LayerStyle> loadAll() const;
    // Saves (replaces) the style of `layer`, stamped with the current UTC time.
    // Throws core::StoreError when the project is read-only.
    void save(const std::string& layer, const LayerStyle& style);

private:
    core::SqliteDatabase& db_;
};

}  // namespace gigamap::render

#pragma once

#include <map>
#include <optional>
#include <string>

#include "gigamap/render/layer_style.h"

namespace gigamap::core {
class SqliteDatabase;
}

namespace gigamap::render {

// The styles saved in a project's layer_styles table, which follows QGIS's
// layout so that QGIS opens the layers with the same symbology: one default
// row per layer named "gigamap", holding the style as QGIS QML (styleQML) and
// as gigamap's JSON (gigamap_style, lossless).
//
// Loading takes the layer's newest default style. When its QML is what gigamap
// wrote, the JSON is used; when QGIS saved another one, gigamap reads that QML
// where it can (styleFromQml) and falls back on its JSON, else on nothing.
class StyleStore {
public:
    explicit StyleStore(core::SqliteDatabase& db);

    [[nodiscard]] std::optional<LayerStyle> load(const std::string& layer) const;
    [[nodiscard]] std::map<std::string, LayerStyle> loadAll() const;
    // Saves (replaces) gigamap's style of `layer` and makes it the default,
    // stamped with the current UTC time. Throws core::StoreError when the
    // project is read-only.
    void save(const std::string& layer, const LayerStyle& style);
    // Writes the QML of the styles saved without it (those a project kept
    // through the migration to QGIS's layout). Nothing when read-only.
    void completeQml();

private:
    core::SqliteDatabase& db_;
};

}  // namespace gigamap::render

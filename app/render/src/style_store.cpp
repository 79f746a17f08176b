#include "gigamap/render/style_store.h"

#include <QDateTime>
#include <vector>

#include "gigamap/core/error.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/sqlite_database.h"
#include "gigamap/core/transaction.h"
#include "gigamap/render/style_json.h"
#include "gigamap/render/style_qml.h"

namespace gigamap::render {
namespace {

// The name of gigamap's own row among a layer's styles in QGIS's style manager.
constexpr const char* kStyleName = "gigamap";

LayerStyle parse(const std::string& layer, const std::string& json) {
    try {
        return styleFromJson(QByteArray::fromStdString(json));
    } catch (const core::StoreError& error) {
        throw core::StoreError("the saved style of layer " + layer + " cannot be read (" +
                               error.what() + ")");
    }
}

core::GeometryType geometryOf(const std::string& layer) {
    for (const auto& schema : core::projectLayers()) {
        if (schema.table == layer) {
            return schema.geometryType;
        }
    }
    return core::GeometryType::Any;
}

QString qmlOf(const std::string& layer, const LayerStyle& style) {
    return styleToQml(style, geometryOf(layer));
}

}  // namespace

StyleStore::StyleStore(core::SqliteDatabase& db) : db_(db) {}

std::optional<LayerStyle> StyleStore::load(const std::string& layer) const {
    auto stmt = db_.prepare(
        "SELECT styleQML, gigamap_style FROM layer_styles WHERE f_table_name = ? "
        "ORDER BY useAsDefault DESC, update_time DESC, id DESC LIMIT 1");
    stmt.bind(1, layer);
    if (!stmt.step()) {
        return std::nullopt;
    }
    const bool hasQml = !stmt.isNull(0);
    const QString qml = hasQml ? QString::fromStdString(stmt.columnText(0)) : QString();
    std::optional<LayerStyle> own;
    if (!stmt.isNull(1)) {
        own = parse(layer, stmt.columnText(1));
        if (!hasQml || qml == qmlOf(layer, *own)) {
            return own;
        }
    }
    // Someone else (QGIS) saved this QML: what it says wins where gigamap can draw it.
    if (auto fromQgis = styleFromQml(qml)) {
        return fromQgis;
    }
    return own;
}

std::map<std::string, LayerStyle> StyleStore::loadAll() const {
    std::vector<std::string> layers;
    auto stmt = db_.prepare(
        "SELECT DISTINCT f_table_name FROM layer_styles WHERE f_table_name IS NOT NULL "
        "ORDER BY f_table_name");
    while (stmt.step()) {
        layers.push_back(stmt.columnText(0));
    }
    std::map<std::string, LayerStyle> styles;
    for (const auto& layer : layers) {
        if (auto style = load(layer)) {
            styles.emplace(layer, std::move(*style));
        }
    }
    return styles;
}

void StyleStore::save(const std::string& layer, const LayerStyle& style) {
    if (db_.readOnly()) {
        throw core::StoreError(db_.path().string() + " is open read-only: the style of layer " +
                               layer + " is used but not saved");
    }
    const std::string now =
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
    core::Transaction transaction(db_);
    // As QGIS does when it saves a default style: the others stop being default.
    auto others = db_.prepare("UPDATE layer_styles SET useAsDefault = 0 WHERE f_table_name = ?");
    others.bind(1, layer);
    others.run();
    auto existing =
        db_.prepare("SELECT id FROM layer_styles WHERE f_table_name = ? AND styleName = ?");
    existing.bind(1, layer).bind(2, std::string(kStyleName));
    const bool found = existing.step();
    const std::int64_t id = found ? existing.columnInt64(0) : 0;
    auto stmt = db_.prepare(
        found ? "UPDATE layer_styles SET styleQML = ?, gigamap_style = ?, update_time = ?, "
                "useAsDefault = 1 WHERE id = ?"
              : "INSERT INTO layer_styles (styleQML, gigamap_style, update_time, useAsDefault, "
                "f_table_catalog, f_table_schema, f_table_name, f_geometry_column, styleName, "
                "description, owner) VALUES (?, ?, ?, 1, '', '', ?, 'geom', ?, "
                "'The style gigamap draws the layer with', 'gigamap')");
    stmt.bind(1, qmlOf(layer, style).toStdString())
        .bind(2, styleToJson(style).toStdString())
        .bind(3, now);
    if (found) {
        stmt.bind(4, id);
    } else {
        stmt.bind(4, layer).bind(5, std::string(kStyleName));
    }
    stmt.run();
    transaction.commit();
}

void StyleStore::completeQml() {
    if (db_.readOnly()) {
        return;
    }
    std::vector<std::pair<std::int64_t, std::string>> missing;
    {
        auto stmt = db_.prepare(
            "SELECT id, f_table_name, gigamap_style FROM layer_styles "
            "WHERE styleQML IS NULL AND gigamap_style IS NOT NULL");
        while (stmt.step()) {
            const std::string layer = stmt.columnText(1);
            missing.emplace_back(stmt.columnInt64(0),
                                 qmlOf(layer, parse(layer, stmt.columnText(2))).toStdString());
        }
    }
    if (missing.empty()) {
        return;
    }
    core::Transaction transaction(db_);
    auto update = db_.prepare("UPDATE layer_styles SET styleQML = ? WHERE id = ?");
    for (const auto& [id, qml] : missing) {
        update.reset();
        update.bind(1, qml).bind(2, id);
        update.run();
    }
    transaction.commit();
}

}  // namespace gigamap::render

#include "gigamap/render/style_store.h"

#include <QDateTime>

#include "gigamap/core/error.h"
#include "gigamap/core/sqlite_database.h"
#include "gigamap/core/transaction.h"
#include "gigamap/render/style_json.h"

namespace gigamap::render {
namespace {

LayerStyle parse(const std::string& layer, const std::string& json) {
    try {
        return styleFromJson(QByteArray::fromStdString(json));
    } catch (const core::StoreError& error) {
        throw core::StoreError("the saved style of layer " + layer + " cannot be read (" +
                               error.what() + ")");
    }
}

}  // namespace

StyleStore::StyleStore(core::SqliteDatabase& db) : db_(db) {}

std::optional<LayerStyle> StyleStore::load(const std::string& layer) const {
    auto stmt = db_.prepare("SELECT style FROM layer_styles WHERE layer = ?");
    stmt.bind(1, layer);
    if (!stmt.step()) {
        return std::nullopt;
    }
    return parse(layer, stmt.columnText(0));
}

std::map<std::string, LayerStyle> StyleStore::loadAll() const {
    std::map<std::string, LayerStyle> styles;
    auto stmt = db_.prepare("SELECT layer, style FROM layer_styles ORDER BY layer");
    while (stmt.step()) {
        const std::string layer = stmt.columnText(0);
        styles.emplace(layer, parse(layer, stmt.columnText(1)));
    }
    return styles;
}

void StyleStore::save(const std::string& layer, const LayerStyle& style) {
    if (db_.readOnly()) {
        throw core::StoreError(db_.path().string() + " is open read-only: the style of layer " +
                               layer + " is used but not saved");
    }
    core::Transaction transaction(db_);
    auto stmt = db_.prepare(
        "INSERT INTO layer_styles (layer, style, updated) VALUES (?, ?, ?) "
        "ON CONFLICT (layer) DO UPDATE SET style = excluded.style, updated = excluded.updated");
    stmt.bind(1, layer)
        .bind(2, styleToJson(style).toStdString())
        .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString());
    stmt.run();
    transaction.commit();
}

}  // namespace gigamap::render

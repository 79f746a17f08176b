#pragma once

#include <QAbstractTableModel>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "gigamap/core/layer_schema.h"
#include "gigamap/core/value.h"

namespace gigamap::core {
class SqliteDatabase;
}

namespace gigamap::desktop {

// A layer's rows for a table view, read from the store a page at a time as the
// view scrolls (canFetchMore/fetchMore), so a layer of a million rows opens at
// once. Sorting and the text filter are done by SQLite, never by loading
// everything: in fid order the pages follow the fid (keyset), in another
// column's order they are offsets into that order.
class AttributeTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int kPageSize = 256;

    AttributeTableModel(const core::SqliteDatabase& db, const core::LayerSchema& layer,
                        QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

    // Keeps the rows where any field's text contains `text` (case-insensitive).
    void setFilterText(const QString& text);
    [[nodiscard]] const QString& filterText() const { return filter_; }
    // Reads the rows again from the first page, as after an edit of the layer.
    void reload() { restart(); }
    // Rows matching the filter in the whole layer (a count query, not a load).
    [[nodiscard]] std::int64_t matchingCount() const;

    [[nodiscard]] const std::string& table() const { return layer_.table; }
    [[nodiscard]] std::int64_t fidAt(int row) const;
    // The row of feature `fid` when it has been loaded.
    [[nodiscard]] std::optional<int> rowOf(std::int64_t fid) const;

private:
    struct Row {
        std::int64_t fid = 0;
        std::vector<core::Value> values;
    };
    void restart();
    [[nodiscard]] std::string whereClause(bool keyset) const;

    const core::SqliteDatabase& db_;
    const core::LayerSchema& layer_;
    std::vector<Row> rows_;
    std::unordered_map<std::int64_t, int> rowByFid_;
    bool exhausted_ = false;
    int sortColumn_ = 0;  // 0 is fid
    Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
    QString filter_;
};

}  // namespace gigamap::desktop

#include "attributes/attribute_table_model.h"

#include <fmt/format.h>

#include <limits>

#include "gigamap/core/sqlite_database.h"
#include "gigamap/render/layer_style.h"

namespace gigamap::desktop {
namespace {

// LIKE's own wildcards in what the user typed match themselves.
std::string likePattern(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return ("%" + escaped + "%").toStdString();
}

}  // namespace

AttributeTableModel::AttributeTableModel(const core::SqliteDatabase& db,
                                         const core::LayerSchema& layer, QObject* parent)
    : QAbstractTableModel(parent), db_(db), layer_(layer) {}

int AttributeTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int AttributeTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(layer_.fields.size()) + 1;
}

QVariant AttributeTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Row& row = rows_[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        if (index.column() == 0) {
            return QVariant::fromValue<qlonglong>(row.fid);
        }
        return render::valueText(row.values[static_cast<std::size_t>(index.column() - 1)]);
    }
    if (role == Qt::TextAlignmentRole && index.column() > 0 &&
        layer_.fields[static_cast<std::size_t>(index.column() - 1)].type != core::FieldType::Text) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Vertical) {
        return section + 1;
    }
    if (section == 0) {
        return QStringLiteral("fid");
    }
    return QString::fromStdString(layer_.fields.at(static_cast<std::size_t>(section - 1)).name);
}

bool AttributeTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !exhausted_;
}

std::string AttributeTableModel::whereClause(bool keyset) const {
    std::string conditions;
    if (!filter_.isEmpty()) {
        conditions = "(CAST(fid AS TEXT) LIKE ?1 ESCAPE '\\'";
        for (const auto& field : layer_.fields) {
            conditions += fmt::format(" OR CAST(\"{}\" AS TEXT) LIKE ?1 ESCAPE '\\'", field.name);
        }
        conditions += ")";
    }
    if (keyset) {
        const char* after = sortOrder_ == Qt::AscendingOrder ? "fid > ?2" : "fid < ?2";
        conditions += conditions.empty() ? after : std::string(" AND ") + after;
    }
    return conditions.empty() ? std::string() : " WHERE " + conditions;
}

void AttributeTableModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || exhausted_) {
        return;
    }
    std::string columns = "fid";
    for (const auto& field : layer_.fields) {
        columns += fmt::format(", \"{}\"", field.name);
    }
    const bool keyset = sortColumn_ == 0;
    const char* direction = sortOrder_ == Qt::AscendingOrder ? "ASC" : "DESC";
    const std::string order =
        keyset ? fmt::format("fid {}", direction)
               : fmt::format("\"{}\" {}, fid ASC",
                             layer_.fields.at(static_cast<std::size_t>(sortColumn_ - 1)).name,
                             direction);
    const std::string sql =
        fmt::format("SELECT {} FROM \"{}\"{} ORDER BY {} LIMIT ?3{}", columns, layer_.table,
                    whereClause(keyset), order, keyset ? "" : " OFFSET ?2");
    auto stmt = db_.prepare(sql);
    if (!filter_.isEmpty()) {
        stmt.bind(1, likePattern(filter_));
    }
    if (keyset) {
        const std::int64_t last = rows_.empty() ? (sortOrder_ == Qt::AscendingOrder
                                                       ? std::numeric_limits<std::int64_t>::min()
                                                       : std::numeric_limits<std::int64_t>::max())
                                                : rows_.back().fid;
        stmt.bind(2, last);
    } else {
        stmt.bind(2, static_cast<std::int64_t>(rows_.size()));
    }
    stmt.bind(3, static_cast<std::int64_t>(kPageSize));
    std::vector<Row> page;
    while (stmt.step()) {
        Row row;
        row.fid = stmt.columnInt64(0);
        row.values.reserve(layer_.fields.size());
        for (std::size_t i = 0; i < layer_.fields.size(); ++i) {
            row.values.push_back(stmt.columnValue(static_cast<int>(i) + 1));
        }
        page.push_back(std::move(row));
    }
    exhausted_ = page.size() < static_cast<std::size_t>(kPageSize);
    if (page.empty()) {
        return;
    }
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    for (auto& row : page) {
        rowByFid_.emplace(row.fid, static_cast<int>(rows_.size()));
        rows_.push_back(std::move(row));
    }
    endInsertRows();
}

void AttributeTableModel::restart() {
    beginResetModel();
    rows_.clear();
    rowByFid_.clear();
    exhausted_ = false;
    endResetModel();
}

void AttributeTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= columnCount()) {
        return;
    }
    sortColumn_ = column;
    sortOrder_ = order;
    restart();
}

void AttributeTableModel::setFilterText(const QString& text) {
    if (text != filter_) {
        filter_ = text;
        restart();
    }
}

std::int64_t AttributeTableModel::matchingCount() const {
    auto stmt =
        db_.prepare(fmt::format("SELECT count(*) FROM \"{}\"{}", layer_.table, whereClause(false)));
    if (!filter_.isEmpty()) {
        stmt.bind(1, likePattern(filter_));
    }
    return stmt.step() ? stmt.columnInt64(0) : 0;
}

std::int64_t AttributeTableModel::fidAt(int row) const {
    return rows_.at(static_cast<std::size_t>(row)).fid;
}

std::optional<int> AttributeTableModel::rowOf(std::int64_t fid) const {
    const auto it = rowByFid_.find(fid);
    return it == rowByFid_.end() ? std::nullopt : std::optional<int>(it->second);
}

}  // namespace gigamap::desktop

#pragma once

#include <QAbstractTableModel>

#include "gigamap/core/analysis_tables.h"

namespace gigamap::desktop {

// An analysis's table for a QTableView: headers made readable ("premises
// lacking gigabit"), figures shown to two decimals and sorted as numbers
// (Qt::UserRole holds the raw value); the exact values are in table().
class ResultTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit ResultTableModel(core::ResultTable table, QObject* parent = nullptr);

    [[nodiscard]] const core::ResultTable& table() const { return table_; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    core::ResultTable table_;
};

}  // namespace gigamap::desktop

#include <gtest/gtest.h>

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include "attributes/attribute_table_dock.h"
#include "attributes/attribute_table_model.h"
#include "gigamap/core/feature_table.h"
#include "map/feature_selection.h"
#include "map_fixture.h"

namespace gigamap::test {
namespace {

using desktop::AttributeTableModel;

class AttributeTableTest : public MapFixture {
protected:
    void SetUp() override { addChambers(1000); }
    const core::LayerSchema& chambers() { return project_->layer("chambers").schema(); }
    static int column(const AttributeTableModel& model, const QString& name) {
        for (int c = 0; c < model.columnCount(); ++c) {
            if (model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString() == name) {
                return c;
            }
        }
        return -1;
    }
    static QString text(const AttributeTableModel& model, int row, int column) {
        return model.data(model.index(row, column), Qt::DisplayRole).toString();
    }
};

TEST_F(AttributeTableTest, LoadsAPageAtATimeInFidOrder) {
    AttributeTableModel model(project_->database(), chambers());
    EXPECT_EQ(model.rowCount(), 0);
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), AttributeTableModel::kPageSize);
    EXPECT_EQ(model.fidAt(0), 1);
    model.fetchMore({});
    EXPECT_EQ(model.fidAt(AttributeTableModel::kPageSize), AttributeTableModel::kPageSize + 1);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    EXPECT_EQ(model.rowCount(), 1000);
    EXPECT_EQ(text(model, 999, column(model, "ref")), QStringLiteral("CH-01000"));
    EXPECT_EQ(model.matchingCount(), 1000);
}

TEST_F(AttributeTableTest, SortsByAnyColumnInTheDatabase) {
    AttributeTableModel model(project_->database(), chambers());
    const int ref = column(model, "ref");
    model.sort(ref, Qt::DescendingOrder);
    model.fetchMore({});
    EXPECT_EQ(text(model, 0, ref), QStringLiteral("CH-01000"));
    EXPECT_EQ(text(model, 1, ref), QStringLiteral("CH-00999"));
    model.fetchMore({});
    EXPECT_EQ(text(model, AttributeTableModel::kPageSize, ref),
              QStringLiteral("CH-%1").arg(1000 - AttributeTableModel::kPageSize, 5, 10,
                                          QLatin1Char('0')));
    const int depth = column(model, "depth_m");
    model.sort(depth, Qt::AscendingOrder);
    model.fetchMore({});
    EXPECT_EQ(text(model, 0, depth).toDouble(), 0.5);
    EXPECT_EQ(model.fidAt(0), 7);  // the lowest fid of the shallowest, fid breaks ties
}

TEST_F(AttributeTableTest, FiltersByTextInAnyField) {
    AttributeTableModel model(project_->database(), chambers());
    model.setFilterText(QStringLiteral("ch-0099"));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 10);  // CH-00990 ... CH-00999
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_EQ(model.matchingCount(), 10);
    model.setFilterText(QStringLiteral("50%"));  // LIKE's wildcard matches itself
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(AttributeTableTest, SelectionFollowsTheMapAndTheMapFollowsTheTable) {
    desktop::FeatureSelection selection;
    desktop::AttributeTableDock dock(project_->database(), chambers(), selection);
    dock.show();
    AttributeTableModel& model = dock.model();
    if (model.rowCount() == 0) {
        model.fetchMore({});
    }
    selection.select({{"chambers", {3, 5}}, {"ducts", {1}}},
                     desktop::FeatureSelection::Mode::Replace);
    auto rows = dock.view().selectionModel()->selectedRows();
    ASSERT_EQ(rows.size(), 2);

    dock.view().selectRow(9);  // fid 10
    EXPECT_EQ(selection.ids("chambers"), (std::set<std::int64_t>{10}));
    EXPECT_EQ(selection.ids("ducts"), (std::set<std::int64_t>{1}));  // other layers untouched

    // A selected feature whose row is not loaded stays selected when rows are picked.
    selection.setLayer("chambers", {10, 900});
    dock.view().selectionModel()->select(model.index(11, 0),
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
    EXPECT_EQ(selection.ids("chambers"), (std::set<std::int64_t>{10, 12, 900}));

    dock.filter().setText(QStringLiteral("CH-0001"));
    EXPECT_EQ(model.filterText(), QString());  // not at every keystroke...
    QTest::keyClick(&dock.filter(), Qt::Key_Return);
    EXPECT_EQ(model.filterText(), QStringLiteral("CH-0001"));  // ...but on Enter
    EXPECT_EQ(model.rowCount(), 0);  // reset; the view fetches when it lays out
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 10);
    EXPECT_EQ(dock.view().selectionModel()->selectedRows().size(), 2);  // fids 10 and 12
}

}  // namespace
}  // namespace gigamap::test

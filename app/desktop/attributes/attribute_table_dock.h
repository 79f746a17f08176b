#pragma once

#include <QDockWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace gigamap::core {
class SqliteDatabase;
struct LayerSchema;
}  // namespace gigamap::core

namespace gigamap::desktop {

class AttributeTableModel;
class FeatureSelection;

// One layer's attribute table: rows loaded as they scroll into view, sorted by
// a header click, filtered by text; its selection and the map's are one.
class AttributeTableDock : public QDockWidget {
    Q_OBJECT

public:
    AttributeTableDock(const core::SqliteDatabase& db, const core::LayerSchema& layer,
                       FeatureSelection& selection, QWidget* parent = nullptr);

    [[nodiscard]] AttributeTableModel& model() const { return *model_; }
    [[nodiscard]] QTableView& view() const { return *view_; }
    [[nodiscard]] QLineEdit& filter() const { return *filter_; }

signals:
    void zoomToSelectedRequested();

private:
    void showMapSelection();
    void takeTableSelection();
    void updateCount();

    FeatureSelection& selection_;
    AttributeTableModel* model_;
    QTableView* view_;
    QLineEdit* filter_;
    QLabel* count_;
    bool syncing_ = false;
};

}  // namespace gigamap::desktop

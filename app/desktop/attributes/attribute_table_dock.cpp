#include "attributes/attribute_table_dock.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "attributes/attribute_table_model.h"
#include "gigamap/core/layer_schema.h"
#include "map/feature_selection.h"

namespace gigamap::desktop {
namespace {

constexpr int kFilterPauseMs = 300;

}  // namespace

AttributeTableDock::AttributeTableDock(const core::SqliteDatabase& db,
                                       const core::LayerSchema& layer, FeatureSelection& selection,
                                       QWidget* parent)
    : QDockWidget(tr("Attributes: %1").arg(QString::fromStdString(layer.table)), parent),
      selection_(selection),
      model_(new AttributeTableModel(db, layer, this)),
      view_(new QTableView),
      filter_(new QLineEdit),
      count_(new QLabel) {
    setObjectName(QStringLiteral("attributes_%1").arg(QString::fromStdString(layer.table)));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* zoom = new QPushButton(tr("Zoom to selected"));
    filter_->setPlaceholderText(tr("Filter: text in any field"));
    filter_->setClearButtonEnabled(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(filter_, 1);
    bar->addWidget(zoom);
    bar->addWidget(count_);
    view_->setModel(model_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(0, Qt::AscendingOrder);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 6);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(view_);
    setWidget(content);

    // A filter scans the whole layer: typed text is applied when the typing
    // pauses or on Enter, not at every keystroke.
    auto* pause = new QTimer(this);
    pause->setSingleShot(true);
    pause->setInterval(kFilterPauseMs);
    const auto applyFilter = [this] {
        model_->setFilterText(filter_->text());
        updateCount();
    };
    connect(filter_, &QLineEdit::textChanged, pause, qOverload<>(&QTimer::start));
    connect(pause, &QTimer::timeout, this, applyFilter);
    connect(filter_, &QLineEdit::returnPressed, this, [pause, applyFilter] {
        pause->stop();
        applyFilter();
    });
    connect(zoom, &QPushButton::clicked, this, &AttributeTableDock::zoomToSelectedRequested);
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttributeTableDock::takeTableSelection);
    connect(&selection_, &FeatureSelection::changed, this, &AttributeTableDock::showMapSelection);
    // New rows (a page scrolled in, a new sort) show the map's selection too.
    connect(model_, &QAbstractItemModel::rowsInserted, this, &AttributeTableDock::showMapSelection);
    connect(model_, &QAbstractItemModel::modelReset, this, &AttributeTableDock::showMapSelection);
    updateCount();
    showMapSelection();
}

void AttributeTableDock::showMapSelection() {
    if (syncing_) {
        return;
    }
    syncing_ = true;
    QItemSelection rows;
    for (const std::int64_t fid : selection_.ids(model_->table())) {
        if (const auto row = model_->rowOf(fid)) {
            rows.select(model_->index(*row, 0), model_->index(*row, model_->columnCount() - 1));
        }
    }
    view_->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    syncing_ = false;
}

void AttributeTableDock::takeTableSelection() {
    if (syncing_) {
        return;
    }
    syncing_ = true;
    // Selected features whose rows are not loaded stay selected.
    std::set<std::int64_t> fids;
    for (const std::int64_t fid : selection_.ids(model_->table())) {
        if (!model_->rowOf(fid)) {
            fids.insert(fid);
        }
    }
    for (const QModelIndex& index : view_->selectionModel()->selectedRows()) {
        fids.insert(model_->fidAt(index.row()));
    }
    selection_.setLayer(model_->table(), std::move(fids));
    syncing_ = false;
}

void AttributeTableDock::updateCount() {
    count_->setText(tr("%n feature(s)", nullptr, static_cast<int>(model_->matchingCount())));
}

}  // namespace gigamap::desktop

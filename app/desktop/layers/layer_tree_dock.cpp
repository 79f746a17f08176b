#include "layers/layer_tree_dock.h"

#include <QMenu>
#include <QPixmap>
#include <QTreeWidgetItemIterator>

#include "gigamap/core/layer_schema.h"
#include "gigamap/render/legend.h"
#include "layers/layer_tree_widget.h"
#include "layers/map_layer_list.h"

namespace gigamap::desktop {
namespace {

constexpr int kLayerIndexRole = Qt::UserRole + 1;
const QSize kSwatchSize(20, 14);

QIcon swatch(const render::Symbol& symbol, core::GeometryType geometry) {
    return QIcon(QPixmap::fromImage(render::legendSwatch(symbol, geometry, kSwatchSize)));
}

}  // namespace

LayerTreeDock::LayerTreeDock(MapLayerList& layers, QWidget* parent)
    : QDockWidget(tr("Layers"), parent), layers_(layers), tree_(new LayerTreeWidget(this)) {
    setObjectName(QStringLiteral("layersDock"));
    setWidget(tree_);
    connect(&layers_, &MapLayerList::changed, this, &LayerTreeDock::rebuild);
    // Queued: the tree is rebuilt, which must not happen inside its own drop handling.
    connect(tree_, &LayerTreeWidget::reordered, this, &LayerTreeDock::applyOrder,
            Qt::QueuedConnection);
    connect(tree_, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item) {
        if (rebuilding_ || item->parent() != nullptr) {
            return;
        }
        // The tree already shows it: no rebuild, which would delete `item` under Qt's feet.
        const auto index = item->data(0, kLayerIndexRole).toULongLong();
        following_ = true;
        layers_.setVisible(index, item->checkState(0) == Qt::Checked);
        following_ = false;
    });
    connect(tree_, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        if (item->parent() == nullptr) {
            emit styleRequested(item->data(0, kLayerIndexRole).toULongLong());
        }
    });
    connect(tree_, &QWidget::customContextMenuRequested, this, &LayerTreeDock::showMenu);
    rebuild();
}

int LayerTreeDock::currentLayer() const {
    QTreeWidgetItem* item = tree_->currentItem();
    while (item != nullptr && item->parent() != nullptr) {
        item = item->parent();
    }
    return item == nullptr ? -1 : item->data(0, kLayerIndexRole).toInt();
}

void LayerTreeDock::rebuild() {
    if (following_) {
        return;
    }
    rebuilding_ = true;
    tree_->clear();
    for (std::size_t i = 0; i < layers_.size(); ++i) {
        const render::MapLayer& layer = layers_.at(i);
        const core::GeometryType geometry = layer.geometryType();
        auto* item = new QTreeWidgetItem(tree_, QStringList{layer.title});
        item->setData(0, kLayerIndexRole, QVariant::fromValue<qulonglong>(i));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                       Qt::ItemIsDragEnabled);
        item->setCheckState(0, layer.visible ? Qt::Checked : Qt::Unchecked);
        const auto entries = render::legendEntries(layer.style);
        if (entries.empty()) {
            item->setIcon(0, swatch(layer.style.symbol, geometry));
        } else {
            // A blank icon keeps the names of all layers in one column.
            QPixmap blank(kSwatchSize);
            blank.fill(Qt::transparent);
            item->setIcon(0, QIcon(blank));
        }
        for (const auto& entry : entries) {
            auto* child = new QTreeWidgetItem(item, QStringList{entry.label});
            child->setFlags(Qt::ItemIsEnabled);
            child->setIcon(0, swatch(entry.symbol, geometry));
        }
        if (layer.source == render::MapLayer::Source::BackgroundFile) {
            item->setToolTip(0, tr("Background (read-only): %1").arg(layer.filePath));
        } else if (layer.source == render::MapLayer::Source::Result) {
            item->setToolTip(0, tr("An analysis's result, kept until the window closes: "
                                   "right-click to export it"));
        }
    }
    tree_->expandAll();
    tree_->setCurrentItem(nullptr);
    rebuilding_ = false;
}

void LayerTreeDock::applyOrder() {
    // Whatever the drop made of the tree, the layers' rows in visual order are the new order.
    std::vector<std::size_t> order;
    for (QTreeWidgetItemIterator it(tree_); *it != nullptr; ++it) {
        const QVariant index = (*it)->data(0, kLayerIndexRole);
        if (index.isValid()) {
            order.push_back(index.toULongLong());
        }
    }
    if (order.size() == layers_.size()) {
        layers_.reorder(order);
    } else {
        rebuild();
    }
}

void LayerTreeDock::showMenu(const QPoint& at) {
    const int index = currentLayer();
    if (index < 0) {
        return;
    }
    const auto layer = static_cast<std::size_t>(index);
    QMenu menu(this);
    menu.addAction(tr("Zoom to layer"), this, [this, layer] { emit zoomToLayerRequested(layer); });
    menu.addAction(tr("Style…"), this, [this, layer] { emit styleRequested(layer); });
    if (layers_.at(layer).source == render::MapLayer::Source::Project) {
        menu.addAction(tr("Open attribute table"), this,
                       [this, layer] { emit attributeTableRequested(layer); });
    }
    if (layers_.at(layer).source == render::MapLayer::Source::Result) {
        menu.addAction(tr("Export to file…"), this, [this, layer] { emit exportRequested(layer); });
    }
    menu.addSeparator();
    menu.addAction(tr("Remove from map"), this, [this, layer] { layers_.remove(layer); });
    menu.exec(tree_->viewport()->mapToGlobal(at));
}

}  // namespace gigamap::desktop

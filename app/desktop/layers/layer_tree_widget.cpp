#include "layers/layer_tree_widget.h"

#include <QDropEvent>

namespace gigamap::desktop {

LayerTreeWidget::LayerTreeWidget(QWidget* parent) : QTreeWidget(parent) {
    setHeaderHidden(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setIconSize(QSize(20, 14));
}

void LayerTreeWidget::dropEvent(QDropEvent* event) {
    // Only between layers: a layer dropped onto another would become its child.
    if (dropIndicatorPosition() == QAbstractItemView::OnItem) {
        event->ignore();
        return;
    }
    QTreeWidget::dropEvent(event);
    emit reordered();
}

}  // namespace gigamap::desktop

#pragma once

#include <QDockWidget>

namespace gigamap::desktop {

class LayerTreeWidget;
class MapLayerList;

// The layers dock: a row per layer with its visibility checkbox and symbol,
// the legend of its style beneath, drag to reorder, and a context menu to
// zoom to it, style it, open its attribute table or remove it.
class LayerTreeDock : public QDockWidget {
    Q_OBJECT

public:
    LayerTreeDock(MapLayerList& layers, QWidget* parent = nullptr);

    [[nodiscard]] LayerTreeWidget& tree() const { return *tree_; }
    // The layer of the current row, or -1.
    [[nodiscard]] int currentLayer() const;

signals:
    void zoomToLayerRequested(std::size_t index);
    void styleRequested(std::size_t index);
    void attributeTableRequested(std::size_t index);
    // Save a result layer's features to a file.
    void exportRequested(std::size_t index);

private:
    void rebuild();
    void applyOrder();
    void showMenu(const QPoint& at);

    MapLayerList& layers_;
    LayerTreeWidget* tree_;
    bool rebuilding_ = false;  // the tree is being filled: its signals are not the user's
    bool following_ = false;   // the list changes because the tree did
};

}  // namespace gigamap::desktop

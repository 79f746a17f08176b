#pragma once

#include <QTreeWidget>

namespace gigamap::desktop {

// A tree whose top-level rows can be dragged into a new order; it says when a
// drop has happened, which QTreeWidget itself does not.
class LayerTreeWidget : public QTreeWidget {
    Q_OBJECT

public:
    explicit LayerTreeWidget(QWidget* parent = nullptr);

signals:
    void reordered();

protected:
    void dropEvent(QDropEvent* event) override;
};

}  // namespace gigamap::desktop

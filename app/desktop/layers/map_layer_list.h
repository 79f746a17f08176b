#pragma once

#include <QObject>
#include <optional>
#include <vector>

#include "gigamap/render/map_layer.h"

namespace gigamap::desktop {

// The map's layers, top first, as the layer tree shows them: order,
// visibility and styles. Every change is announced so the canvas, legend and
// style store follow.
class MapLayerList : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    [[nodiscard]] const std::vector<render::MapLayer>& layers() const { return layers_; }
    [[nodiscard]] const render::MapLayer& at(std::size_t index) const { return layers_.at(index); }
    [[nodiscard]] std::size_t size() const { return layers_.size(); }
    // The index of project layer `table`, or size() when it is not listed.
    [[nodiscard]] std::size_t indexOf(const std::string& table) const;

    void setLayers(std::vector<render::MapLayer> layers);
    // Adds a layer at the top.
    void add(render::MapLayer layer);
    void remove(std::size_t index);
    void setVisible(std::size_t index, bool visible);
    void setStyle(std::size_t index, const render::LayerStyle& style);
    // Draws only what is active on a day (see render::DayFilter); not remembered in the project.
    void setDayFilter(std::size_t index, const std::optional<render::DayFilter>& filter);
    // Puts an analysis's result layer on the map, replacing an earlier one of the same name.
    void putResult(render::MapLayer layer);
    // Reorders: `order` lists the current indices in their new order.
    void reorder(const std::vector<std::size_t>& order);

signals:
    // The list changed in what the project remembers: order, visibility, styles.
    void changed();
    // Something that changes only the drawing (a day filter).
    void drawingChanged();
    void styleChanged(std::size_t index);

private:
    std::vector<render::MapLayer> layers_;
};

}  // namespace gigamap::desktop

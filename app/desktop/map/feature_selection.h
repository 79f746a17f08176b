#pragma once

#include <QObject>

#include "gigamap/render/render_request.h"

namespace gigamap::desktop {

// The selected features of every layer, shared by the map, the attribute
// tables and "zoom to selection"; every change is announced once.
class FeatureSelection : public QObject {
    Q_OBJECT

public:
    enum class Mode { Replace, Add };

    using QObject::QObject;

    [[nodiscard]] const render::FeatureIds& ids() const { return ids_; }
    [[nodiscard]] std::set<std::int64_t> ids(const std::string& layer) const;
    [[nodiscard]] std::size_t count() const;

    // Replace clears every layer's selection first; Add keeps it.
    void select(const render::FeatureIds& features, Mode mode);
    // Sets one layer's selection, leaving the others alone (the attribute table).
    void setLayer(const std::string& layer, std::set<std::int64_t> fids);
    void clear();

signals:
    void changed();

private:
    render::FeatureIds ids_;
};

}  // namespace gigamap::desktop

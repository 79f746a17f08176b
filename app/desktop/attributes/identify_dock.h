#pragma once

#include <QDockWidget>
#include <vector>

#include "gigamap/render/render_request.h"

class QTreeWidget;

namespace gigamap::core {
class Project;
}

namespace gigamap::desktop {

// What is under the cursor: each feature found, by layer, with every attribute.
class IdentifyDock : public QDockWidget {
    Q_OBJECT

public:
    explicit IdentifyDock(QWidget* parent = nullptr);

    // Shows the features `found`, read from `project` or from the result layers among
    // `layers`; at most a few hundred are listed.
    void showResults(core::Project& project, const std::vector<render::MapLayer>& layers,
                     const render::FeatureIds& found);
    [[nodiscard]] QTreeWidget& tree() const { return *tree_; }

private:
    QTreeWidget* tree_;
};

}  // namespace gigamap::desktop

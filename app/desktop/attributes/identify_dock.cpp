#include "attributes/identify_dock.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <algorithm>
#include <optional>

#include "gigamap/core/feature_table.h"
#include "gigamap/core/project.h"
#include "gigamap/render/layer_style.h"
#include "gigamap/render/result_layer.h"

namespace gigamap::desktop {
namespace {

constexpr std::size_t kMaxListed = 500;

}  // namespace

IdentifyDock::IdentifyDock(QWidget* parent)
    : QDockWidget(tr("Identify results"), parent), tree_(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("identifyDock"));
    tree_->setColumnCount(2);
    tree_->setHeaderLabels({tr("Feature / field"), tr("Value")});
    tree_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    setWidget(tree_);
}

void IdentifyDock::showResults(core::Project& project, const std::vector<render::MapLayer>& layers,
                               const render::FeatureIds& found) {
    tree_->clear();
    std::size_t listed = 0;
    for (const auto& [table, fids] : found) {
        const auto result = std::find_if(layers.begin(), layers.end(), [&](const auto& layer) {
            return layer.result && layer.table == table;
        });
        const bool fromResult = result != layers.end();
        auto* layerItem = new QTreeWidgetItem(
            tree_, {fromResult ? result->title : QString::fromStdString(table),
                    tr("%n feature(s)", nullptr, static_cast<int>(fids.size()))});
        const core::LayerSchema& schema =
            fromResult ? result->result->schema() : project.layer(table).schema();
        for (const std::int64_t fid : fids) {
            if (++listed > kMaxListed) {
                break;
            }
            std::optional<core::Feature> read;
            const core::Feature* feature = nullptr;
            if (fromResult) {
                feature = result->result->feature(fid);
            } else if ((read = project.layer(table).read(fid))) {
                feature = &*read;
            }
            if (feature == nullptr) {
                continue;
            }
            auto* featureItem = new QTreeWidgetItem(layerItem, {tr("fid %1").arg(fid), QString()});
            for (const auto& field : schema.fields) {
                new QTreeWidgetItem(featureItem,
                                    {QString::fromStdString(field.name),
                                     render::valueText(feature->attribute(field.name))});
            }
        }
    }
    tree_->expandAll();
    if (found.empty()) {
        new QTreeWidgetItem(tree_, {tr("Nothing here"), QString()});
    }
}

}  // namespace gigamap::desktop

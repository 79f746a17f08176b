#include "identify_dock.h"

#include <QHeaderView>
#include <QTreeWidget>

#include "gigamap/core/feature_table.h"
#include "gigamap/core/project.h"
#include "gigamap/render/layer_style.h"

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

void IdentifyDock::showResults(core::Project& project, const render::FeatureIds& found) {
    tree_->clear();
    std::size_t listed = 0;
    for (const auto& [table, fids] : found) {
        auto* layerItem = new QTreeWidgetItem(
            tree_, {QString::fromStdString(table),
                    tr("%n feature(s)", nullptr, static_cast<int>(fids.size()))});
        core::FeatureTable& layer = project.layer(table);
        for (const std::int64_t fid : fids) {
            if (++listed > kMaxListed) {
                break;
            }
            const auto feature = layer.read(fid);
            if (!feature) {
                continue;
            }
            auto* featureItem = new QTreeWidgetItem(layerItem, {tr("fid %1").arg(fid), QString()});
            for (const auto& field : layer.schema().fields) {
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

#include "editing/network_check_dock.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gigamap::desktop {

NetworkCheckDock::NetworkCheckDock(QWidget* parent)
    : QDockWidget(tr("Network check"), parent), list_(new QTreeWidget), summary_(new QLabel) {
    setObjectName(QStringLiteral("networkCheckDock"));
    list_->setColumnCount(2);
    list_->setHeaderLabels({tr("Problem"), tr("Kind")});
    list_->setRootIsDecorated(false);
    list_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto* run = new QPushButton(tr("Check the network"));
    connect(run, &QPushButton::clicked, this, &NetworkCheckDock::checkRequested);
    connect(list_, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        const auto row = static_cast<std::size_t>(list_->indexOfTopLevelItem(item));
        if (row < problems_.size()) {
            emit problemChosen(problems_[row]);
        }
    });
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->addWidget(run);
    layout->addWidget(summary_);
    layout->addWidget(list_, 1);
    setWidget(body);
    clear();
}

void NetworkCheckDock::clear() {
    problems_.clear();
    list_->clear();
    summary_->setText(tr("Not checked yet."));
}

void NetworkCheckDock::showProblems(std::vector<core::NetworkProblem> problems) {
    problems_ = std::move(problems);
    list_->clear();
    for (const auto& problem : problems_) {
        auto* item =
            new QTreeWidgetItem({QString::fromStdString(problem.message),
                                 QString::fromUtf8(core::NetworkCheck::kindName(problem.kind))});
        item->setToolTip(0, item->text(0));
        list_->addTopLevelItem(item);
    }
    summary_->setText(problems_.empty() ? tr("No problems found.")
                                        : tr("%n problem(s); click one to see it on the map.",
                                             nullptr, static_cast<int>(problems_.size())));
}

}  // namespace gigamap::desktop

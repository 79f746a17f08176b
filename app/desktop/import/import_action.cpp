#include "import/import_action.h"

#include <QAction>
#include <QMenu>

#include "gigamap/core/project.h"

namespace gigamap::desktop {

ImportAction::ImportAction(QMenu& menu, QWidget& window, std::function<core::Project*()> project)
    : QObject(&window), window_(window), project_(std::move(project)) {
    action_ = menu.addAction(tr("&Import data…"), QKeySequence(tr("Ctrl+Shift+I")), this,
                             [this] { (void)openWizard(); });
    action_->setObjectName(QStringLiteral("importData"));
    action_->setStatusTip(
        tr("Bring postcodes, Ofcom coverage, street works or any map file into the project"));
    updateEnabled();
}

void ImportAction::updateEnabled() {
    const core::Project* project = project_();
    action_->setEnabled(project != nullptr && !project->isReadOnly());
}

ImportWizard* ImportAction::openWizard() {
    core::Project* project = project_();
    if (project == nullptr || project->isReadOnly()) {
        return nullptr;
    }
    if (wizard_ != nullptr) {
        wizard_->raise();
        return wizard_;
    }
    wizard_ = new ImportWizard(*project, &window_);
    wizard_->setAttribute(Qt::WA_DeleteOnClose);
    wizard_->setWindowModality(Qt::WindowModal);
    if (opener_) {
        wizard_->setFileOpener(opener_);
    }
    connect(wizard_, &ImportWizard::imported, this, &ImportAction::imported);
    wizard_->open();
    return wizard_;
}

}  // namespace gigamap::desktop

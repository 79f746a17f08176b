#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

#include "import/import_wizard.h"

class QAction;
class QMenu;
class QWidget;

namespace gigamap::core {
class Project;
}

namespace gigamap::desktop {

// Project ▸ Import data…: opens the import wizard on the window's project,
// window-modal, so the window is left alone while the import runs. Enabled
// only for a project open for editing. Announces each import that lands.
class ImportAction : public QObject {
    Q_OBJECT

public:
    ImportAction(QMenu& menu, QWidget& window, std::function<core::Project*()> project);

    [[nodiscard]] QAction* action() const { return action_; }
    // Follows the window's project: enabled when one is open for editing.
    void updateEnabled();
    // Opens the wizard; nullptr when there is no project open for editing.
    ImportWizard* openWizard();
    // How the wizards open the rejects file (tests observe it).
    void setFileOpener(ImportWizard::FileOpener opener) { opener_ = std::move(opener); }

signals:
    void imported(const QString& table);

private:
    QWidget& window_;
    std::function<core::Project*()> project_;
    QAction* action_;
    ImportWizard::FileOpener opener_;
    QPointer<ImportWizard> wizard_;
};

}  // namespace gigamap::desktop

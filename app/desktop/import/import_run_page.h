#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace gigamap::desktop {

class ImportWizard;

// The import wizard's run page: the import on its worker thread with a
// progress bar and a button that cancels it (rolling everything back); it
// moves on to the summary by itself when the import ends.
class ImportRunPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard& wizard);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

private:
    void finished();

    ImportWizard& wizard_;
    QLabel* what_;
    QProgressBar* progress_;
    QPushButton* cancel_;
    bool done_ = false;
};

}  // namespace gigamap::desktop

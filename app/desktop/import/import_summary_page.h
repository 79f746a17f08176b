#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace gigamap::desktop {

class ImportWizard;

// The import wizard's last page: what the import did (new, updated, rejected
// and other counts, the CRS transformation used, the time taken) or why
// nothing was imported, and a button opening the rejects file when rows were rejected.
class ImportSummaryPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportSummaryPage(ImportWizard& wizard);

    void initializePage() override;

private:
    ImportWizard& wizard_;
    QLabel* counts_;
    QLabel* notes_;
    QLabel* rejects_;
    QPushButton* openRejects_;
};

}  // namespace gigamap::desktop

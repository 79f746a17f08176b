#pragma once

#include <QWizardPage>

class QButtonGroup;

namespace gigamap::desktop {

class ImportWizard;

// The import wizard's first page: which kind of data, each with a sentence on what it is.
class ImportKindPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportKindPage(ImportWizard& wizard);

    bool validatePage() override;

private:
    ImportWizard& wizard_;
    QButtonGroup* kinds_;
};

}  // namespace gigamap::desktop

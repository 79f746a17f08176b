#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace gigamap::desktop {

class ImportWizard;

// The import wizard's third page: the first rows of the file as the import
// will read them (the parsed columns of a CSV; a map file's fields and
// geometry), with its layer, size and CRS, and the rows it cannot read.
class ImportPreviewPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard& wizard);

    void initializePage() override;
    [[nodiscard]] int nextId() const override;

private:
    ImportWizard& wizard_;
    QLabel* about_;
    QTableWidget* rows_;
    QLabel* problems_;
};

}  // namespace gigamap::desktop

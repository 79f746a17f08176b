#pragma once

#include <QWizardPage>
#include <filesystem>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gigamap::desktop {

class FileDropLineEdit;
class ImportWizard;

// The import wizard's second page: the file (typed, browsed or dropped) and
// the options the command line has for the kind: the layer to fill and the
// file's layer (map files), a district, the data's version and attribution.
// Next reads the file's first rows, so a file that cannot be read is said so here.
class ImportFilePage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard& wizard);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;

    // The paths typed, split at ";".
    [[nodiscard]] std::vector<std::filesystem::path> paths() const;

private:
    void browse();
    void fileChanged();
    void showRejectsPath();

    ImportWizard& wizard_;
    FileDropLineEdit* file_;
    QPushButton* browse_;
    QComboBox* table_;
    QComboBox* sourceLayer_;
    QLineEdit* district_;
    QLineEdit* vintage_;
    QLineEdit* attribution_;
    QLabel* rejects_;
    QLabel* error_;
    QFormLayout* form_;
};

}  // namespace gigamap::desktop

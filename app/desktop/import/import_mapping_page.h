#pragma once

#include <QWizardPage>
#include <optional>
#include <string>

class QLabel;
class QLineEdit;

namespace gigamap::desktop {

class FieldMappingTable;
class ImportWizard;

// The import wizard's page for map files: which column of the file fills each
// field of the layer (or a value for all), and the coordinate system of the
// file's coordinates, detected when the file says and required when it does not.
class ImportMappingPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard& wizard);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;
    [[nodiscard]] int nextId() const override;

private:
    // The CRS typed ("4326" or "EPSG:4326") as PROJ takes it; empty when blank.
    [[nodiscard]] std::string typedCrs() const;
    void crsChanged();

    ImportWizard& wizard_;
    FieldMappingTable* fields_;
    QLabel* detected_;
    QLineEdit* crs_;
    QLabel* crsName_;
    bool crsValid_ = false;
};

}  // namespace gigamap::desktop

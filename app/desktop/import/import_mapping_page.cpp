#include "import/import_mapping_page.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "gigamap/core/crs.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/proj_context.h"
#include "import/field_mapping_table.h"
#include "import/import_wizard.h"

namespace gigamap::desktop {

ImportMappingPage::ImportMappingPage(ImportWizard& wizard)
    : wizard_(wizard),
      fields_(new FieldMappingTable),
      detected_(new QLabel),
      crs_(new QLineEdit),
      crsName_(new QLabel) {
    setTitle(tr("Match the fields and the coordinate system"));
    fields_->setObjectName(QStringLiteral("fieldMapping"));
    crs_->setObjectName(QStringLiteral("crs"));
    crs_->setPlaceholderText(tr("EPSG code, e.g. 27700 or 4326"));
    crs_->setMaximumWidth(260);
    detected_->setWordWrap(true);
    crsName_->setObjectName(QStringLiteral("crsName"));
    crsName_->setWordWrap(true);

    auto* crsBox = new QGroupBox(tr("Coordinate system of the file"));
    auto* crsLayout = new QFormLayout(crsBox);
    crsLayout->addRow(detected_);
    crsLayout->addRow(tr("&EPSG code:"), crs_);
    crsLayout->addRow(QString(), crsName_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(fields_, 1);
    layout->addWidget(crsBox);
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    connect(crs_, &QLineEdit::textChanged, this, &ImportMappingPage::crsChanged);
}

void ImportMappingPage::initializePage() {
    const auto& preview = wizard_.preview();
    const auto& job = wizard_.job();
    setSubTitle(tr("For each field of the %1 layer, choose the column of %2 it comes from, or a "
                   "value every feature gets. Columns with the same name are already chosen.")
                    .arg(QString::fromStdString(job.vector.table),
                         QString::fromStdString(job.paths.front().filename().string())));
    fields_->setFields(core::layerSchema(job.vector.table), preview.fields);
    if (preview.crs) {
        detected_->setText(
            tr("The file says its coordinates are in %1 (%2). Change this only if you know the "
               "file is wrong.")
                .arg(QString::fromStdString(*preview.crs),
                     QString::fromStdString(preview.crsName)));
    } else {
        detected_->setText(
            tr("<b>The file does not say which coordinate system its coordinates are in.</b> "
               "Enter its EPSG code: 27700 for British National Grid (eastings and northings "
               "in metres), 4326 for GPS latitude and longitude."));
    }
    const bool hasCode = preview.crs && preview.crs->starts_with("EPSG:");
    crs_->setText(hasCode ? QString::fromStdString(*preview.crs) : QString());
    crsChanged();
}

std::string ImportMappingPage::typedCrs() const {
    const QString text = crs_->text().trimmed();
    bool number = false;
    (void)text.toInt(&number);
    return (number ? QStringLiteral("EPSG:") + text : text).toStdString();
}

void ImportMappingPage::crsChanged() {
    const std::string crs = typedCrs();
    crsValid_ = false;
    if (crs.empty()) {
        // Blank keeps the file's own CRS, when it has one.
        crsValid_ = wizard_.preview().crs.has_value();
        crsName_->setText(crsValid_ ? tr("The file's own coordinate system is used.")
                                    : tr("Required: the import cannot place the features "
                                         "without it."));
    } else {
        try {
            const core::ProjContext proj;
            const core::Crs known(proj, crs);
            crsName_->setText(QStringLiteral("= ") + QString::fromStdString(known.name()));
            crsValid_ = true;
        } catch (const std::exception&) {
            crsName_->setText(tr("%1 is not a coordinate system gigamap knows.")
                                  .arg(QString::fromStdString(crs)));
        }
    }
    crsName_->setStyleSheet(crsValid_ ? QString() : QStringLiteral("color: #a61b1b;"));
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const {
    return crsValid_;
}

bool ImportMappingPage::validatePage() {
    auto& options = wizard_.job().vector;
    options.fields = fields_->sources();
    options.values = fields_->constants();
    const std::string crs = typedCrs();
    options.sourceCrs = crs.empty() ? std::nullopt : std::optional(crs);
    return true;
}

int ImportMappingPage::nextId() const {
    return ImportWizard::RunPage;
}

}  // namespace gigamap::desktop

#include "editing/editing_preferences_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gigamap::desktop {

EditingPreferencesDialog::EditingPreferencesDialog(int tolerancePixels, bool formOnCreate,
                                                   QWidget* parent)
    : QDialog(parent), tolerance_(new QSpinBox), form_(new QCheckBox) {
    setWindowTitle(tr("Editing preferences"));
    tolerance_->setRange(1, 100);
    tolerance_->setSuffix(tr(" px"));
    tolerance_->setValue(tolerancePixels);
    form_->setText(tr("Open the attribute form when a feature is added"));
    form_->setChecked(formOnCreate);
    auto* form = new QFormLayout;
    form->addRow(tr("Snapping tolerance"), tolerance_);
    form->addRow(form_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

int EditingPreferencesDialog::tolerancePixels() const {
    return tolerance_->value();
}

bool EditingPreferencesDialog::formOnCreate() const {
    return form_->isChecked();
}

}  // namespace gigamap::desktop

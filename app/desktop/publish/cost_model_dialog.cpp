#include "publish/cost_model_dialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace gigamap::desktop {

CostModelDialog::CostModelDialog(const core::CostModel& costs, bool readOnly, QWidget* parent)
    : QDialog(parent), original_(costs), passed_(new QDoubleSpinBox(this)) {
    setWindowTitle(tr("Cost model"));
    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Rate</b>")), 0, 0);
    grid->addWidget(new QLabel(tr("<b>£</b>")), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Source</b>")), 0, 2);
    int row = 1;
    for (const auto& rate : costs.rates()) {
        auto* value = new QDoubleSpinBox(this);
        value->setObjectName(QString::fromStdString(rate.key));
        value->setRange(0.0, 1e7);
        value->setDecimals(2);
        value->setValue(rate.pounds);
        value->setSuffix(rate.unit == "m" ? tr(" /m") : QString());
        value->setReadOnly(readOnly);
        auto* source = new QLineEdit(QString::fromStdString(rate.source), this);
        source->setCursorPosition(0);
        source->setReadOnly(readOnly);
        source->setMinimumWidth(360);
        grid->addWidget(new QLabel(QString::fromStdString(rate.label)), row, 0);
        grid->addWidget(value, row, 1);
        grid->addWidget(source, row, 2);
        values_.push_back(value);
        sources_.push_back(source);
        ++row;
    }
    passed_->setObjectName("premises_passed_m");
    passed_->setRange(1.0, 1000.0);
    passed_->setSuffix(tr(" m"));
    passed_->setValue(costs.premisesPassedDistance());
    passed_->setReadOnly(readOnly);
    auto* form = new QFormLayout;
    form->addRow(tr("Premises are passed within"), passed_);

    auto* buttons = new QDialogButtonBox(
        readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Save | QDialogButtonBox::Cancel,
        this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    if (readOnly) {
        layout->addWidget(
            new QLabel(tr("The project is open read-only: the rates cannot be "
                          "changed here.")));
    }
    layout->addLayout(grid);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

core::CostModel CostModelDialog::costs() const {
    core::CostModel edited = original_;
    for (std::size_t i = 0; i < values_.size(); ++i) {
        const auto& rate = original_.rates()[i];
        edited.setRate(rate.key, values_[i]->value(), sources_[i]->text().toStdString());
    }
    edited.setPremisesPassedDistance(passed_->value());
    return edited;
}

}  // namespace gigamap::desktop

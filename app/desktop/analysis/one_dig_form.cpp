#include "analysis/one_dig_form.h"

#include <QDoubleSpinBox>
#include <QFormLayout>

#include "analysis/analysis_jobs.h"
#include "gigamap/core/day_range.h"
#include "gigamap/core/one_dig.h"

namespace gigamap::desktop {

OneDigForm::OneDigForm(QWidget* parent) : AnalysisForm(parent), distance_(new QDoubleSpinBox) {
    distance_->setRange(0.0, 1000.0);
    distance_->setValue(10.0);
    distance_->setSuffix(tr(" m"));
    distance_->setToolTip(tr("Works and ducts at most this far apart (inclusive) count as near"));
    auto* layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("Near means within"), distance_);
}

QString OneDigForm::title() const {
    return tr("One Dig");
}

QString OneDigForm::explanation() const {
    return tr(
        "Street works near a planned duct at the same time (dig once), works near each "
        "other at the same time (NRSWA s59 conflicts), and planned ducts under a Section "
        "58 restriction.");
}

AnalysisJob OneDigForm::job() const {
    core::OneDigOptions options;
    options.distance = distance_->value();
    options.today = core::today();  // join-by days before today are missed
    return oneDigJob(options);
}

}  // namespace gigamap::desktop

#include "analysis/nearest_duct_form.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>

#include "analysis/analysis_jobs.h"

namespace gigamap::desktop {

NearestDuctForm::NearestDuctForm(QWidget* parent)
    : AnalysisForm(parent),
      metric_(new QComboBox),
      below_(new QDoubleSpinBox),
      status_(new QComboBox) {
    metric_->addItem(tr("Gigabit"), QStringLiteral("gigabit_pct"));
    metric_->addItem(tr("Full fibre"), QStringLiteral("full_fibre_pct"));
    metric_->addItem(tr("Ultrafast (100 Mbit/s)"), QStringLiteral("ufbb100_pct"));
    metric_->addItem(tr("Superfast"), QStringLiteral("sfbb_pct"));
    below_->setRange(0.0, 100.0);
    below_->setValue(100.0);
    below_->setSuffix(QStringLiteral(" %"));
    for (const char* status : {"existing", "planned", "proposed"}) {
        status_->addItem(QString::fromLatin1(status));
    }
    auto* layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("Postcodes whose"), metric_);
    layout->addRow(tr("availability is below"), below_);
    layout->addRow(tr("to the nearest duct that is"), status_);
}

QString NearestDuctForm::title() const {
    return tr("Nearest duct");
}

QString NearestDuctForm::explanation() const {
    return tr(
        "For each underserved postcode, how far (in a straight line) the nearest duct is: "
        "the build a connection needs.");
}

AnalysisJob NearestDuctForm::job() const {
    core::NearestDuctOptions options;
    options.metric = metric_->currentData().toString().toStdString();
    options.below = below_->value();
    options.status = status_->currentText().toStdString();
    return nearestDuctJob(options);
}

}  // namespace gigamap::desktop

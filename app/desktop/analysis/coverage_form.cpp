#include "analysis/coverage_form.h"

#include <QComboBox>
#include <QFormLayout>

#include "analysis/analysis_jobs.h"

namespace gigamap::desktop {

CoverageForm::CoverageForm(QWidget* parent) : AnalysisForm(parent), kind_(new QComboBox) {
    kind_->setEditable(true);
    kind_->addItems({QStringLiteral("ward"), QStringLiteral("district")});
    kind_->setToolTip(tr("The kind of boundary in the project's boundaries layer"));
    auto* layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("Count by"), kind_);
}

QString CoverageForm::title() const {
    return tr("Coverage by ward");
}

QString CoverageForm::explanation() const {
    return tr(
        "Premises lacking gigabit, superfast and full fibre, and below the USO, in each "
        "ward (Ofcom Connected Nations by postcode).");
}

AnalysisJob CoverageForm::job() const {
    return coverageJob(kind_->currentText().trimmed().toStdString());
}

void CoverageForm::setBoundaryKind(const QString& kind) {
    kind_->setCurrentText(kind);
}

}  // namespace gigamap::desktop

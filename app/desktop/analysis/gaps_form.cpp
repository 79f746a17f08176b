#include "analysis/gaps_form.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>

#include "analysis/analysis_jobs.h"
#include "gigamap/core/error.h"

namespace gigamap::desktop {

GapsForm::GapsForm(QWidget* parent)
    : AnalysisForm(parent),
      district_(new QLineEdit),
      hotspots_(new QCheckBox(tr("Wi-Fi hotspots (their radius)"))),
      mobile_(new QCheckBox(tr("Mobile coverage polygons"))),
      mobileWhere_(new QLineEdit) {
    district_->setPlaceholderText(tr("the project's district"));
    district_->setToolTip(tr("The ONS code of a boundary of kind district, e.g. E07000121"));
    hotspots_->setChecked(true);
    mobile_->setChecked(true);
    mobileWhere_->setPlaceholderText(tr("all; or e.g. technology=4G, environment=outdoor"));
    connect(mobile_, &QCheckBox::toggled, mobileWhere_, &QWidget::setEnabled);
    auto* layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("District"), district_);
    layout->addRow(tr("Covered by"), hotspots_);
    layout->addRow(QString(), mobile_);
    layout->addRow(tr("Only mobile"), mobileWhere_);
}

QString GapsForm::title() const {
    return tr("Area gap");
}

QString GapsForm::explanation() const {
    return tr(
        "The part of the district no hotspot or mobile coverage reaches: where the Wi-Fi "
        "corridor or a mast must go. Adds the gap to the map as a layer.");
}

AnalysisJob GapsForm::job() const {
    core::AreaGapsOptions options;
    options.district = district_->text().trimmed().toStdString();
    options.hotspots = hotspots_->isChecked();
    options.mobile = mobile_->isChecked();
    const QString where = mobileWhere_->text().trimmed();
    if (options.mobile && !where.isEmpty()) {
        for (const QString& pair : where.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto parts = pair.split(QLatin1Char('='));
            if (parts.size() != 2 || parts[0].trimmed().isEmpty()) {
                throw core::AnalysisError("the mobile filter '" + pair.trimmed().toStdString() +
                                          "' is not field=value");
            }
            options.mobileWhere[parts[0].trimmed().toStdString()] =
                parts[1].trimmed().toStdString();
        }
    }
    return gapsJob(options);
}

}  // namespace gigamap::desktop

#include "analysis/one_dig_form.h"

#include <QDate>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

#include "analysis/analysis_jobs.h"
#include "common/qt_day.h"
#include "gigamap/core/day_range.h"
#include "gigamap/core/one_dig.h"

namespace gigamap::desktop {

OneDigForm::OneDigForm(QWidget* parent)
    : AnalysisForm(parent),
      distance_(new QDoubleSpinBox),
      gap_(new QSpinBox),
      date_(new QDateEdit(qDateOfDay(core::today()))) {
    const core::OneDigOptions defaults;
    distance_->setRange(0.0, 1000.0);
    distance_->setValue(defaults.distance);
    distance_->setSuffix(tr(" m"));
    distance_->setToolTip(tr("Works and ducts at most this far apart (inclusive) count as near"));
    gap_->setRange(0, 3650);
    gap_->setValue(defaults.gapDays);
    gap_->setSuffix(tr(" days"));
    gap_->setToolTip(
        tr("Near misses: two digs by different promoters whose dates do not overlap, the later "
           "starting at most this many days after the earlier ends"));
    date_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date_->setCalendarPopup(true);
    date_->setToolTip(tr("Join-by days before this day are missed (struck through)"));
    auto* layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("Near means within"), distance_);
    layout->addRow(tr("Near misses within"), gap_);
    layout->addRow(tr("Join by missed before"), date_);
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
    options.gapDays = gap_->value();
    options.today = dayOfQDate(date_->date());
    return oneDigJob(options);
}

}  // namespace gigamap::desktop

#include "timeline/timeline_dock.h"

#include <QCheckBox>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>
#include <exception>

#include "common/qt_day.h"
#include "gigamap/core/day_range.h"
#include "timeline/timeline_view.h"

namespace gigamap::desktop {

TimelineDock::TimelineDock(QWidget* parent)
    : QDockWidget(tr("One Dig timeline"), parent),
      view_(new TimelineView),
      slider_(new QSlider(Qt::Horizontal)),
      dayLabel_(new QLabel),
      filter_(new QCheckBox(tr("Map shows only works and planned ducts active on"))),
      pairsOnly_(new QCheckBox(tr("Only streets with One Dig pairs"))) {
    setObjectName(QStringLiteral("timelineDock"));
    filter_->setToolTip(
        tr("Existing ducts stay on the map; works and planned ducts are drawn "
           "only on the days they are dug"));
    dayLabel_->setMinimumWidth(90);
    auto* controls = new QHBoxLayout;
    controls->addWidget(filter_);
    controls->addWidget(dayLabel_);
    controls->addWidget(slider_, 1);
    controls->addWidget(pairsOnly_);
    pairsOnly_->setToolTip(
        tr("Run Analysis ▸ One Dig to find dig-once opportunities and "
           "conflicts; their streets are then listed first here"));
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->addLayout(controls);
    layout->addWidget(view_, 1);
    setWidget(body);
    setProject(nullptr);

    connect(slider_, &QSlider::valueChanged, this, &TimelineDock::dayMoved);
    connect(slider_, &QSlider::sliderPressed, this, [this] { filter_->setChecked(true); });
    connect(filter_, &QCheckBox::toggled, this, &TimelineDock::dayMoved);
    connect(view_, &TimelineView::barClicked, this, &TimelineDock::barClicked);
    connect(pairsOnly_, &QCheckBox::toggled, this, &TimelineDock::showRows);
}

void TimelineDock::setProject(core::Project* project) {
    project_ = project;
    model_ = {};
    pairsOnly_->setChecked(false);
    pairsOnly_->setEnabled(false);
    view_->setModel({});
    slider_->setEnabled(false);
    filter_->setEnabled(false);
    filter_->setChecked(false);
    dayLabel_->clear();
    refresh();
}

void TimelineDock::refresh() {
    stale_ = true;
    if (isVisible()) {
        reload();
    }
}

void TimelineDock::showEvent(QShowEvent* event) {
    QDockWidget::showEvent(event);
    if (stale_) {
        reload();  // read when first shown, not each time a project opens or changes
    }
}

void TimelineDock::reload() {
    stale_ = false;
    if (project_ == nullptr) {
        return;
    }
    const bool hadDay = slider_->isEnabled();
    try {
        model_ = TimelineModel::load(*project_);
    } catch (const std::exception& error) {
        emit failed(tr("Could not read the works and ducts for the timeline: %1")
                        .arg(QString::fromUtf8(error.what())));
        return;
    }
    pairsOnly_->setChecked(false);
    pairsOnly_->setEnabled(false);
    showRows();
    const auto span = view_->model().span();
    slider_->setEnabled(span.has_value());
    filter_->setEnabled(span.has_value());
    if (span) {
        const QSignalBlocker blocker(slider_);
        // Reloaded after an edit, the timeline keeps its day; opened, it starts today.
        const int day = hadDay ? slider_->value() : dayOfQDate(QDate::currentDate());
        slider_->setRange(span->start, span->end);
        slider_->setValue(std::clamp(day, span->start, span->end));
        slider_->setPageStep(7);
    }
    dayMoved();
}

void TimelineDock::mark(const core::OneDigResult& result) {
    if (stale_) {
        reload();
    }
    model_.mark(result);
    const bool anyPairs = model_.hasMarks();
    pairsOnly_->setEnabled(anyPairs);
    const QSignalBlocker blocker(pairsOnly_);
    pairsOnly_->setChecked(anyPairs);
    showRows();
}

void TimelineDock::showRows() {
    view_->setModel(pairsOnly_->isChecked() ? model_.markedOnly() : model_);
}

std::optional<int> TimelineDock::filteredDay() const {
    if (!filter_->isChecked() || !slider_->isEnabled()) {
        return std::nullopt;
    }
    return slider_->value();
}

void TimelineDock::dayMoved() {
    const bool active = slider_->isEnabled();
    const QString iso = QString::fromStdString(core::isoDate(slider_->value()));
    dayLabel_->setText(active ? iso : QString());
    view_->setDay(active ? std::optional(slider_->value()) : std::nullopt);
    emit dayFilterChanged(filteredDay() ? std::optional(iso) : std::nullopt);
}

}  // namespace gigamap::desktop

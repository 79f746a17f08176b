#pragma once

#include <QDockWidget>
#include <optional>

#include "timeline_model.h"

class QCheckBox;
class QLabel;
class QSlider;

namespace gigamap::core {
class Project;
}

namespace gigamap::desktop {

class TimelineView;

// The One Dig timeline: street works and planned ducts by street over time
// (TimelineView), with a day slider that shows on the map only what is
// active on that day, and bars that take the map to their feature.
class TimelineDock : public QDockWidget {
    Q_OBJECT

public:
    explicit TimelineDock(QWidget* parent = nullptr);

    // Reads the works and ducts again (after an import or an edit).
    void load(core::Project& project);
    void clear();
    // Outlines the bars in the pairs of a One Dig run.
    void mark(const core::OneDigResult& result);

    [[nodiscard]] TimelineView& view() const { return *view_; }
    [[nodiscard]] QSlider& slider() const { return *slider_; }
    [[nodiscard]] QCheckBox& filterBox() const { return *filter_; }
    [[nodiscard]] QCheckBox& pairsOnlyBox() const { return *pairsOnly_; }
    // The day the map shows, when it is filtered.
    [[nodiscard]] std::optional<int> filteredDay() const;

signals:
    // The map should show only what is active on this day (ISO), or everything.
    void dayFilterChanged(const std::optional<QString>& day);
    void barClicked(const gigamap::desktop::TimelineBar& bar);

private:
    void dayMoved();
    void showRows();

    TimelineView* view_;
    QSlider* slider_;
    QLabel* dayLabel_;
    QCheckBox* filter_;
    QCheckBox* pairsOnly_;
    TimelineModel model_;  // every street; the view may show fewer
};

}  // namespace gigamap::desktop

#pragma once

#include <QDockWidget>
#include <optional>

#include "timeline/timeline_model.h"

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

    // The project the timeline shows (nullptr: none). Its works and ducts are
    // read when the dock is first shown, not when the project opens.
    void setProject(core::Project* project);
    // The works or ducts changed (an import, an edit): read again now if shown,
    // else when next shown.
    void refresh();
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
    void failed(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void dayMoved();
    void showRows();

    TimelineView* view_;
    QSlider* slider_;
    QLabel* dayLabel_;
    QCheckBox* filter_;
    QCheckBox* pairsOnly_;
    core::Project* project_ = nullptr;
    bool stale_ = true;
    TimelineModel model_;  // every street; the view may show fewer
};

}  // namespace gigamap::desktop

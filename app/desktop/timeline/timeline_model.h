#pragma once

#include <QString>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gigamap/core/day_range.h"

namespace gigamap::core {
class Project;
struct OneDigResult;
}  // namespace gigamap::core

namespace gigamap::desktop {

// One bar of the One Dig timeline: a street work's dates or a planned duct's
// window, on its street's row; bars that overlap in time take separate lanes.
struct TimelineBar {
    enum class Kind { Work, Duct };
    Kind kind = Kind::Work;
    std::int64_t fid = 0;  // in street_works or ducts
    std::string key;       // work reference or duct ref
    QString label;         // promoter, or "duct <ref>"
    core::DayRange days;
    int lane = 0;
    bool opportunity = false;  // in a dig-once opportunity of the last One Dig run
    bool conflict = false;     // in a works conflict of the last One Dig run

    [[nodiscard]] const char* table() const {
        return kind == Kind::Work ? "street_works" : "ducts";
    }
};

// One street (USRN) of the timeline.
struct TimelineRow {
    std::optional<std::int64_t> usrn;  // none: works and ducts without a USRN
    QString street;
    std::vector<TimelineBar> bars;  // by start day
    int lanes = 1;
};

// What the One Dig timeline shows: the active street works with dates and the
// planned or proposed ducts with a planned window (the same features One Dig
// considers), grouped by USRN, streets in USRN order.
class TimelineModel {
public:
    [[nodiscard]] static TimelineModel load(core::Project& project);

    [[nodiscard]] const std::vector<TimelineRow>& rows() const { return rows_; }
    // From the first start to the last end; nothing when there are no bars.
    [[nodiscard]] std::optional<core::DayRange> span() const;
    // Flags the bars in the result's opportunities and conflicts.
    void mark(const core::OneDigResult& result);
    [[nodiscard]] bool hasMarks() const;
    // The streets with a flagged bar, all their bars kept.
    [[nodiscard]] TimelineModel markedOnly() const;

private:
    std::vector<TimelineRow> rows_;
};

}  // namespace gigamap::desktop

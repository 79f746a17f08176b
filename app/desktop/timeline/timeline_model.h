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

// The last day a planned duct's permit can be applied for and still dig with
// a street work (a dig-once opportunity's join-by day), and whether that day
// was already past when One Dig ran.
struct JoinByMark {
    int day = 0;
    bool missed = false;

    friend bool operator==(const JoinByMark&, const JoinByMark&) = default;
};

// One bar of the One Dig timeline: a street work's dates, a planned duct's
// window or a Section 58 restriction's dates, on its street's row; bars that
// overlap in time take separate lanes, restrictions above works and ducts.
struct TimelineBar {
    enum class Kind { Work, Duct, Restriction };
    Kind kind = Kind::Work;
    std::int64_t fid = 0;  // in street_works, ducts or restrictions
    std::string key;       // work reference, duct ref or restriction reference
    QString label;         // promoter, "planned duct <ref>" or "Section 58 …"
    core::DayRange days;
    int lane = 0;
    bool opportunity = false;  // in a dig-once opportunity of the last One Dig run
    bool conflict = false;     // in a works conflict of the last One Dig run
    // Restrictions: only proposed (status proposed, or kind proposed_s58), not
    // yet in force. Closed and cancelled restrictions block nothing and are
    // not on the timeline.
    bool proposed = false;
    // Planned ducts, after a One Dig run: the join-by days of their
    // opportunities, earliest first, one per day.
    std::vector<JoinByMark> joinBy;

    [[nodiscard]] const char* table() const {
        switch (kind) {
            case Kind::Work:
                return "street_works";
            case Kind::Duct:
                return "ducts";
            case Kind::Restriction:
                return "restrictions";
        }
        return "";
    }
};

// One street (USRN) of the timeline.
struct TimelineRow {
    std::optional<std::int64_t> usrn;  // none: works and ducts without a USRN
    QString street;
    std::vector<TimelineBar> bars;  // restrictions, then works and ducts, each by start day
    int lanes = 1;
};

// What the One Dig timeline shows: the active street works with dates, the
// planned or proposed ducts with a planned window and the Section 58
// restrictions (s58, s58a, proposed_s58) with dates that are not closed or
// cancelled (the same features One Dig considers), grouped by USRN, streets in
// USRN order.
class TimelineModel {
public:
    [[nodiscard]] static TimelineModel load(core::Project& project);

    [[nodiscard]] const std::vector<TimelineRow>& rows() const { return rows_; }
    // From the first start (or join-by day) to the last end; nothing when
    // there are no bars.
    [[nodiscard]] std::optional<core::DayRange> span() const;
    // Flags the bars in the result's opportunities and conflicts and gives the
    // ducts their opportunities' join-by days.
    void mark(const core::OneDigResult& result);
    [[nodiscard]] bool hasMarks() const;
    // The streets with a flagged bar, all their bars kept.
    [[nodiscard]] TimelineModel markedOnly() const;

private:
    std::vector<TimelineRow> rows_;
};

}  // namespace gigamap::desktop

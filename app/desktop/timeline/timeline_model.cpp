#include "timeline/timeline_model.h"

#include <fmt/format.h>

#include <QObject>
#include <algorithm>
#include <map>
#include <set>

#include "gigamap/core/one_dig.h"
#include "gigamap/core/project.h"
#include "gigamap/core/section_58.h"
#include "gigamap/core/sqlite_database.h"
#include "gigamap/core/sqlite_statement.h"

namespace gigamap::desktop {
namespace {

using Rows = std::map<std::optional<std::int64_t>, TimelineRow>;

std::optional<std::int64_t> usrnOf(const core::SqliteStatement& statement, int column) {
    return statement.isNull(column) ? std::nullopt : std::optional(statement.columnInt64(column));
}

TimelineBar makeBar(TimelineBar::Kind kind, std::int64_t fid, std::string key, QString label,
                    core::DayRange days) {
    TimelineBar bar;
    bar.kind = kind;
    bar.fid = fid;
    bar.key = std::move(key);
    bar.label = std::move(label);
    bar.days = days;
    return bar;
}

void readWorks(core::Project& project, Rows& rows) {
    auto statement = project.database().prepare(
        "SELECT fid, work_reference_number, usrn, street_name, promoter_organisation, "
        "start_date, end_date FROM street_works WHERE coalesce(is_active, 1) <> 0 ORDER BY fid");
    while (statement.step()) {
        const auto days = core::DayRange::fromIso(statement.columnText(5), statement.columnText(6));
        if (!days) {
            continue;
        }
        TimelineRow& row = rows[usrnOf(statement, 2)];
        if (row.street.isEmpty()) {
            row.street = QString::fromStdString(statement.columnText(3));
        }
        QString promoter = QString::fromStdString(statement.columnText(4));
        row.bars.push_back(
            makeBar(TimelineBar::Kind::Work, statement.columnInt64(0), statement.columnText(1),
                    promoter.isEmpty() ? QObject::tr("street work") : promoter, *days));
    }
}

void readDucts(core::Project& project, Rows& rows) {
    auto statement = project.database().prepare(
        "SELECT fid, ref, usrn, planned_start, planned_end FROM ducts "
        "WHERE status IN ('planned', 'proposed') ORDER BY fid");
    while (statement.step()) {
        const auto days = core::DayRange::fromIso(statement.columnText(3), statement.columnText(4));
        if (!days) {
            continue;
        }
        const std::string ref = statement.columnText(1);
        rows[usrnOf(statement, 2)].bars.push_back(
            makeBar(TimelineBar::Kind::Duct, statement.columnInt64(0), ref,
                    QObject::tr("planned duct %1").arg(QString::fromStdString(ref)), *days));
    }
}

QString restrictionLabel(const std::string& kind, bool proposed) {
    const QString section = kind == "s58a" ? QObject::tr("Section 58A") : QObject::tr("Section 58");
    return proposed ? QObject::tr("Proposed %1 restriction").arg(section)
                    : QObject::tr("%1 restriction").arg(section);
}

// The Section 58 restrictions that still restrict (or are proposed to).
void readRestrictions(core::Project& project, Rows& rows) {
    auto statement = project.database().prepare(fmt::format(
        "SELECT fid, coalesce(reference, ''), usrn, street_name, kind, {}, start_date, end_date "
        "FROM restrictions WHERE kind IN ('s58', 's58a', 'proposed_s58') AND {} ORDER BY fid",
        core::kSection58StatusSql, core::kSection58OpenSql));
    while (statement.step()) {
        const auto days = core::DayRange::fromIso(statement.columnText(6), statement.columnText(7));
        if (!days) {
            continue;
        }
        TimelineRow& row = rows[usrnOf(statement, 2)];
        if (row.street.isEmpty()) {
            row.street = QString::fromStdString(statement.columnText(3));
        }
        const std::string kind = statement.columnText(4);
        const bool proposed = core::section58IsProposed(kind, statement.columnText(5));
        TimelineBar bar = makeBar(TimelineBar::Kind::Restriction, statement.columnInt64(0),
                                  statement.columnText(1), restrictionLabel(kind, proposed), *days);
        bar.proposed = proposed;
        row.bars.push_back(std::move(bar));
    }
}

// Greedy interval partitioning: each bar takes the first lane free by its
// start, from lane `first` on; returns one past the last lane used.
int assignLanes(std::vector<TimelineBar>::iterator begin, std::vector<TimelineBar>::iterator end,
                int first) {
    std::stable_sort(begin, end, [](const TimelineBar& a, const TimelineBar& b) {
        return a.days.start < b.days.start;
    });
    std::vector<int> laneEnds;
    for (auto bar = begin; bar != end; ++bar) {
        const auto free =
            std::ranges::find_if(laneEnds, [&](int last) { return last < bar->days.start; });
        bar->lane = first + static_cast<int>(free - laneEnds.begin());
        if (free == laneEnds.end()) {
            laneEnds.push_back(bar->days.end);
        } else {
            *free = bar->days.end;
        }
    }
    return first + static_cast<int>(laneEnds.size());
}

// Restrictions in the top lanes, works and ducts below; returns the lanes.
int assignLanes(std::vector<TimelineBar>& bars) {
    const auto works = std::stable_partition(bars.begin(), bars.end(), [](const TimelineBar& b) {
        return b.kind == TimelineBar::Kind::Restriction;
    });
    const int restrictionLanes = assignLanes(bars.begin(), works, 0);
    return std::max(1, assignLanes(works, bars.end(), restrictionLanes));
}

}  // namespace

TimelineModel TimelineModel::load(core::Project& project) {
    Rows rows;
    readWorks(project, rows);
    readDucts(project, rows);
    readRestrictions(project, rows);
    TimelineModel model;
    for (auto& [usrn, row] : rows) {
        row.usrn = usrn;
        if (row.street.isEmpty()) {
            row.street = usrn ? QObject::tr("(street name unknown)") : QObject::tr("No USRN");
        }
        row.lanes = assignLanes(row.bars);
        model.rows_.push_back(std::move(row));
    }
    // std::map puts "no USRN" first; it belongs last.
    if (!model.rows_.empty() && !model.rows_.front().usrn) {
        std::rotate(model.rows_.begin(), model.rows_.begin() + 1, model.rows_.end());
    }
    return model;
}

std::optional<core::DayRange> TimelineModel::span() const {
    std::optional<core::DayRange> span;
    for (const auto& row : rows_) {
        for (const auto& bar : row.bars) {
            int start = bar.days.start;
            for (const auto& joinBy : bar.joinBy) {
                start = std::min(start, joinBy.day);
            }
            span = span ? core::DayRange{std::min(span->start, start),
                                         std::max(span->end, bar.days.end)}
                        : core::DayRange{start, bar.days.end};
        }
    }
    return span;
}

void TimelineModel::mark(const core::OneDigResult& result) {
    std::set<std::string> opportunityWorks;
    std::map<std::string, std::set<std::pair<int, bool>>> joinByOfDucts;
    std::set<std::string> conflictWorks;
    for (const auto& o : result.opportunities) {
        opportunityWorks.insert(o.workReference);
        joinByOfDucts[o.ductRef].emplace(o.joinBy, o.missed);
    }
    for (const auto& c : result.conflicts) {
        conflictWorks.insert(c.workReferenceA);
        conflictWorks.insert(c.workReferenceB);
    }
    for (auto& row : rows_) {
        for (auto& bar : row.bars) {
            bar.joinBy.clear();
            bar.opportunity = false;
            bar.conflict = false;
            if (bar.kind == TimelineBar::Kind::Work) {
                bar.opportunity = opportunityWorks.contains(bar.key);
                bar.conflict = conflictWorks.contains(bar.key);
            } else if (bar.kind == TimelineBar::Kind::Duct) {
                if (const auto it = joinByOfDucts.find(bar.key); it != joinByOfDucts.end()) {
                    bar.opportunity = true;
                    for (const auto& [day, missed] : it->second) {
                        // Opportunities of one run share its date, so a day is missed or not.
                        if (bar.joinBy.empty() || bar.joinBy.back().day != day) {
                            bar.joinBy.push_back({day, missed});
                        }
                    }
                }
            }
        }
    }
}

namespace {

bool isMarked(const TimelineRow& row) {
    return std::ranges::any_of(
        row.bars, [](const TimelineBar& bar) { return bar.opportunity || bar.conflict; });
}

}  // namespace

bool TimelineModel::hasMarks() const {
    return std::ranges::any_of(rows_, isMarked);
}

TimelineModel TimelineModel::markedOnly() const {
    TimelineModel marked;
    std::ranges::copy_if(rows_, std::back_inserter(marked.rows_), isMarked);
    return marked;
}

}  // namespace gigamap::desktop

#include "timeline/timeline_model.h"

#include <QObject>
#include <algorithm>
#include <map>
#include <set>

#include "gigamap/core/one_dig.h"
#include "gigamap/core/project.h"
#include "gigamap/core/sqlite_database.h"
#include "gigamap/core/sqlite_statement.h"

namespace gigamap::desktop {
namespace {

using Rows = std::map<std::optional<std::int64_t>, TimelineRow>;

std::optional<std::int64_t> usrnOf(const core::SqliteStatement& statement, int column) {
    return statement.isNull(column) ? std::nullopt : std::optional(statement.columnInt64(column));
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
        row.bars.push_back({TimelineBar::Kind::Work, statement.columnInt64(0),
                            statement.columnText(1),
                            promoter.isEmpty() ? QObject::tr("street work") : promoter, *days});
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
            {TimelineBar::Kind::Duct, statement.columnInt64(0), ref,
             QObject::tr("planned duct %1").arg(QString::fromStdString(ref)), *days});
    }
}

// Greedy interval partitioning: each bar takes the first lane free by its start.
int assignLanes(std::vector<TimelineBar>& bars) {
    std::ranges::stable_sort(bars, {}, [](const TimelineBar& bar) { return bar.days.start; });
    std::vector<int> laneEnds;
    for (auto& bar : bars) {
        const auto free =
            std::ranges::find_if(laneEnds, [&](int end) { return end < bar.days.start; });
        bar.lane = static_cast<int>(free - laneEnds.begin());
        if (free == laneEnds.end()) {
            laneEnds.push_back(bar.days.end);
        } else {
            *free = bar.days.end;
        }
    }
    return std::max(1, static_cast<int>(laneEnds.size()));
}

}  // namespace

TimelineModel TimelineModel::load(core::Project& project) {
    Rows rows;
    readWorks(project, rows);
    readDucts(project, rows);
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
            span = span ? core::DayRange{std::min(span->start, bar.days.start),
                                         std::max(span->end, bar.days.end)}
                        : bar.days;
        }
    }
    return span;
}

void TimelineModel::mark(const core::OneDigResult& result) {
    std::set<std::string> opportunityWorks;
    std::set<std::string> opportunityDucts;
    std::set<std::string> conflictWorks;
    for (const auto& o : result.opportunities) {
        opportunityWorks.insert(o.workReference);
        opportunityDucts.insert(o.ductRef);
    }
    for (const auto& c : result.conflicts) {
        conflictWorks.insert(c.workReferenceA);
        conflictWorks.insert(c.workReferenceB);
    }
    for (auto& row : rows_) {
        for (auto& bar : row.bars) {
            const bool work = bar.kind == TimelineBar::Kind::Work;
            bar.opportunity = (work ? opportunityWorks : opportunityDucts).contains(bar.key);
            bar.conflict = work && conflictWorks.contains(bar.key);
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

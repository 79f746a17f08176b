#include "gigamap/core/edit_conflict.h"

#include <fmt/format.h>

#include <algorithm>

namespace gigamap::core {
namespace {

std::string describe(const std::string& project, const std::vector<RowConflict>& conflicts) {
    std::string rows;
    for (const auto& conflict : conflicts) {
        rows += fmt::format("{}{} {} ({} by {})", rows.empty() ? "" : "; ", conflict.table,
                            conflict.fid, conflict.theirs ? "changed" : "deleted",
                            conflict.changedBy.empty() ? "someone else" : conflict.changedBy);
    }
    return fmt::format(
        "{}: this edit was not saved, because {} it changes {} been changed since it was read "
        "({}); nothing was written",
        project, conflicts.size() == 1 ? "a feature" : "features",
        conflicts.size() == 1 ? "has" : "have", rows);
}

// My edit (read -> mine) made again on their row: what I changed is mine, the rest theirs.
Feature reapplied(const Feature& read, const Feature& mine, const Feature& theirs) {
    Feature merged = theirs;
    for (const auto& [name, value] : mine.attributes) {
        if (read.attribute(name) != value) {
            merged.attributes[name] = value;
        }
    }
    if (read.geometry != mine.geometry) {
        merged.geometry = mine.geometry;
    }
    return merged;
}

}  // namespace

EditConflict::EditConflict(const std::string& project, std::vector<RowConflict> conflicts)
    : StoreError(describe(project, conflicts)), conflicts_(std::move(conflicts)) {}

ChangeSet keepMine(const ChangeSet& changes, const EditConflict& conflict) {
    ChangeSet rebased;
    rebased.reserve(changes.size());
    for (const FeatureChange& change : changes) {
        const auto& rows = conflict.conflicts();
        const auto found = std::find_if(rows.begin(), rows.end(), [&](const RowConflict& row) {
            return row.table == change.table && row.fid == change.fid();
        });
        if (found == rows.end()) {
            rebased.push_back(change);
            continue;
        }
        switch (change.action()) {
            case FeatureChange::Action::Insert: {
                FeatureChange inserted = change;
                inserted.after->fid = 0;  // the fid is theirs now
                rebased.push_back(std::move(inserted));
                break;
            }
            case FeatureChange::Action::Update:
                if (found->theirs) {
                    rebased.push_back({change.table, found->theirs,
                                       reapplied(*change.before, *change.after, *found->theirs)});
                } else {
                    rebased.push_back({change.table, std::nullopt, change.after});
                }
                break;
            case FeatureChange::Action::Delete:
                if (found->theirs) {
                    rebased.push_back({change.table, found->theirs, std::nullopt});
                }
                break;
        }
    }
    return rebased;
}

}  // namespace gigamap::core

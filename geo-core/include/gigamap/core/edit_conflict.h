#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gigamap/core/error.h"
#include "gigamap/core/feature_change.h"

namespace gigamap::core {

// One row an edit could not change because someone else committed first.
struct RowConflict {
    std::string table;
    std::int64_t fid = 0;
    // The row as this edit read it (nothing for an insert of a fid).
    std::optional<Feature> read;
    // The row as this edit would make it (nothing for a delete): mine.
    std::optional<Feature> mine;
    // The row as it is now, committed by someone else, at its current row
    // version (nothing when they deleted it): theirs.
    std::optional<Feature> theirs;
    // The database role of the last edit_log entry of the row (who made theirs).
    std::string changedBy;
};

// An edit of a server project that wrote nothing, because rows it touches are
// no longer at the version it read. Carries mine and theirs for each of them.
class EditConflict : public StoreError {
public:
    EditConflict(const std::string& project, std::vector<RowConflict> conflicts);

    [[nodiscard]] const std::vector<RowConflict>& conflicts() const { return conflicts_; }

private:
    std::vector<RowConflict> conflicts_;
};

// "Keep mine": `changes` re-applied on the rows as they are now, so applying
// the result commits my edit at a new row version. For each conflicting row
// the fields and geometry my edit changed (mine differs from what it read) are
// mine, the rest stay theirs; where we both changed the same, mine wins. A row
// they deleted is inserted again (mine, under its fid) when I updated it and
// left alone when I deleted it too; an insert of a fid they took gets a new fid.
// "Take theirs" is simply not applying `changes`.
[[nodiscard]] ChangeSet keepMine(const ChangeSet& changes, const EditConflict& conflict);

}  // namespace gigamap::core

#pragma once

#include <memory>

#include "gigamap/core/feature_change.h"

namespace gigamap::core {

class PostgisProject;
class PostgisRows;

// Where edits of a server project land, with several editors at once
// (optimistic concurrency). A change set (NetworkEditor's, read through a
// PostgisFeatureLookup, so every before carries the row version it was read
// at) is applied in one transaction that first locks every row it touches and
// checks that each is still at that version; if any is not, nothing is written
// and EditConflict carries mine and theirs for each such row. Otherwise every
// change is written (each update moves the row's version on), one edit_log
// row per feature records the database role (current_user), the server's time,
// the action, before and after, and a change notice per layer goes out on
// commit (publishChange). Undo is apply(inverted(applied)): the same check.
class PostgisEditJournal {
public:
    explicit PostgisEditJournal(PostgisProject& project);
    ~PostgisEditJournal();
    PostgisEditJournal(const PostgisEditJournal&) = delete;
    PostgisEditJournal& operator=(const PostgisEditJournal&) = delete;

    // Applies `changes` and returns them as stored: inserted features with their
    // new fids, every after state read back with its new row version. Throws
    // EditConflict (nothing written), StoreError with a plain sentence when the
    // project is read-only for this role, StoreError for the server's refusals.
    ChangeSet apply(const ChangeSet& changes);

private:
    PostgisProject& project_;
    std::unique_ptr<PostgisRows> rows_;
};

}  // namespace gigamap::core

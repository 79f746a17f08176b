#pragma once

#include <string>

#include "gigamap/core/feature_change.h"

namespace gigamap::core {

class Project;

// Where every edit of the network lands: a change set is applied to the
// project in one transaction together with one `edit_log` row per changed
// feature (who, when, table, fid, action, before and after as featureJson()).
// Either all of it is committed or none, so a killed process loses at most the
// edit it was making. Before changing a row it checks that the row is still
// as the change expects, so an undo never overwrites someone else's edit.
class EditJournal {
public:
    EditJournal(Project& project, std::string user);

    // Applies `changes` and returns them as stored: inserted features carry
    // their new fids and every after state is the row read back from the store
    // (so its inverse undoes it exactly). Throws StoreError, rolling back
    // everything, when a row is not as expected or the project is read-only.
    ChangeSet apply(const ChangeSet& changes);

    [[nodiscard]] const std::string& user() const { return user_; }

private:
    Project& project_;
    std::string user_;
};

}  // namespace gigamap::core

#pragma once

#include <string>

#include "gigamap/core/coordinate.h"
#include "gigamap/core/postgis_project.h"

namespace gigamap::test {

// Chamber i (1-based, fid i, ref "C<i>") of makeNetwork's row.
[[nodiscard]] core::Coordinate chamberAt(int i);

// A duct network on a server project, made through the edit path itself
// (NetworkEditor and PostgisEditJournal, so the edit log starts with it):
// chambers C1..Cn in a row 100 m apart and ducts D1..D(n-1), duct Di from Ci
// to C(i+1) (fid i, from_chamber and to_chamber their refs).
void makeNetwork(core::PostgisProject& project, int chambers);

// Replays the project's edit_log in order from an empty project, checking that
// each entry's before is exactly the row as the entries until then left it
// (so no edit was made on a row someone else had changed: none lost), and
// expects every row of the chambers and ducts layers to equal the replay's end
// (fields, geometry bytes and row version). The number of log entries replayed.
int expectRowsEqualEditLogReplay(core::PostgisProject& project);

// The number of rows in the project's edit_log.
[[nodiscard]] int editLogRows(core::PostgisProject& project);

}  // namespace gigamap::test

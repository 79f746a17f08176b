#pragma once

#include <string_view>

namespace gigamap::core {

// Every layer table of a server project has this bigint column after its
// geometry: 1 when a row is inserted (by gigamap, an import, COPY or QGIS) and
// one more on every UPDATE, whoever makes it (a trigger on the table does it,
// so no writer can forget). An edit reads it and commits only if the row is
// still at it (PostgisEditJournal). Project files have no row versions: a copy
// to a file leaves the column out and a copy to the server starts every row at 1.
inline constexpr std::string_view kRowVersionColumn = "row_version";

}  // namespace gigamap::core

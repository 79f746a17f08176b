#pragma once

#include <string>
#include <string_view>

namespace gigamap::importers {

// gigamap's one rule for text that is not UTF-8. A project stores UTF-8 only;
// sources are read as UTF-8, and a value that is not valid UTF-8 is read as
// Windows-1252 (the superset of Latin-1 that UK public-sector CSVs written by
// Excel use) and transcoded, so "Lancaster Caf\xE9" is stored as "Lancaster Café".
// Every byte is a character in Windows-1252 (the five it leaves undefined map to
// the C1 controls, as in Latin-1), so no value is lost.

[[nodiscard]] bool isUtf8(std::string_view text);
// `text` itself when it is UTF-8, else its Windows-1252 reading in UTF-8.
[[nodiscard]] std::string utf8FromWindows1252(std::string_view text);

}  // namespace gigamap::importers

#pragma once

#include <map>
#include <string>
#include <vector>

namespace gigamap::cli {

// "field=value" arguments (--map, --set, --where) as a map; a malformed one is
// a usage error (CLI::ValidationError) naming the option.
std::map<std::string, std::string> fieldPairs(const std::vector<std::string>& items,
                                              const char* option);

}  // namespace gigamap::cli

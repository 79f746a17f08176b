#include "field_pairs.h"

#include <CLI/CLI.hpp>

namespace gigamap::cli {

std::map<std::string, std::string> fieldPairs(const std::vector<std::string>& items,
                                              const char* option) {
    std::map<std::string, std::string> result;
    for (const auto& item : items) {
        const auto equals = item.find('=');
        if (equals == std::string::npos || equals == 0) {
            throw CLI::ValidationError(option, "expected FIELD=VALUE, got '" + item + "'");
        }
        result[item.substr(0, equals)] = item.substr(equals + 1);
    }
    return result;
}

}  // namespace gigamap::cli

#pragma once

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace gigamap::cli {

// Prints a --json summary. JSON is UTF-8: text that is not (a project path or
// name in Latin-1) is written with U+FFFD for the bytes it cannot encode,
// instead of failing the command after its work is done.
inline void printJson(const nlohmann::json& json) {
    fmt::print("{}\n", json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace gigamap::cli

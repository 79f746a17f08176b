#pragma once

#include <exception>

namespace gigamap::cli {

// gigamap-cli's exit codes (docs/design.md, The command line).
enum class ExitCode : int {
    Done = 0,
    Usage = 1,     // the command line itself is wrong
    BadInput = 2,  // a file, format, CRS or data problem the user can fix
    Internal = 3,  // a bug or an environment failure
};

// Maps an error that reached main to its exit code.
[[nodiscard]] ExitCode exitCodeFor(const std::exception& error);

}  // namespace gigamap::cli

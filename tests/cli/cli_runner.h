#pragma once

#include <string>
#include <vector>

namespace gigamap::test {

// What a run of the built gigamap-cli printed and how it exited.
struct CliResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs gigamap-cli with `args` (no shell involved) and waits for it.
CliResult runCli(const std::vector<std::string>& args);

}  // namespace gigamap::test

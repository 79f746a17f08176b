#pragma once

#include <string>

namespace CLI {  // NOLINT(readability-identifier-naming): CLI11's own name
class App;
}

namespace gigamap::cli {

// `gigamap-cli copy SOURCE DEST [--overwrite]`: copies a whole project between
// a file and a PostgreSQL schema, either way, in one transaction.
class CopyCommand {
public:
    explicit CopyCommand(CLI::App& parent);

private:
    void run() const;

    std::string source_;
    std::string destination_;
    bool overwrite_ = false;
};

}  // namespace gigamap::cli

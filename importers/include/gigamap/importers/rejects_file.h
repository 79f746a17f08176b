#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string_view>

namespace gigamap::importers {

// The CSV of rows an import refused: file, line (or feature number), field,
// reason and the offending value. Created on the first reject only.
class RejectsFile {
public:
    explicit RejectsFile(std::filesystem::path path);

    void add(const std::filesystem::path& source, std::int64_t line, std::string_view field,
             std::string_view reason, std::string_view value);
    [[nodiscard]] std::int64_t count() const { return count_; }
    // The file's path when something was rejected, otherwise empty.
    [[nodiscard]] std::filesystem::path writtenPath() const;

private:
    std::filesystem::path path_;
    std::ofstream out_;
    std::int64_t count_ = 0;
};

// The default rejects file of an import: beside the project, named after it and the kind.
[[nodiscard]] std::filesystem::path defaultRejectsPath(const std::filesystem::path& project,
                                                       std::string_view kind);

}  // namespace gigamap::importers

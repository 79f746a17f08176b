#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string_view>

namespace gigamap::core {
class AtomicFile;
}

namespace gigamap::importers {

// The CSV of rows an import refused: file, line (or feature number), field,
// reason and the offending value. Written beside its place from the first
// reject on and put in place by commit() once the import has committed, so an
// import that is refused or cancelled leaves no rejects file; a full disk is
// an ExportError from close(), before the import commits.
class RejectsFile {
public:
    explicit RejectsFile(std::filesystem::path path);
    RejectsFile(const RejectsFile&) = delete;
    RejectsFile& operator=(const RejectsFile&) = delete;
    ~RejectsFile();

    void add(const std::filesystem::path& source, std::int64_t line, std::string_view field,
             std::string_view reason, std::string_view value);
    [[nodiscard]] std::int64_t count() const { return count_; }
    // Finishes writing and flushes the file to the disk; throws ExportError when it cannot.
    void close();
    // Puts the written file in place (closing it first if needed).
    void commit();
    // The file's path when something was rejected and committed, otherwise empty.
    [[nodiscard]] std::filesystem::path writtenPath() const;

private:
    std::filesystem::path path_;
    std::unique_ptr<core::AtomicFile> output_;
    std::ofstream out_;
    std::int64_t count_ = 0;
    bool committed_ = false;
};

// The default rejects file of an import: beside the project, named after it and the kind.
[[nodiscard]] std::filesystem::path defaultRejectsPath(const std::filesystem::path& project,
                                                       std::string_view kind);

}  // namespace gigamap::importers

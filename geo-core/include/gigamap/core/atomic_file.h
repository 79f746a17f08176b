#pragma once

#include <filesystem>
#include <string_view>

namespace gigamap::core {

// An output file that appears complete or not at all: it is written beside
// its target (partial()) and renamed over it by commit(); if commit() is never
// reached (an error, a cancel), the partial file is removed. Before the rename
// the partial file is flushed to the disk (fsync), so a full disk or a failing
// device is an ExportError instead of a truncated file at the target.
class AtomicFile {
public:
    explicit AtomicFile(std::filesystem::path target);
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    ~AtomicFile();

    // Where to write: the target's name with ".partial" before its extension.
    [[nodiscard]] const std::filesystem::path& partial() const { return partial_; }
    [[nodiscard]] const std::filesystem::path& target() const { return target_; }
    // Flushes the partial file to the disk; throws ExportError naming the target
    // (and saying the disk is full when it is). commit() does it when not done.
    void sync();
    // Puts the written file in place; throws ExportError naming the target.
    void commit();
    // Checks that the partial file ends with `trailer` (a PDF's "%%EOF"), for
    // writers that do not report a failed write (QPdfWriter): on a full disk
    // their file is cut short. Throws ExportError naming the target.
    void requireEnding(std::string_view trailer) const;

private:
    std::filesystem::path target_;
    std::filesystem::path partial_;
    bool synced_ = false;
    bool committed_ = false;
};

// The ExportError for an output that could not be written, saying why: the
// errno of the failure, or (0) the disk being full when its folder has no room left.
[[noreturn]] void throwCannotWrite(const std::filesystem::path& target, int error);

// Flushes a written file to the disk (fsync); throws ExportError naming `target`.
void syncToDisk(const std::filesystem::path& written, const std::filesystem::path& target);

}  // namespace gigamap::core

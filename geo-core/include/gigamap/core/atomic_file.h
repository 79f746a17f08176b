#pragma once

#include <filesystem>

namespace gigamap::core {

// An output file that appears complete or not at all: it is written beside
// its target (partial()) and renamed over it by commit(); if commit() is never
// reached (an error, a cancel), the partial file is removed.
class AtomicFile {
public:
    explicit AtomicFile(std::filesystem::path target);
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    ~AtomicFile();

    // Where to write: the target's name with ".partial" before its extension.
    [[nodiscard]] const std::filesystem::path& partial() const { return partial_; }
    // Puts the written file in place; throws ExportError naming the target.
    void commit();

private:
    std::filesystem::path target_;
    std::filesystem::path partial_;
    bool committed_ = false;
};

}  // namespace gigamap::core

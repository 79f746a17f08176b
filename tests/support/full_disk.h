#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "support/temp_dir.h"

namespace gigamap::test {

// A folder on a tiny file system that is already full (a 64 KiB tmpfs filled
// to the last block), to prove an output that meets a full disk fails cleanly.
// Mounting needs root (CAP_SYS_ADMIN); available() is false otherwise and
// why() says so, for GTEST_SKIP.
class FullDisk {
public:
    FullDisk();
    FullDisk(const FullDisk&) = delete;
    FullDisk& operator=(const FullDisk&) = delete;
    ~FullDisk();

    [[nodiscard]] bool available() const { return mounted_; }
    [[nodiscard]] const std::string& why() const { return why_; }
    [[nodiscard]] std::filesystem::path file(const std::string& name) const {
        return dir_.path() / name;
    }
    // The names in the folder other than the filler, to prove nothing was left behind.
    [[nodiscard]] std::string leftovers() const;

private:
    TempDir dir_;
    bool mounted_ = false;
    std::string why_;
};

// A folder on its own small file system (a tmpfs) that can be made read-only
// after files are put in it, as a USB stick or a network share mounted
// read-only would be. Needs root, like FullDisk.
class ReadOnlyFolder {
public:
    ReadOnlyFolder();
    ReadOnlyFolder(const ReadOnlyFolder&) = delete;
    ReadOnlyFolder& operator=(const ReadOnlyFolder&) = delete;
    ~ReadOnlyFolder();

    [[nodiscard]] bool available() const { return mounted_; }
    [[nodiscard]] const std::string& why() const { return why_; }
    [[nodiscard]] std::filesystem::path file(const std::string& name) const {
        return dir_.path() / name;
    }
    // Remounts the file system read-only; false if that failed.
    bool makeReadOnly();

private:
    TempDir dir_;
    bool mounted_ = false;
    std::string why_;
};

}  // namespace gigamap::test

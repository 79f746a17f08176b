#pragma once

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

#include "gigamap/core/project.h"

namespace gigamap::fuzz {

// A private folder in shared memory (fsync is free there) holding one project
// that every input of a run imports into, created once per process.
class FuzzFolder {
public:
    static FuzzFolder& instance() {
        static FuzzFolder folder;
        return folder;
    }

    [[nodiscard]] std::filesystem::path file(const std::string& name) const { return path_ / name; }

    // Writes one fuzz input as a file of that name and returns its path.
    [[nodiscard]] std::filesystem::path write(const std::string& name, const std::uint8_t* data,
                                              std::size_t size) const {
        const auto path = file(name);
        std::ofstream(path, std::ios::binary | std::ios::trunc)
            .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
        return path;
    }

    // The run's project, made on first use.
    core::Project& project() {
        if (!project_) {
            project_.emplace(core::Project::create(file("fuzz.sqlite"), {"fuzz", "EPSG:27700"}));
        }
        return *project_;
    }

    FuzzFolder(const FuzzFolder&) = delete;
    FuzzFolder& operator=(const FuzzFolder&) = delete;
    ~FuzzFolder() {
        project_.reset();
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }

private:
    FuzzFolder() {
        const std::filesystem::path base = std::filesystem::exists("/dev/shm")
                                               ? "/dev/shm"
                                               : std::filesystem::temp_directory_path();
        path_ = base / ("gigamap-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(path_);
    }

    std::filesystem::path path_;
    std::optional<core::Project> project_;
};

}  // namespace gigamap::fuzz

#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

namespace gigamap::importers {

// From this size on, an import sets SpatiaLite's per-row triggers aside and
// does their work once at the end (core::SpatialIndexSuspension).
inline constexpr std::uintmax_t kBulkBytes = 4U << 20U;

// The total size of the files (unreadable ones count as empty).
[[nodiscard]] inline std::uintmax_t totalBytes(const std::vector<std::filesystem::path>& files) {
    std::uintmax_t total = 0;
    for (const auto& file : files) {
        std::error_code ec;
        const auto size = std::filesystem::file_size(file, ec);
        total += ec ? 0 : size;
    }
    return total;
}

}  // namespace gigamap::importers

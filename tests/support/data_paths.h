#pragma once

#include <filesystem>

namespace gigamap::test {

// The suite's own fixtures (tests/data).
inline std::filesystem::path testData(const std::string& name) {
    return std::filesystem::path(GIGAMAP_TEST_DATA_DIR) / name;
}

// The real open data bundled with the sample project (sample-data/sources).
inline std::filesystem::path sampleSource(const std::string& name) {
    return std::filesystem::path(GIGAMAP_SAMPLE_SOURCES_DIR) / name;
}

// The shared real data beside the checkout (../shared/data/real), which may be absent.
inline std::filesystem::path sharedData(const std::string& name) {
    return std::filesystem::path(GIGAMAP_SHARED_DATA_DIR) / name;
}

}  // namespace gigamap::test

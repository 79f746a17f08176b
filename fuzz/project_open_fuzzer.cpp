// The project-file opener: any bytes given as a project are opened read-only
// and, if they open, summarised as `info` does; a file that is not a project
// is refused with a core::Error.
#include <cstddef>
#include <cstdint>

#include "fuzz_input.h"
#include "gigamap/core/error.h"
#include "gigamap/core/project.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto& folder = gigamap::fuzz::FuzzFolder::instance();
    const auto file = folder.write("candidate.sqlite", data, size);
    try {
        auto project = gigamap::core::Project::open(file, gigamap::core::Project::Access::ReadOnly);
        (void)project.meta();
        (void)project.layerSummaries();
    } catch (const gigamap::core::Error&) {
        // Not a project (or not one this gigamap can read).
    }
    return 0;
}

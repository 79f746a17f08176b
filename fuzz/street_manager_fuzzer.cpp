// Street Manager open data through StreetManagerImporter (its public entry
// point, so the reader behind it can change): the first byte chooses the file
// name the reader sees (.json for objects, arrays and SNS envelopes, .jsonl
// for JSON Lines, .csv for the archive), the rest is the file.
#include <array>
#include <cstddef>
#include <cstdint>

#include "fuzz_input.h"
#include "gigamap/core/error.h"
#include "gigamap/importers/street_manager_importer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    static const std::array<const char*, 3> kNames{"events.json", "events.jsonl", "archive.csv"};
    auto& folder = gigamap::fuzz::FuzzFolder::instance();
    const auto file = folder.write(kNames[data[0] % kNames.size()], data + 1, size - 1);
    try {
        (void)gigamap::importers::StreetManagerImporter(
            folder.project(), {.source = {.rejectsFile = folder.file("rejects.csv")}})
            .importPaths({file});
    } catch (const gigamap::core::Error&) {
        // A refused file.
    }
    return 0;
}

// Ofcom Connected Nations CSVs: the first byte chooses the fixed (postcode or
// local-authority level) or the mobile importer, the rest is the file.
#include <cstddef>
#include <cstdint>

#include "fuzz_input.h"
#include "gigamap/core/error.h"
#include "gigamap/importers/ofcom_fixed_importer.h"
#include "gigamap/importers/ofcom_mobile_importer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    auto& folder = gigamap::fuzz::FuzzFolder::instance();
    const bool mobile = (data[0] & 1U) != 0;
    // The fixed importer reads the vintage from an Ofcom-style file name.
    const auto file =
        folder.write(mobile ? "mobile.csv" : "202305_fixed_pc_coverage.csv", data + 1, size - 1);
    const gigamap::importers::SourceOptions source{.rejectsFile = folder.file("rejects.csv")};
    try {
        if (mobile) {
            (void)gigamap::importers::OfcomMobileImporter(folder.project(), {.source = source})
                .importFiles({file});
        } else {
            (void)gigamap::importers::OfcomFixedImporter(
                folder.project(), {.source = source, .district = "E07000121"})
                .importFiles({file});
        }
    } catch (const gigamap::core::Error&) {
        // A refused file.
    }
    return 0;
}

// Code-Point Open and ONSPD-style CSV through CodePointImporter: any bytes are
// either imported (good rows stored, bad rows listed) or refused with a
// core::Error naming the file; nothing else may happen.
#include <cstddef>
#include <cstdint>

#include "fuzz_input.h"
#include "gigamap/core/error.h"
#include "gigamap/importers/codepoint_importer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto& folder = gigamap::fuzz::FuzzFolder::instance();
    const auto file = folder.write("codepoint.csv", data, size);
    try {
        gigamap::importers::CodePointImporter importer(
            folder.project(), {.source = {.rejectsFile = folder.file("rejects.csv")}});
        (void)importer.importFiles({file});
    } catch (const gigamap::core::Error&) {
        // A refused file: the documented outcome for input that is not Code-Point.
    }
    return 0;
}

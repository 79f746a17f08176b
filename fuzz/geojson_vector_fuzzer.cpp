// GeoJSON through VectorImporter (GDAL's reader, then gigamap's geometry
// checks: NaN, curves, rings GEOS refuses, area of use) into street_works,
// which takes any geometry type.
#include <cstddef>
#include <cstdint>

#include "fuzz_input.h"
#include "gigamap/core/error.h"
#include "gigamap/importers/vector_importer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto& folder = gigamap::fuzz::FuzzFolder::instance();
    const auto file = folder.write("features.geojson", data, size);
    gigamap::importers::VectorOptions options;
    options.table = "street_works";
    options.source.rejectsFile = folder.file("rejects.csv");
    try {
        (void)gigamap::importers::VectorImporter(folder.project(), options).importFile(file);
    } catch (const gigamap::core::Error&) {
        // A refused file.
    }
    return 0;
}

// WKT and WKB input through geo-core's GEOS wrapper and the store's own
// checks: the first byte chooses WKT or WKB; whatever parses is written back
// as WKB, walked for non-finite coordinates and stored in a layer of any type.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_input.h"
#include "gigamap/core/error.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/finite_coordinates.h"
#include "gigamap/core/geometry.h"
#include "gigamap/core/geos_context.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    static gigamap::core::GeosContext geos;
    auto& folder = gigamap::fuzz::FuzzFolder::instance();
    const bool wkt = (data[0] & 1U) != 0;
    const gigamap::core::Wkb bytes(data + 1, data + size);
    try {
        const gigamap::core::Geometry geometry =
            wkt ? geos.readWkt(std::string(bytes.begin(), bytes.end())) : geos.readWkb(bytes);
        const auto written = geos.writeWkb(geometry);
        (void)gigamap::core::hasFiniteCoordinates(written);
        (void)geometry.isValid();
        auto& works = folder.project().layer("street_works");
        const auto fid = works.insert({0, {}, written});
        works.remove(fid);
    } catch (const gigamap::core::Error&) {
        // Not a geometry, or one the store refuses.
    }
    (void)gigamap::core::hasFiniteCoordinates(bytes);  // the walker on raw, hostile bytes
    return 0;
}

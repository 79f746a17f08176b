#include "ofcom_generator.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <stdexcept>

#include "gigamap/core/feature_table.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/project.h"
#include "lancaster_places.h"
#include "road_network.h"

namespace gigamap::sample {
namespace {

// Ofcom's 2023 layout after laua,laua_name.
constexpr const char* kColumns =
    "All Premises,All Matched Premises,SFBB availability (% premises),UFBB (100Mbit/s) "
    "availability "
    "(% premises),UFBB availability (% premises),Full Fibre availability (% premises),Gigabit "
    "availability (% premises),% of premises unable to receive 2Mbit/s,% of premises unable to "
    "receive 5Mbit/s,% of premises unable to receive 10Mbit/s,% of premises unable to receive "
    "30Mbit/s,% of premises below the USO,% of premises with NGA,% of premises able to receive "
    "decent broadband from FWA";

double percent(double value) {
    return std::round(std::clamp(value, 0.0, 100.0) * 10.0) / 10.0;
}

}  // namespace

void writeOfcomPostcodeCsv(core::Project& project, DeterministicRandom& random,
                           const std::filesystem::path& file) {
    std::ofstream out(file);
    if (!out) {
        throw std::runtime_error("cannot write " + file.string());
    }
    out << "postcode,postcode_space,postcode area," << kColumns << '\n';
    auto& postcodes = project.layer("postcodes");
    const core::GeosContext geos;
    const auto extent = postcodes.extent();
    if (!extent) {
        return;
    }
    for (const auto fid : postcodes.idsInBox(*extent)) {
        const auto feature = postcodes.read(fid);
        const auto* postcode = std::get_if<std::string>(&feature->attribute("postcode"));
        if (postcode == nullptr || feature->geometry.empty()) {
            continue;
        }
        const auto where = geos.readWkb(feature->geometry).coordinates().front();
        // 1 in the city centre, towards 0 in the countryside.
        const double urban = std::exp(-distance(where, LancasterPlaces::daltonSquare) / 3500.0);
        const double rural = 1.0 - urban;
        const int premises = random.integer(4, 45);
        const double gigabit = percent(100.0 * (0.12 + 0.8 * urban) + random.between(-15, 15));
        const double fullFibre = percent(gigabit - random.between(0, 12));
        const double ufbb =
            percent(std::max(gigabit, 100.0 * (0.35 + 0.6 * urban)) + random.between(-8, 5));
        const double sfbb =
            percent(std::max(ufbb, 100.0 - 28.0 * rural * rural + random.between(-6, 3)));
        const double unable30 = percent(100.0 - sfbb);
        const double unable10 = percent(unable30 * random.between(0.2, 0.6));
        const double unable5 = percent(unable10 * random.between(0.3, 0.8));
        const double unable2 = percent(unable5 * random.between(0.1, 0.6));
        const double belowUso = percent(unable10 * random.between(0.5, 0.9));
        std::string compact = *postcode;
        compact.erase(std::remove(compact.begin(), compact.end(), ' '), compact.end());
        const std::string area = postcode->substr(0, postcode->find_first_of("0123456789"));
        out << fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n", compact,
                           *postcode, area, premises, premises, sfbb, ufbb, ufbb, fullFibre,
                           gigabit, unable2, unable5, unable10, unable30, belowUso,
                           percent(sfbb + random.between(0, 3)), percent(rural * 40.0));
    }
}

}  // namespace gigamap::sample

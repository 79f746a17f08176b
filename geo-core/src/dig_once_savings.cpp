#include "gigamap/core/dig_once_savings.h"

#include <algorithm>

#include "gigamap/core/cost_model.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/geometry.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/one_dig.h"
#include "gigamap/core/project.h"

namespace gigamap::core {
namespace {

std::string textOf(const Feature& feature, const std::string& field) {
    const auto* text = std::get_if<std::string>(&feature.attribute(field));
    return text != nullptr ? *text : std::string();
}

}  // namespace

DigOnceSavingsResult digOnceSavings(Project& project,
                                    const std::vector<DigOpportunity>& opportunities,
                                    double distance, const CostModel& costs) {
    const GeosContext geos;
    const double shared = costs.rate("shared_dig").pounds;
    DigOnceSavingsResult result;
    for (const auto& opportunity : opportunities) {
        const auto duct = project.layer("ducts").readByKey("ref", opportunity.ductRef);
        const auto work = project.layer("street_works")
                              .readByKey("work_reference_number", opportunity.workReference);
        DigOnceSaving saving{opportunity, "unknown", 0.0, 0.0};
        if (duct && work && !duct->geometry.empty() && !work->geometry.empty()) {
            const std::string surface = textOf(*duct, "surface");
            saving.surface = surface.empty() ? "unknown" : surface;
            saving.sharedLength = sharedTrench(geos, geos.readWkb(duct->geometry),
                                               geos.readWkb(work->geometry), distance)
                                      .length();
            saving.saving =
                saving.sharedLength * std::max(0.0, costs.perMetre(saving.surface) - shared);
        }
        result.sharedLength += saving.sharedLength;
        result.total += saving.saving;
        result.savings.push_back(std::move(saving));
    }
    return result;
}

}  // namespace gigamap::core

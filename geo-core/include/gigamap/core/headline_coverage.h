#pragma once

#include <cstdint>

namespace gigamap::core {

class Project;

// Premises by class of fixed broadband, summed over every postcode with
// figures (premises × percentage / 100); shares are of `premises`.
struct HeadlineCoverage {
    std::int64_t postcodes = 0;  // with premises and figures
    std::int64_t premises = 0;
    double belowUso = 0.0;
    double belowSfbb = 0.0;  // lacking superfast (30 Mbit/s)
    double sfbb = 0.0;
    double ufbb = 0.0;  // ultrafast (300 Mbit/s)
    double gigabit = 0.0;
    double fullFibre = 0.0;

    [[nodiscard]] double share(double part) const {
        return premises > 0 ? part / static_cast<double>(premises) : 0.0;
    }
};

// The district's headline figures from the postcodes layer.
[[nodiscard]] HeadlineCoverage headlineCoverage(Project& project);

}  // namespace gigamap::core

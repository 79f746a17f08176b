#include "bench_scale.h"

#include <stdexcept>

namespace gigamap::bench {

BenchScale benchScale(std::string_view name) {
    BenchScale scale;
    scale.name = std::string(name);
    if (name == "S") {
        return scale;
    }
    if (name == "M") {
        scale.columns = 5;
        scale.rows = 2;
        return scale;
    }
    if (name == "L") {
        // 360 districts: 360 x 4,722 = 1,699,920 postcodes, 360 x 25 = 9,000 wards,
        // 360 x 6,944 = 2,499,840 street works.
        scale.columns = 20;
        scale.rows = 18;
        scale.postcodes = 4722;
        scale.streetWorks = 6944;
        return scale;
    }
    throw std::invalid_argument("the scale is S, M or L, not '" + std::string(name) + "'");
}

}  // namespace gigamap::bench

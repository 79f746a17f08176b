#pragma once

#include "gigamap/core/geometry.h"

namespace gigamap::sample {

// Places in Lancaster (British National Grid) that the synthetic layers are
// built around. The places are real; everything placed at them is synthetic.
struct LancasterPlaces {
    static constexpr core::Coordinate daltonSquare{347863, 461529};  // Town Hall, LA1 1PJ
    static constexpr core::Coordinate exchange{347930, 461470};      // synthetic exchange
    static constexpr core::Coordinate railwayStation{347180, 461690};
    static constexpr core::Coordinate canalQuarter{348150, 461850};
    static constexpr core::Coordinate digitalExchange{348230, 461610};  // the strategy's new one
};

}  // namespace gigamap::sample

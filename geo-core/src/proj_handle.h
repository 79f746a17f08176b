#pragma once

// RAII for PROJ's PJ objects, private to geo-core's PROJ wrappers.
#include <proj.h>

#include <memory>

namespace gigamap::core {

struct PjDestroyer {
    void operator()(PJ* pj) const { proj_destroy(pj); }
};
using PjPtr = std::unique_ptr<PJ, PjDestroyer>;

}  // namespace gigamap::core

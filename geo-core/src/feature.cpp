#include "gigamap/core/feature.h"

namespace gigamap::core {

const Value& Feature::attribute(const std::string& name) const {
    static const Value null;
    const auto it = attributes.find(name);
    return it == attributes.end() ? null : it->second;
}

}  // namespace gigamap::core

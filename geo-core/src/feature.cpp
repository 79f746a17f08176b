#include "gigamap/core/feature.h"

#include <bit>
#include <cstring>

#include "gigamap/core/coordinate.h"

namespace gigamap::core {

Wkb pointWkb(double x, double y) {
    static_assert(std::endian::native == std::endian::little, "WKB is written little-endian");
    Wkb wkb(21);
    wkb[0] = 0x01;                 // little-endian
    const std::uint32_t type = 1;  // Point
    std::memcpy(&wkb[1], &type, sizeof type);
    std::memcpy(&wkb[5], &x, sizeof x);
    std::memcpy(&wkb[13], &y, sizeof y);
    return wkb;
}

Wkb lineWkb(const std::vector<Coordinate>& vertices) {
    Wkb wkb(9 + vertices.size() * 16);
    wkb[0] = 0x01;
    const std::uint32_t type = 2;  // LineString
    const auto count = static_cast<std::uint32_t>(vertices.size());
    std::memcpy(&wkb[1], &type, sizeof type);
    std::memcpy(&wkb[5], &count, sizeof count);
    std::size_t at = 9;
    for (const Coordinate& c : vertices) {
        std::memcpy(&wkb[at], &c.x, sizeof c.x);
        std::memcpy(&wkb[at + 8], &c.y, sizeof c.y);
        at += 16;
    }
    return wkb;
}

std::optional<Coordinate> wkbPointCoordinate(std::span<const unsigned char> wkb) {
    if (wkb.size() != 21 || wkb[0] != 0x01 || wkb[1] != 0x01 || wkb[2] != 0 || wkb[3] != 0 ||
        wkb[4] != 0) {
        return std::nullopt;
    }
    Coordinate c;
    std::memcpy(&c.x, &wkb[5], sizeof c.x);
    std::memcpy(&c.y, &wkb[13], sizeof c.y);
    return c;
}

const Value& Feature::attribute(const std::string& name) const {
    static const Value null;
    const auto it = attributes.find(name);
    return it == attributes.end() ? null : it->second;
}

}  // namespace gigamap::core

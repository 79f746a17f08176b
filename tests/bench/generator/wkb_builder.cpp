#include "wkb_builder.h"

#include <bit>
#include <cstdint>
#include <cstring>

namespace gigamap::bench {
namespace {

static_assert(std::endian::native == std::endian::little, "WKB is written little-endian");

template <typename T>
void append(core::Wkb& wkb, T value) {
    const auto at = wkb.size();
    wkb.resize(at + sizeof value);
    std::memcpy(&wkb[at], &value, sizeof value);
}

void appendHeader(core::Wkb& wkb, std::uint32_t type) {
    wkb.push_back(0x01);
    append(wkb, type);
}

void appendPoints(core::Wkb& wkb, const std::vector<CentimetrePoint>& points) {
    append(wkb, static_cast<std::uint32_t>(points.size()));
    for (const auto& p : points) {
        append(wkb, metres(p.x));
        append(wkb, metres(p.y));
    }
}

}  // namespace

core::Wkb pointWkb(const CentimetrePoint& point) {
    return core::pointWkb(metres(point.x), metres(point.y));
}

core::Wkb lineStringWkb(const std::vector<CentimetrePoint>& points) {
    core::Wkb wkb;
    wkb.reserve(9 + 16 * points.size());
    appendHeader(wkb, 2);
    appendPoints(wkb, points);
    return wkb;
}

core::Wkb polygonWkb(const std::vector<CentimetrePoint>& ring) {
    core::Wkb wkb;
    wkb.reserve(13 + 16 * ring.size());
    appendHeader(wkb, 3);
    append(wkb, std::uint32_t{1});
    appendPoints(wkb, ring);
    return wkb;
}

}  // namespace gigamap::bench

#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "gigamap/core/bounding_box.h"

namespace gigamap::core {

class ProjContext;

// A coordinate reference system (RAII over PROJ's PJ*), e.g. from "EPSG:27700".
class Crs {
public:
    // Throws CrsError when PROJ does not know the definition.
    Crs(const ProjContext& context, std::string_view definition);
    Crs(Crs&&) noexcept;
    Crs& operator=(Crs&&) noexcept;
    Crs(const Crs&) = delete;
    Crs& operator=(const Crs&) = delete;
    ~Crs();

    [[nodiscard]] std::string name() const;
    [[nodiscard]] bool isProjected() const;
    [[nodiscard]] bool isGeographic() const;
    // The unit of the first axis as PROJ names it ("metre", "US survey foot", "degree").
    [[nodiscard]] std::string axisUnit() const;
    [[nodiscard]] std::optional<int> epsgCode() const;
    // Where the CRS may be used, in WGS84 longitude/latitude, if PROJ knows.
    [[nodiscard]] std::optional<BoundingBox> areaOfUse() const;

    // Throws CrsError unless this is a projected CRS in metres, the only kind a
    // project may be stored in (lengths and areas are computed in it).
    void requireProjectedMetres(std::string_view definition) const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

// A project's storage CRS: its EPSG code and PROJ's name for it.
struct ProjectCrs {
    int srid = 0;
    std::string name;
};

// The CRS `definition` names, checked as a project CRS: throws CrsError unless
// PROJ knows it, it is projected in metres and it has an EPSG code.
[[nodiscard]] ProjectCrs projectCrs(const std::string& definition);

}  // namespace gigamap::core

#pragma once

#include <QString>
#include <vector>

#include "gigamap/render/colour_ramp.h"
#include "gigamap/render/layer_style.h"

namespace gigamap::render {

// Class breaks for graduated styles, coloured along a ramp, each symbol made
// from `base` with the class's colour as fill (and stroke, for lines).
class Classification {
public:
    enum class Method { EqualInterval, Quantile };

    Classification(Method method, int classCount, ColourRamp ramp, Symbol base, bool colourStroke);

    // Classes over `values` (any order); none when there are no values.
    [[nodiscard]] std::vector<GraduatedClass> classes(std::vector<double> values) const;
    // One category per distinct value, coloured along the ramp, in the order given.
    [[nodiscard]] std::vector<Category> categories(const std::vector<QString>& values) const;

private:
    [[nodiscard]] Symbol symbolAt(double t) const;
    [[nodiscard]] std::vector<double> breaks(std::vector<double>& sorted) const;

    Method method_;
    int classCount_;
    ColourRamp ramp_;
    Symbol base_;
    bool colourStroke_;
};

}  // namespace gigamap::render

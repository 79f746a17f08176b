#include "gigamap/render/colour_ramp.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace gigamap::render {

ColourRamp::ColourRamp(QString name, std::vector<QColor> stops)
    : name_(std::move(name)), stops_(std::move(stops)) {}

std::vector<ColourRamp> ColourRamp::builtIn() {
    return {
        // No pale middle: every class must stand out on a white map.
        {"Red to green",
         {QColor(0xd7191c), QColor(0xf07c2a), QColor(0xe6c229), QColor(0x8cc152),
          QColor(0x1a9641)}},
        {"Green to red",
         {QColor(0x1a9641), QColor(0x8cc152), QColor(0xe6c229), QColor(0xf07c2a),
          QColor(0xd7191c)}},
        {"Blues", {QColor(0xeff3ff), QColor(0xbdd7e7), QColor(0x6baed6), QColor(0x2171b5)}},
        {"Viridis",
         {QColor(0x440154), QColor(0x3b528b), QColor(0x21918c), QColor(0x5ec962),
          QColor(0xfde725)}},
        {"Greys", {QColor(0xf0f0f0), QColor(0x636363)}},
    };
}

ColourRamp ColourRamp::named(const QString& name) {
    auto ramps = builtIn();
    const auto it = std::find_if(ramps.begin(), ramps.end(),
                                 [&](const ColourRamp& ramp) { return ramp.name() == name; });
    return it != ramps.end() ? *it : ramps.front();
}

QColor ColourRamp::at(double t) const {
    if (stops_.empty()) {
        return Qt::gray;
    }
    if (stops_.size() == 1) {
        return stops_.front();
    }
    const double position = std::clamp(t, 0.0, 1.0) * static_cast<double>(stops_.size() - 1);
    const auto index = std::min(static_cast<std::size_t>(std::floor(position)), stops_.size() - 2);
    const double f = position - static_cast<double>(index);
    const QColor& a = stops_[index];
    const QColor& b = stops_[index + 1];
    const auto mix = [f](double from, double to) { return from + (to - from) * f; };
    return QColor::fromRgbF(static_cast<float>(mix(a.redF(), b.redF())),
                            static_cast<float>(mix(a.greenF(), b.greenF())),
                            static_cast<float>(mix(a.blueF(), b.blueF())));
}

}  // namespace gigamap::render

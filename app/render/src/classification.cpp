#include "gigamap/render/classification.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace gigamap::render {

Classification::Classification(Method method, int classCount, ColourRamp ramp, Symbol base,
                               bool colourStroke)
    : method_(method),
      classCount_(std::max(1, classCount)),
      ramp_(std::move(ramp)),
      base_(base),
      colourStroke_(colourStroke) {}

Symbol Classification::symbolAt(double t) const {
    Symbol symbol = base_;
    const QColor colour = ramp_.at(t);
    if (colourStroke_) {
        symbol.stroke = colour;
    } else {
        symbol.fill = colour;
    }
    return symbol;
}

std::vector<double> Classification::breaks(std::vector<double>& sorted) const {
    std::vector<double> bounds;
    const double min = sorted.front();
    const double max = sorted.back();
    bounds.push_back(min);
    for (int i = 1; i < classCount_; ++i) {
        if (method_ == Method::EqualInterval) {
            bounds.push_back(min + (max - min) * i / classCount_);
        } else {
            const auto index = static_cast<std::size_t>(
                std::floor(static_cast<double>(sorted.size() - 1) * i / classCount_));
            bounds.push_back(sorted[index]);
        }
    }
    bounds.push_back(max);
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
    return bounds;
}

std::vector<GraduatedClass> Classification::classes(std::vector<double> values) const {
    std::vector<GraduatedClass> result;
    std::erase_if(values, [](double v) { return !std::isfinite(v); });
    if (values.empty()) {
        return result;
    }
    std::sort(values.begin(), values.end());
    const std::vector<double> bounds = breaks(values);
    if (bounds.size() == 1) {
        result.push_back({bounds[0], bounds[0], QString::number(bounds[0]), symbolAt(1.0)});
        return result;
    }
    const auto count = bounds.size() - 1;
    for (std::size_t i = 0; i < count; ++i) {
        const double t = count == 1 ? 1.0 : static_cast<double>(i) / static_cast<double>(count - 1);
        const QString label =
            QStringLiteral("%1 – %2").arg(bounds[i], 0, 'g', 6).arg(bounds[i + 1], 0, 'g', 6);
        result.push_back({bounds[i], bounds[i + 1], label, symbolAt(t)});
    }
    return result;
}

std::vector<Category> Classification::categories(const std::vector<QString>& values) const {
    std::vector<Category> result;
    const auto count = values.size();
    for (std::size_t i = 0; i < count; ++i) {
        const double t = count <= 1 ? 0.0 : static_cast<double>(i) / static_cast<double>(count - 1);
        const QString label = values[i].isEmpty() ? QStringLiteral("(none)") : values[i];
        result.push_back({values[i], label, symbolAt(t)});
    }
    return result;
}

}  // namespace gigamap::render

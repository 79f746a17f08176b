#pragma once

#include <QColor>
#include <QString>
#include <vector>

namespace gigamap::render {

// A named sequence of colours to interpolate along, for graduated styles.
class ColourRamp {
public:
    ColourRamp(QString name, std::vector<QColor> stops);

    // The ramps offered to users: red to green (coverage: bad to good), and
    // sequential ones for counts and depths.
    [[nodiscard]] static std::vector<ColourRamp> builtIn();
    // The built-in ramp called `name`, or red to green when there is none.
    [[nodiscard]] static ColourRamp named(const QString& name);

    [[nodiscard]] const QString& name() const { return name_; }
    // The colour at `t` in 0..1 (clamped), interpolated in RGB.
    [[nodiscard]] QColor at(double t) const;

private:
    QString name_;
    std::vector<QColor> stops_;
};

}  // namespace gigamap::render

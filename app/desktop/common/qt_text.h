#pragma once

#include <QString>
#include <string_view>

namespace gigamap::desktop {

// UTF-8 text from the libraries below Qt (the importers' names and descriptions).
[[nodiscard]] inline QString qtText(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

}  // namespace gigamap::desktop

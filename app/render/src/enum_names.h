#pragma once

// Name <-> enum lookups over a constexpr table of std::pair{Enum, "name"}, shared by
// the style writers (gigamap's JSON and QGIS's QML), each of which keeps its own table.

#include <QLatin1String>
#include <QString>

namespace gigamap::render::detail {

// The name of `value`, or the table's first name when it has none.
template <typename Table, typename Enum>
QString nameOf(const Table& table, Enum value) {
    for (const auto& [e, name] : table) {
        if (e == value) {
            return QString::fromLatin1(name);
        }
    }
    return QString::fromLatin1(table.front().second);
}

// The value named `text`, or `fallback` when no entry has that name.
template <typename Table, typename Enum>
Enum valueOf(const Table& table, const QString& text, Enum fallback) {
    for (const auto& [e, name] : table) {
        if (text == QLatin1String(name)) {
            return e;
        }
    }
    return fallback;
}

}  // namespace gigamap::render::detail

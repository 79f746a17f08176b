#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "gigamap/core/value.h"

namespace gigamap::core {

// Rows in the text format of PostgreSQL's COPY ... FROM STDIN: columns apart
// by tabs, rows ended by newlines, NULL as \N, backslash escapes for the rest.
// Doubles are written in their shortest exact form, so they read back equal;
// geometries as hex EWKB carrying the column's SRID.
class PgCopyRows {
public:
    void add(std::int64_t value);
    void add(const Value& value);
    void addGeometry(std::span<const unsigned char> wkb, int srid);
    void endRow();

    [[nodiscard]] const std::string& text() const { return text_; }

private:
    void separate();

    std::string text_;
    bool rowStarted_ = false;
};

}  // namespace gigamap::core

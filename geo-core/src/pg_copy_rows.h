#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "gigamap/core/value.h"

namespace gigamap::core {

// A WKB geometry as the hex EWKB PostgreSQL reads into a geometry column of
// SRID `srid` (in COPY rows, or as a bound parameter), appended to `out`.
void appendHexEwkb(std::string& out, std::span<const unsigned char> wkb, int srid);

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

// Rows in the binary format of COPY ... FROM STDIN (FORMAT binary): each value
// in the column type's own binary form, so nothing is printed, escaped or
// parsed: bigint and double precision as 8 big-endian bytes, text as its
// UTF-8 bytes, geometry as EWKB carrying the column's SRID, NULL as length -1.
// The columns are typed by a layer's fields (then its geometry).
class PgBinaryCopyRows {
public:
    PgBinaryCopyRows();

    void beginRow(int columns);
    // A value already of the field's type (see storedValue), or NULL.
    void add(const Value& value);
    void addGeometry(std::span<const unsigned char> wkb, int srid);

    // The bytes so far, ended by COPY's trailer.
    [[nodiscard]] std::string finished() const;
    [[nodiscard]] std::size_t size() const { return data_.size(); }
    [[nodiscard]] bool empty() const { return rows_ == 0; }

private:
    void append32(std::uint32_t value);
    void append64(std::uint64_t value);

    std::string data_;
    std::int64_t rows_ = 0;
};

}  // namespace gigamap::core

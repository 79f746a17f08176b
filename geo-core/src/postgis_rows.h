#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "gigamap/core/feature.h"

namespace gigamap::core {

class PgConnection;

// Whole rows of a server project's layers as Features (every field, the
// geometry as WKB, the row version): the reads and writes of an edit. Values
// are bound parameters, identifiers quoted by libpq; doubles travel in their
// shortest exact text, geometry as hex WKB, so a row reads back bit for bit.
class PostgisRows {
public:
    PostgisRows(PgConnection& connection, std::string schema, int srid);

    // The rows of `table` with these fids, ascending (missing fids left out);
    // with `lock`, each row is locked until the transaction ends (FOR UPDATE,
    // taken in fid order so that two edits never wait for each other in a circle).
    [[nodiscard]] std::vector<Feature> read(const std::string& table,
                                            const std::vector<std::int64_t>& fids, bool lock) const;
    // Inserts the feature (with its own fid when it has one) and returns it as
    // stored: at row version 1, or one after the feature's own when it has one
    // (a deleted row coming back is a new version, never one seen before).
    [[nodiscard]] Feature insert(const std::string& table, const Feature& feature) const;
    // Sets every field and the geometry of row `feature.fid`; returns it as
    // stored, at its next row version.
    [[nodiscard]] Feature update(const std::string& table, const Feature& feature) const;
    void remove(const std::string& table, std::int64_t fid) const;

private:
    [[nodiscard]] std::string qualified(const std::string& table) const;
    [[nodiscard]] std::string selectList(const std::string& table) const;

    PgConnection& connection_;
    std::string schema_;
    int srid_;
};

}  // namespace gigamap::core

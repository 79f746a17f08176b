#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "gigamap/core/bounding_box.h"

namespace gigamap::core {

class PgConnection;

// What one committed change to a server project's layer was, as the NOTIFY of
// its transaction carries it to every other desktop on that project: the
// schema and layer, the extent it touched (old and new geometry together; none
// when no geometry changed), the database role that committed it, what was
// done and to how many features. The payload is JSON
// (`{"v":1,"schema":…,"table":…,"action":…,"features":…,"box":[minx,miny,maxx,maxy],"role":…}`),
// well under PostgreSQL's 8000-byte limit for any schema, table and role name.
struct ChangeNotice {
    std::string schema;
    std::string table;
    // e.g. "insert", "update", "delete", "import", "undo", "redo"; "edit" for an
    // edit that inserted, updated and deleted in one layer
    std::string action;
    std::int64_t features = 0;
    std::optional<BoundingBox> box;
    std::string role;  // filled in by the server (current_user) when published
    // The server process of the connection that committed it (PGnotify's
    // be_pid), so a desktop can tell its own commits from others'.
    int senderPid = 0;

    friend bool operator==(const ChangeNotice&, const ChangeNotice&) = default;
};

// The LISTEN/NOTIFY channel of a schema's project: `gigamap_` and a 64-bit
// FNV-1a hash of the schema name in hex, so any schema name (up to PostgreSQL's
// 63 bytes, any characters) gives a valid, short channel name. Payloads carry
// the schema itself, so the rare hash collision is told apart on receipt.
[[nodiscard]] std::string changeChannel(std::string_view schema);

// The notice as its NOTIFY payload (without role and sender, which the server adds).
[[nodiscard]] std::string encodeChangeNotice(const ChangeNotice& notice);
// A payload back as a notice; nothing for text that is not a gigamap notice
// (someone else's NOTIFY on the channel, a newer payload version).
[[nodiscard]] std::optional<ChangeNotice> decodeChangeNotice(std::string_view payload);

// Queues the notice on the connection's open transaction (pg_notify): listeners
// receive it when that transaction commits and never when it rolls back. The
// role is the server's `current_user`, not something the client claims. Call
// it inside the PgTransaction of the change, once per changed layer.
void publishChange(PgConnection& connection, const ChangeNotice& notice);

}  // namespace gigamap::core

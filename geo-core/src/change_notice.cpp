#include "gigamap/core/change_notice.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "gigamap/core/pg_connection.h"

namespace gigamap::core {
namespace {

constexpr int kPayloadVersion = 1;

}  // namespace

std::string changeChannel(std::string_view schema) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;  // FNV-1a, 64 bits
    for (const char c : schema) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return fmt::format("gigamap_{:016x}", hash);
}

std::string encodeChangeNotice(const ChangeNotice& notice) {
    nlohmann::json payload = {{"v", kPayloadVersion},
                              {"schema", notice.schema},
                              {"table", notice.table},
                              {"action", notice.action},
                              {"features", notice.features}};
    if (notice.box) {
        payload["box"] = {notice.box->minX, notice.box->minY, notice.box->maxX, notice.box->maxY};
    }
    return payload.dump();
}

std::optional<ChangeNotice> decodeChangeNotice(std::string_view payload) {
    const auto json = nlohmann::json::parse(payload, nullptr, /*allow_exceptions=*/false);
    if (!json.is_object()) {
        return std::nullopt;
    }
    try {
        if (json.at("v").get<int>() != kPayloadVersion) {
            return std::nullopt;
        }
        ChangeNotice notice;
        notice.schema = json.at("schema").get<std::string>();
        notice.table = json.at("table").get<std::string>();
        notice.action = json.at("action").get<std::string>();
        notice.features = json.at("features").get<std::int64_t>();
        if (const auto box = json.find("box"); box != json.end()) {
            const auto corners = box->get<std::vector<double>>();
            if (corners.size() != 4) {
                return std::nullopt;
            }
            notice.box = BoundingBox{corners[0], corners[1], corners[2], corners[3]};
        }
        if (const auto role = json.find("role"); role != json.end()) {
            notice.role = role->get<std::string>();
        }
        return notice;
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    }
}

void publishChange(PgConnection& connection, const ChangeNotice& notice) {
    // jsonb keeps numbers as numeric, so the box's shortest round-trip digits
    // arrive unchanged; the role is added by the server.
    (void)connection.query(
        "SELECT pg_notify($1, ($2::jsonb || jsonb_build_object('role', current_user::text))::text)",
        {changeChannel(notice.schema), encodeChangeNotice(notice)});
}

}  // namespace gigamap::core

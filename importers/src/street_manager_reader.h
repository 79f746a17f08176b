#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>

namespace gigamap::importers {

// One Street Manager event notification, flattened: its envelope fields and
// its object_data values as text (JSON null becomes no entry).
struct StreetManagerEvent {
    std::string eventType;
    std::string eventTime;
    std::int64_t eventReference = 0;
    std::string objectType;
    std::map<std::string, std::string> data;
    std::filesystem::path file;
    std::int64_t line = 0;  // line, array element or CSV row where it was found

    [[nodiscard]] std::optional<std::string> value(const std::string& key) const;
};

// Receives what the reader finds: events, and records that are not events.
struct StreetManagerSink {
    std::function<void(StreetManagerEvent)> event;
    std::function<void(const std::filesystem::path&, std::int64_t line, const std::string& reason)>
        bad;
};

// Reads Street Manager open data from a file or, recursively and in name
// order, a folder of them: single event objects, arrays of them, JSON Lines,
// AWS SNS envelopes whose Message is the event as a JSON string, and the
// flattened monthly archive CSV. Throws core::ImportError for a file that is
// none of these.
void readStreetManager(const std::filesystem::path& path, const StreetManagerSink& sink);

}  // namespace gigamap::importers

#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>

namespace gigamap::importers {

// A field of an event whose JSON value is an array or an object where gigamap
// reads text: the record is a bad row naming the field.
class StreetManagerFieldError : public std::runtime_error {
public:
    StreetManagerFieldError(std::string field, const std::string& reason)
        : std::runtime_error(reason), field_(std::move(field)) {}
    [[nodiscard]] const std::string& field() const { return field_; }

private:
    std::string field_;
};

// One Street Manager event notification, flattened: its envelope fields and
// its object_data values as text (JSON null becomes no entry; numbers and
// booleans their JSON text; arrays and objects are kept only as the kind of
// value they were, so that reading them as text is an error).
struct StreetManagerEvent {
    std::string eventType;
    std::string eventTime;
    std::int64_t eventReference = 0;
    std::string objectType;
    std::map<std::string, std::string> data;
    std::map<std::string, std::string> notText;  // field -> "an array" or "an object"
    std::filesystem::path file;
    std::int64_t line = 0;  // line, array element or CSV row where it was found

    // The field's text, nothing when absent or blank. Throws
    // StreetManagerFieldError when the field held an array or an object.
    [[nodiscard]] std::optional<std::string> value(const std::string& key) const;
};

// Receives what the reader finds: events, and records that are not events
// (with the field at fault, empty when it is the record as a whole).
struct StreetManagerSink {
    std::function<void(const StreetManagerEvent&)> event;
    std::function<void(const std::filesystem::path&, std::int64_t line, const std::string& field,
                       const std::string& reason)>
        bad;
};

// Records nested deeper than this are bad rows (issue 18: a record of 100,000
// nested arrays must not exhaust the stack).
inline constexpr int kStreetManagerMaxDepth = 32;

// Reads Street Manager open data from a file or, recursively and in name
// order, a folder of them: single event objects, arrays of them, JSON Lines,
// AWS SNS envelopes whose Message is the event as a JSON string, and the
// flattened monthly archive CSV, in the same order every time it is called on
// the same files. Arrays and JSON Lines are streamed one record
// at a time (an event parser, never the whole document in memory), so memory
// stays flat whatever the file's size. Throws core::ImportError for a file
// that is none of these.
void readStreetManager(const std::filesystem::path& path, const StreetManagerSink& sink);

}  // namespace gigamap::importers

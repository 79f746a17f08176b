#include "street_manager_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <nlohmann/json.hpp>
#include <vector>

#include "gigamap/core/error.h"
#include "gigamap/importers/csv_reader.h"
#include "gigamap/importers/text_values.h"

namespace gigamap::importers {
namespace {

using nlohmann::json;

const std::vector<std::string> kEnvelopeFields{"event_type",  "event_time",       "event_reference",
                                               "object_type", "object_reference", "version"};

// "a number", "an array", ... for messages about a value of the wrong type.
std::string kindOf(const json& value) {
    switch (value.type()) {
        case json::value_t::null:
            return "null";
        case json::value_t::boolean:
            return "true or false";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned:
        case json::value_t::number_float:
            return "a number";
        case json::value_t::array:
            return "an array";
        case json::value_t::object:
            return "an object";
        default:
            return "text";
    }
}

// Builds one record at a time from the parser's events, never deeper than
// kStreetManagerMaxDepth: `recordDepth` is the nesting at which records start
// (0 when the document is the record, 1 for the elements of a top-level
// array). A record nested deeper is handed on as nothing; the parser itself
// keeps its own nesting on the heap, so no depth overflows the stack.
class RecordBuilder final : public nlohmann::json_sax<json> {
public:
    using Done = std::function<void(std::optional<json>)>;

    RecordBuilder(int recordDepth, Done done) : recordDepth_(recordDepth), done_(std::move(done)) {}

    bool null() override { return scalar(nullptr); }
    bool boolean(bool value) override { return scalar(value); }
    bool number_integer(number_integer_t value) override { return scalar(value); }
    bool number_unsigned(number_unsigned_t value) override { return scalar(value); }
    bool number_float(number_float_t value, const string_t& /*text*/) override {
        return scalar(value);
    }
    bool string(string_t& value) override { return scalar(std::move(value)); }
    bool binary(binary_t& /*value*/) override { return scalar(nullptr); }  // not in JSON text
    bool start_object(std::size_t /*elements*/) override { return open(json::object()); }
    bool key(string_t& name) override {
        key_ = name;
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t /*elements*/) override { return open(json::array()); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t position, const std::string& /*token*/,
                     const nlohmann::detail::exception& error) override {
        error_ = fmt::format("not valid JSON at byte {}: {}", position, error.what());
        return false;
    }

    [[nodiscard]] const std::string& error() const { return error_; }
    [[nodiscard]] std::int64_t records() const { return records_; }

private:
    [[nodiscard]] std::size_t depthInRecord() const {
        return static_cast<std::size_t>(depth_ - recordDepth_);
    }

    bool scalar(json value) {
        if (depth_ == recordDepth_) {
            finish(std::move(value));
        } else if (depth_ > recordDepth_ && !tooDeep_) {
            add(std::move(value));
        }
        return true;
    }

    bool open(json container) {
        if (depth_ < recordDepth_) {
            ++depth_;  // the top-level array around the records
            return true;
        }
        if (depth_ == recordDepth_) {
            root_ = std::move(container);
            stack_.assign(1, &root_);
            tooDeep_ = false;
        } else if (!tooDeep_ && stack_.size() >= static_cast<std::size_t>(kStreetManagerMaxDepth)) {
            tooDeep_ = true;
        } else if (!tooDeep_) {
            stack_.push_back(add(std::move(container)));
        }
        ++depth_;
        return true;
    }

    bool close() {
        --depth_;
        if (depth_ < recordDepth_) {
            return true;
        }
        if (stack_.size() > depthInRecord()) {
            stack_.pop_back();
        }
        if (depth_ == recordDepth_) {
            finish(tooDeep_ ? std::nullopt : std::optional(std::move(root_)));
            root_ = nullptr;
        }
        return true;
    }

    json* add(json value) {
        json& top = *stack_.back();
        if (top.is_array()) {
            top.push_back(std::move(value));
            return &top.back();
        }
        json& slot = top[key_];
        slot = std::move(value);
        return &slot;
    }

    void finish(std::optional<json> record) {
        ++records_;
        done_(std::move(record));
    }

    int recordDepth_;
    Done done_;
    int depth_ = 0;
    json root_;
    std::vector<json*> stack_;
    std::string key_;
    bool tooDeep_ = false;
    std::string error_;
    std::int64_t records_ = 0;
};

const std::string kTooDeep = fmt::format("nested more than {} levels deep", kStreetManagerMaxDepth);

// What one JSON record turned out to be.
struct Record {
    enum class Kind { Event, BadRow, NotAnEvent } kind = Kind::NotAnEvent;
    StreetManagerEvent event;
    std::string field;
    std::string reason;
};

Record badRow(std::string field, std::string reason) {
    return {Record::Kind::BadRow, {}, std::move(field), std::move(reason)};
}

Record recordFromJson(const json& object);

// The SNS envelope's Message: the event as a JSON string, parsed with the same depth limit.
Record recordFromMessage(const std::string& message) {
    std::optional<Record> record;
    RecordBuilder builder(0, [&](std::optional<json> value) {
        record = value ? recordFromJson(*value) : badRow("Message", kTooDeep);
    });
    if (!json::sax_parse(message, &builder) || !record) {
        return badRow("Message", "the SNS message is " + builder.error());
    }
    return *record;
}

Record recordFromJson(const json& object) {
    if (!object.is_object()) {
        return {};
    }
    if (const auto message = object.find("Message"); message != object.end()) {
        if (!message->is_string()) {
            return badRow("Message", "expected the event as text, found " + kindOf(*message));
        }
        return recordFromMessage(message->get<std::string>());
    }
    if (!object.contains("event_type") || !object.contains("object_data")) {
        return {};
    }
    Record record{Record::Kind::Event, {}, {}, {}};
    StreetManagerEvent& event = record.event;
    for (const auto& [name, target] : std::array{std::pair{"event_type", &event.eventType},
                                                 std::pair{"event_time", &event.eventTime},
                                                 std::pair{"object_type", &event.objectType}}) {
        const auto it = object.find(name);
        if (it == object.end()) {
            continue;
        }
        if (!it->is_string()) {
            return badRow(name, "expected text, found " + kindOf(*it));
        }
        *target = it->get<std::string>();
    }
    if (const auto it = object.find("event_reference"); it != object.end() && !it->is_null()) {
        if (it->is_number_integer()) {
            event.eventReference = it->get<std::int64_t>();
        } else if (const auto number =
                       it->is_string() ? parseInteger(it->get<std::string>()) : std::nullopt) {
            event.eventReference = *number;
        } else {
            return badRow("event_reference", "expected a whole number, found " + kindOf(*it));
        }
    }
    const json& data = object["object_data"];
    if (!data.is_object()) {
        return badRow("object_data", "expected an object, found " + kindOf(data));
    }
    for (const auto& [key, value] : data.items()) {
        if (value.is_string()) {
            event.data[key] = value.get<std::string>();
        } else if (value.is_array() || value.is_object()) {
            event.notText[key] = kindOf(value);
        } else if (!value.is_null()) {
            event.data[key] = value.dump();  // numbers and booleans as their JSON text
        }
    }
    return record;
}

// Hands a record to the sink; false when it was not an event at all.
bool emit(const std::optional<json>& value, const std::filesystem::path& file, std::int64_t line,
          const StreetManagerSink& sink) {
    if (!value) {
        sink.bad(file, line, "", kTooDeep);
        return true;
    }
    Record record = recordFromJson(*value);
    switch (record.kind) {
        case Record::Kind::Event:
            record.event.file = file;
            record.event.line = line;
            sink.event(record.event);
            return true;
        case Record::Kind::BadRow:
            sink.bad(file, line, record.field, record.reason);
            return true;
        case Record::Kind::NotAnEvent:
            break;
    }
    sink.bad(file, line, "", "not a Street Manager event notification");
    return false;
}

[[noreturn]] void notStreetManager(const std::filesystem::path& file) {
    throw core::ImportError(file.string() +
                            " is JSON but not a Street Manager event notification (expected "
                            "event_type and object_data, or an SNS envelope with a Message)");
}

// One record per line. False when the first line is not a whole JSON value
// (the file may be one object written over several lines); a first record
// that is JSON but no event means the file is something else.
bool readJsonLines(const std::filesystem::path& file, const StreetManagerSink& sink) {
    std::ifstream in(file, std::ios::binary);
    std::string text;
    std::int64_t line = 0;
    bool first = true;
    while (std::getline(in, text)) {
        ++line;
        if (trim(text).empty()) {
            continue;
        }
        std::optional<std::optional<json>> record;
        RecordBuilder builder(0, [&](std::optional<json> value) { record = std::move(value); });
        if (!json::sax_parse(text, &builder) || !record) {
            if (first) {
                return false;
            }
            sink.bad(file, line, "", builder.error().empty() ? "not valid JSON" : builder.error());
            continue;
        }
        if (first && *record && recordFromJson(**record).kind == Record::Kind::NotAnEvent) {
            notStreetManager(file);
        }
        first = false;
        emit(*record, file, line, sink);
    }
    return !first;
}

// A top-level array, element by element as the parser meets them.
void readArray(const std::filesystem::path& file, const StreetManagerSink& sink) {
    std::ifstream in(file, std::ios::binary);
    std::int64_t index = 0;
    RecordBuilder builder(1, [&](std::optional<json> value) { emit(value, file, ++index, sink); });
    if (json::sax_parse(in, &builder)) {
        return;
    }
    if (index == 0) {
        throw core::ImportError(file.string() + " is " + builder.error());
    }
    sink.bad(file, index + 1, "", builder.error() + "; the rest of the file was not read");
}

// One object over several lines (a single event or an SNS envelope).
void readSingle(const std::filesystem::path& file, const StreetManagerSink& sink) {
    std::ifstream in(file, std::ios::binary);
    std::optional<std::optional<json>> record;
    RecordBuilder builder(0, [&](std::optional<json> value) { record = std::move(value); });
    if (!json::sax_parse(in, &builder) || !record) {
        throw core::ImportError(file.string() +
                                " is not JSON, JSON Lines or CSV of Street Manager "
                                "events (" +
                                builder.error() + ")");
    }
    if (!emit(*record, file, 1, sink)) {
        notStreetManager(file);
    }
}

// The first character that is not white space, or 0 for an empty file.
char firstCharacter(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    char c = 0;
    while (in.get(c)) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            return c;
        }
    }
    return 0;
}

void readJson(const std::filesystem::path& file, const StreetManagerSink& sink) {
    switch (firstCharacter(file)) {
        case 0:
            throw core::ImportError(file.string() + " is empty; expected Street Manager JSON");
        case '[':
            readArray(file, sink);
            return;
        case '{':
            if (!readJsonLines(file, sink)) {
                readSingle(file, sink);
            }
            return;
        default:
            throw core::ImportError(file.string() +
                                    " is not JSON, JSON Lines or CSV of Street Manager events");
    }
}

void readCsv(const std::filesystem::path& file, const StreetManagerSink& sink) {
    CsvReader reader(file);
    std::vector<std::string> header;
    if (!reader.next(header) ||
        std::find(header.begin(), header.end(), "event_type") == header.end()) {
        throw core::ImportError(
            file.string() + " is not a Street Manager archive CSV (its header has no event_type)");
    }
    std::vector<std::string> fields;
    while (reader.next(fields)) {
        if (fields.size() != header.size()) {
            sink.bad(file, reader.line(), "",
                     fmt::format("expected {} columns, found {}", header.size(), fields.size()));
            continue;
        }
        StreetManagerEvent event;
        event.file = file;
        event.line = reader.line();
        for (std::size_t i = 0; i < header.size(); ++i) {
            const std::string& name = header[i];
            const std::string& value = fields[i];
            if (name == "event_type") {
                event.eventType = value;
            } else if (name == "event_time") {
                event.eventTime = value;
            } else if (name == "event_reference") {
                event.eventReference = parseInteger(value).value_or(0);
            } else if (name == "object_type") {
                event.objectType = value;
            } else if (!value.empty() && std::find(kEnvelopeFields.begin(), kEnvelopeFields.end(),
                                                   name) == kEnvelopeFields.end()) {
                event.data[name] = value;
            }
        }
        sink.event(event);
    }
}

void readFile(const std::filesystem::path& file, const StreetManagerSink& sink) {
    const std::string extension = lowerCase(file.extension().string());
    if (extension == ".csv") {
        readCsv(file, sink);
    } else if (extension == ".jsonl" || extension == ".ndjson") {
        if (!readJsonLines(file, sink)) {
            throw core::ImportError(file.string() + " is not JSON Lines of Street Manager events");
        }
    } else {
        readJson(file, sink);
    }
}

}  // namespace

std::optional<std::string> StreetManagerEvent::value(const std::string& key) const {
    if (const auto wrong = notText.find(key); wrong != notText.end()) {
        throw StreetManagerFieldError(key, "expected text, found " + wrong->second);
    }
    const auto it = data.find(key);
    if (it == data.end() || trim(it->second).empty()) {
        return std::nullopt;
    }
    return it->second;
}

void readStreetManager(const std::filesystem::path& path, const StreetManagerSink& sink) {
    if (!std::filesystem::exists(path)) {
        throw core::ImportError(path.string() + " does not exist");
    }
    if (!std::filesystem::is_directory(path)) {
        readFile(path, sink);
        return;
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(path)) {
        const std::string extension = lowerCase(entry.path().extension().string());
        if (entry.is_regular_file() && (extension == ".json" || extension == ".jsonl" ||
                                        extension == ".ndjson" || extension == ".csv")) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) {
        throw core::ImportError(path.string() + " holds no .json, .jsonl or .csv files");
    }
    for (const auto& file : files) {
        readFile(file, sink);
    }
}

}  // namespace gigamap::importers

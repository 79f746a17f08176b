#include "street_manager_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "gigamap/core/error.h"
#include "gigamap/importers/csv_reader.h"
#include "gigamap/importers/text_values.h"

namespace gigamap::importers {
namespace {

using nlohmann::json;

const std::vector<std::string> kEnvelopeFields{"event_type",  "event_time",       "event_reference",
                                               "object_type", "object_reference", "version"};

std::string asText(const json& value) {
    if (value.is_string()) {
        return value.get<std::string>();
    }
    return value.dump();
}

// An event object, or the event inside an SNS envelope; nothing when it is neither.
std::optional<StreetManagerEvent> eventFromJson(const json& object) {
    if (!object.is_object()) {
        return std::nullopt;
    }
    if (object.contains("Message") && object["Message"].is_string()) {
        const json inner = json::parse(object["Message"].get<std::string>(), nullptr, false);
        return inner.is_discarded() ? std::nullopt : eventFromJson(inner);
    }
    if (!object.contains("event_type") || !object.contains("object_data") ||
        !object["object_data"].is_object()) {
        return std::nullopt;
    }
    StreetManagerEvent event;
    event.eventType = asText(object["event_type"]);
    event.eventTime = object.value("event_time", "");
    if (object.contains("event_reference") && object["event_reference"].is_number_integer()) {
        event.eventReference = object["event_reference"].get<std::int64_t>();
    }
    event.objectType = object.value("object_type", "");
    for (const auto& [key, value] : object["object_data"].items()) {
        if (!value.is_null()) {
            event.data[key] = asText(value);
        }
    }
    return event;
}

void emit(const json& value, const std::filesystem::path& file, std::int64_t line,
          const StreetManagerSink& sink) {
    auto event = eventFromJson(value);
    if (!event) {
        sink.bad(file, line, "not a Street Manager event notification");
        return;
    }
    event->file = file;
    event->line = line;
    sink.event(std::move(*event));
}

bool readJsonLines(const std::filesystem::path& file, const StreetManagerSink& sink) {
    std::ifstream in(file);
    std::string text;
    std::int64_t line = 0;
    bool any = false;
    while (std::getline(in, text)) {
        ++line;
        if (trim(text).empty()) {
            continue;
        }
        const json value = json::parse(text, nullptr, false);
        if (value.is_discarded()) {
            if (!any && line == 1) {
                return false;  // not JSON Lines either
            }
            sink.bad(file, line, "not valid JSON");
            continue;
        }
        any = true;
        emit(value, file, line, sink);
    }
    return any;
}

void readJson(const std::filesystem::path& file, const StreetManagerSink& sink) {
    std::ifstream in(file);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    if (trim(text).empty()) {
        throw core::ImportError(file.string() + " is empty; expected Street Manager JSON");
    }
    const json document = json::parse(text, nullptr, false);
    if (document.is_discarded()) {
        if (!readJsonLines(file, sink)) {
            throw core::ImportError(file.string() +
                                    " is not JSON, JSON Lines or CSV of Street Manager events");
        }
        return;
    }
    if (document.is_array()) {
        std::int64_t index = 0;
        for (const auto& element : document) {
            emit(element, file, ++index, sink);
        }
        return;
    }
    if (!eventFromJson(document)) {
        throw core::ImportError(file.string() +
                                " is JSON but not a Street Manager event notification (expected "
                                "event_type and object_data, or an SNS envelope with a Message)");
    }
    emit(document, file, 1, sink);
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
            sink.bad(file, reader.line(),
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
        sink.event(std::move(event));
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

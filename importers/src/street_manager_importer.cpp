#include "gigamap/importers/street_manager_importer.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_map>

#include "gigamap/core/crs_transform.h"
#include "gigamap/core/error.h"
#include "gigamap/core/finite_coordinates.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/layer_writer.h"
#include "gigamap/core/proj_context.h"
#include "gigamap/importers/area_check.h"
#include "gigamap/importers/import_frame.h"
#include "gigamap/importers/text_values.h"
#include "gigamap/importers/uk_date.h"
#include "section_58_duration.h"
#include "street_manager_reader.h"

namespace gigamap::importers {
namespace {

constexpr const char* kAttribution =
    "Contains public sector information from DfT Street Manager licensed under the Open "
    "Government Licence v3.0";

// Street Manager's text fields copied as they are into street_works.
constexpr std::array kTextFields{
    "permit_reference_number", "promoter_organisation", "promoter_swa_code", "highway_authority",
    "work_category", "work_status", "permit_status", "activity_type", "street_name", "town",
    "traffic_management_type",
    // Fields the feed carries since 2023.
    "collaboration_type", "current_traffic_management_type", "close_footway", "work_category_ref",
    "traffic_management_type_ref"};

// The object types gigamap reads; others (FPN, INSPECTION, ...) are counted.
constexpr std::string_view kPermit = "PERMIT";
constexpr std::string_view kActivity = "ACTIVITY";
constexpr std::string_view kSectionFiftyEight = "SECTION_58";

bool endsActivity(const StreetManagerEvent& event) {
    const std::string type = lowerCase(event.eventType);
    const std::string permit = lowerCase(event.value("permit_status").value_or(""));
    return type == "permit_cancelled" || type == "permit_revoked" || type == "permit_refused" ||
           type == "activity_cancelled" || permit == "cancelled" || permit == "revoked" ||
           permit == "refused" ||
           lowerCase(event.value("work_status").value_or("")) == "works cancelled" ||
           lowerCase(event.value("cancelled").value_or("")) == "yes";
}

// "Section 58" -> s58, "Section 58A" -> s58a; nothing for other activities.
std::optional<std::string> sectionFiftyEight(const StreetManagerEvent& event) {
    if (event.objectType == kSectionFiftyEight) {
        return "s58";
    }
    const std::string type = lowerCase(event.value("activity_type").value_or(""));
    if (type.find("section 58a") != std::string::npos || type == "s58a") {
        return "s58a";
    }
    if (type.find("section 58") != std::string::npos || type == "s58") {
        return "s58";
    }
    return std::nullopt;
}

// The object's reference: the work for permits, else the activity or the
// Section 58; by field when the object type is not given (hand-made files).
std::optional<std::string> referenceOf(const StreetManagerEvent& event) {
    if (event.objectType == kSectionFiftyEight) {
        return event.value("section_58_reference_number");
    }
    if (event.objectType == kActivity) {
        return event.value("activity_reference_number");
    }
    for (const char* key :
         {"work_reference_number", "activity_reference_number", "section_58_reference_number"}) {
        if (auto reference = event.value(key)) {
            return reference;
        }
    }
    return std::nullopt;
}

bool isUsed(const std::string& objectType) {
    return objectType.empty() || objectType == kPermit || objectType == kActivity ||
           objectType == kSectionFiftyEight;
}

// The field that held the reference this object type needs, for a reject.
const char* referenceField(const StreetManagerEvent& event) {
    if (event.objectType == kSectionFiftyEight) {
        return "section_58_reference_number";
    }
    return event.objectType == kActivity ? "activity_reference_number" : "work_reference_number";
}

// A Section 58's section_58_status as proposed, in_force, closed or cancelled
// ("In force" and "in-force" too); other text as it is, lower case.
std::string restrictionStatus(const StreetManagerEvent& event) {
    std::string status = lowerCase(trim(event.value("section_58_status").value_or("in_force")));
    std::replace_if(
        status.begin(), status.end(), [](char c) { return c == ' ' || c == '-'; }, '_');
    return status;
}

// Yes/No flags as 1/0; anything else (e.g. "Not provided") as NULL.
core::Value flag(const std::optional<std::string>& text) {
    const std::string value = lowerCase(trim(text.value_or("")));
    if (value == "yes" || value == "true") {
        return std::int64_t{1};
    }
    if (value == "no" || value == "false") {
        return std::int64_t{0};
    }
    return {};
}

class StreetManagerRun {
public:
    explicit StreetManagerRun(ImportFrame& frame)
        : frame_(frame),
          writer_(frame.writer()),
          summary_(frame.summary()),
          area_(proj_, writer_.srid()) {
        if (writer_.srid() != 27700) {
            fromGrid_.emplace(proj_, "EPSG:27700", fmt::format("EPSG:{}", writer_.srid()));
        }
    }

    // The first pass: counts and checks every record and remembers, per
    // reference, which event is the latest (event_time, then event_reference,
    // then the later read) by its place in the reading order. Only that much
    // is kept, so memory does not grow with the events' size.
    void tally(const StreetManagerEvent& event) {
        const std::uint64_t ordinal = ++ordinal_;
        ++summary_.read;
        if (!isUsed(event.objectType)) {
            ++unused_[event.objectType];
            return;
        }
        std::optional<std::string> reference;
        try {
            reference = referenceOf(event);
        } catch (const StreetManagerFieldError& error) {
            reject(event.file, event.line, error.field(), error.what(), "");
            return;
        }
        if (!reference) {
            reject(event.file, event.line, referenceField(event), "no work or activity reference",
                   "");
            return;
        }
        if (event.eventTime.empty()) {
            reject(event.file, event.line, "event_time", "missing", "");
            return;
        }
        Latest candidate{event.eventTime, event.eventReference, ordinal};
        auto [it, inserted] = latest_.try_emplace(std::move(*reference), candidate);
        if (!inserted && std::tie(candidate.eventTime, candidate.eventReference) >=
                             std::tie(it->second.eventTime, it->second.eventReference)) {
            it->second = std::move(candidate);
        }
    }

    void badRecord(const std::filesystem::path& file, std::int64_t line, const std::string& field,
                   const std::string& reason) {
        ++summary_.read;
        reject(file, line, field, reason, "");
    }

    // The second pass over the same files: stores each reference's latest event.
    void storeIfLatest(const StreetManagerEvent& event, ImportProgress& progress) {
        const std::uint64_t ordinal = ++storeOrdinal_;
        if (!isUsed(event.objectType) || event.eventTime.empty()) {
            return;
        }
        std::optional<std::string> reference;
        try {
            reference = referenceOf(event);
        } catch (const StreetManagerFieldError&) {
            return;  // rejected in the first pass
        }
        const auto it = reference ? latest_.find(*reference) : latest_.end();
        if (it == latest_.end() || it->second.ordinal != ordinal) {
            return;
        }
        progress.tick(++stored_, latest_.size());
        try {
            storeOne(*reference, event);
        } catch (const StreetManagerFieldError& error) {
            reject(event.file, event.line, error.field(), error.what(), "");
        }
    }

    void finish() {
        summary_.notes.push_back(fmt::format(
            "{} records read, folded into {} current works and restrictions (latest event wins)",
            summary_.read, latest_.size()));
        if (!unused_.empty()) {
            std::string counts;
            for (const auto& [type, count] : unused_) {
                counts += fmt::format("{}{} {}", counts.empty() ? "" : ", ", count,
                                      type.empty() ? "(no object_type)" : type);
            }
            summary_.notes.push_back("events of object types gigamap does not use: " + counts);
        }
    }

private:
    void reject(const std::filesystem::path& file, std::int64_t line, std::string_view field,
                std::string_view reason, std::string_view value) {
        frame_.reject(file, line, field, reason, value);
    }

    struct Dates {
        std::string start;
        std::string end;
    };

    // Actual where known, else proposed; for activities start_date and end_date.
    std::optional<Dates> datesOf(const StreetManagerEvent& event) {
        const auto pick = [&](std::initializer_list<const char*> keys)
            -> std::optional<std::pair<std::string, std::string>> {
            for (const char* key : keys) {
                if (auto text = event.value(key)) {
                    return std::pair{std::string(key), *text};
                }
            }
            return std::nullopt;
        };
        const auto start = pick(
            {"actual_start_date_time", "actual_start_date", "proposed_start_date", "start_date"});
        auto end =
            pick({"actual_end_date_time", "actual_end_date", "proposed_end_date", "end_date"});
        const auto duration = event.value("section_58_duration");
        if (start && !end && duration) {
            const auto startDay = ukDate(start->second);
            const auto computed = startDay ? endAfter(*startDay, *duration) : std::nullopt;
            if (!computed) {
                reject(event.file, event.line, "section_58_duration", "not a duration", *duration);
                return std::nullopt;
            }
            end = std::pair{std::string("section_58_duration"), *computed};
        }
        if (!start || !end) {
            reject(event.file, event.line, start ? "proposed_end_date" : "proposed_start_date",
                   "missing", "");
            return std::nullopt;
        }
        const auto startDay = ukDate(start->second);
        const auto endDay = ukDate(end->second);
        if (!startDay || !endDay) {
            const auto& bad = startDay ? *end : *start;
            reject(event.file, event.line, bad.first, "not a date", bad.second);
            return std::nullopt;
        }
        if (*endDay < *startDay) {
            reject(event.file, event.line, end->first, "end before start",
                   fmt::format("{} .. {}", *startDay, *endDay));
            return std::nullopt;
        }
        return Dates{*startDay, *endDay};
    }

    std::optional<core::Wkb> geometryOf(const StreetManagerEvent& event) {
        const char* key = "works_location_coordinates";
        for (const char* candidate :
             {"works_location_coordinates", "activity_coordinates", "section_58_coordinates"}) {
            if (event.value(candidate)) {
                key = candidate;
                break;
            }
        }
        const auto wkt = event.value(key);
        if (!wkt) {
            reject(event.file, event.line, key, "no location", "");
            return std::nullopt;
        }
        try {
            core::Geometry geometry = geos_.readWkt(*wkt);
            if (geometry.isEmpty()) {
                reject(event.file, event.line, key, "empty geometry", *wkt);
                return std::nullopt;
            }
            if (!core::hasFiniteCoordinates(geos_.writeWkb(geometry))) {
                reject(event.file, event.line, key, core::kNonFiniteCoordinate, wkt->substr(0, 80));
                return std::nullopt;
            }
            if (fromGrid_) {
                geometry = geometry.transformed(*fromGrid_);
            }
            if (auto problem = area_.projected(geometry.envelope())) {
                reject(event.file, event.line, key, *problem, wkt->substr(0, 80));
                return std::nullopt;
            }
            return geos_.writeWkb(geometry);
        } catch (const core::GeometryError&) {
            reject(event.file, event.line, key, "unparsable WKT", wkt->substr(0, 80));
        } catch (const core::CrsError& error) {
            reject(event.file, event.line, key, error.what(), wkt->substr(0, 80));
        }
        return std::nullopt;
    }

    void storeOne(const std::string& reference, const StreetManagerEvent& event) {
        const auto kind = sectionFiftyEight(event);
        if (kind && event.objectType != kSectionFiftyEight && endsActivity(event)) {
            removeRestriction(reference);
            return;
        }
        std::optional<std::int64_t> usrn;
        if (const auto text = event.value("usrn")) {
            usrn = parseInteger(*text);
            if (!usrn) {
                reject(event.file, event.line, "usrn", "not a USRN (whole number)", *text);
                return;
            }
        }
        const auto dates = datesOf(event);
        if (!dates) {
            return;
        }
        const auto geometry = geometryOf(event);
        if (!geometry) {
            return;
        }
        std::map<std::string, core::Value> attributes;
        const core::Value usrnValue = usrn ? core::Value{*usrn} : core::Value{};
        if (kind) {
            const std::string status = restrictionStatus(event);
            attributes = {{"reference", reference},
                          {"usrn", usrnValue},
                          {"street_name", event.value("street_name").value_or("")},
                          {"kind", status == "proposed" ? "proposed_s58" : *kind},
                          {"status", status},
                          {"start_date", dates->start},
                          {"end_date", dates->end}};
            for (const auto& [field, source] :
                 {std::pair{"extent", "section_58_extent"},
                  std::pair{"location_type", "section_58_location_type"},
                  std::pair{"duration", "section_58_duration"}}) {
                const auto text = event.value(source);
                attributes[field] = text ? core::Value{*text} : core::Value{};
            }
            upsert(writer_.layer("restrictions"), "reference", attributes, *geometry);
            return;
        }
        attributes = {{"work_reference_number", reference},
                      {"usrn", usrnValue},
                      {"start_date", dates->start},
                      {"end_date", dates->end},
                      {"is_ttro_required", flag(event.value("is_ttro_required"))},
                      {"collaborative_working", flag(event.value("collaborative_working"))},
                      {"source", "street-manager:" + event.file.filename().string()},
                      {"event_time", event.eventTime},
                      {"is_active", std::int64_t{endsActivity(event) ? 0 : 1}}};
        for (const char* field : kTextFields) {
            const auto text = event.value(field);
            attributes[field] = text ? core::Value{*text} : core::Value{};
        }
        upsert(writer_.layer("street_works"), "work_reference_number", attributes, *geometry);
    }

    void upsert(core::LayerWriter& table, const char* key,
                const std::map<std::string, core::Value>& attributes, const core::Wkb& geometry) {
        const auto done = table.upsert(key, {0, attributes, geometry});
        ++(done == core::LayerWriter::Upserted::Inserted ? summary_.inserted : summary_.updated);
    }

    void removeRestriction(const std::string& reference) {
        if (writer_.layer("restrictions").removeWhere({{"reference", reference}}) > 0) {
            ++summary_.updated;
        } else {
            ++summary_.skipped;
        }
    }

    ImportFrame& frame_;
    core::BulkWriter& writer_;
    ImportSummary& summary_;
    core::ProjContext proj_;
    core::GeosContext geos_;
    AreaCheck area_;
    std::optional<core::CrsTransform> fromGrid_;
    struct Latest {
        std::string eventTime;
        std::int64_t eventReference = 0;
        std::uint64_t ordinal = 0;  // the event's place in the reading order
    };
    std::unordered_map<std::string, Latest> latest_;
    std::uint64_t ordinal_ = 0;
    std::uint64_t storeOrdinal_ = 0;
    std::uint64_t stored_ = 0;
    std::map<std::string, std::int64_t> unused_;  // object type -> events
};

}  // namespace

StreetManagerImporter::StreetManagerImporter(ImportTarget target, StreetManagerOptions options)
    : target_(std::move(target)), options_(std::move(options)) {}

ImportSummary StreetManagerImporter::importPaths(const std::vector<std::filesystem::path>& paths,
                                                 core::Feedback* feedback) {
    ImportShape shape;
    shape.kind = "street-manager";
    shape.table = "street_works and restrictions";
    shape.sourceKey = "street_manager";
    shape.ownAttribution = kAttribution;
    shape.progressEvery = 512;
    ImportFrame frame(target_.writer(), options_.source, std::move(shape), paths, feedback);
    return frame.run([&](ImportFrame& self) {
        StreetManagerRun run(self);
        const StreetManagerSink tally{
            [&run](const StreetManagerEvent& event) { run.tally(event); },
            [&run](const std::filesystem::path& file, std::int64_t line, const std::string& field,
                   const std::string& reason) { run.badRecord(file, line, field, reason); }};
        for (const auto& path : paths) {
            readStreetManager(path, tally);
        }
        const StreetManagerSink store{
            [&run, &self](const StreetManagerEvent& event) {
                run.storeIfLatest(event, self.progress());
            },
            [](const std::filesystem::path&, std::int64_t, const std::string&, const std::string&) {
                // counted and rejected in the first pass
            }};
        for (const auto& path : paths) {
            readStreetManager(path, store);
        }
        run.finish();
    });
}

}  // namespace gigamap::importers

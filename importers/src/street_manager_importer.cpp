#include "gigamap/importers/street_manager_importer.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

#include "gigamap/core/crs_transform.h"
#include "gigamap/core/error.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/proj_context.h"
#include "gigamap/core/project.h"
#include "gigamap/core/transaction.h"
#include "gigamap/importers/area_check.h"
#include "gigamap/importers/import_progress.h"
#include "gigamap/importers/rejects_file.h"
#include "gigamap/importers/source_record.h"
#include "gigamap/importers/text_values.h"
#include "gigamap/importers/uk_date.h"
#include "street_manager_reader.h"

namespace gigamap::importers {
namespace {

constexpr const char* kAttribution =
    "Contains public sector information from DfT Street Manager licensed under the Open "
    "Government Licence v3.0";

// Street Manager's text fields copied as they are into street_works.
constexpr std::array kTextFields{"permit_reference_number",
                                 "promoter_organisation",
                                 "promoter_swa_code",
                                 "highway_authority",
                                 "work_category",
                                 "work_status",
                                 "permit_status",
                                 "activity_type",
                                 "street_name",
                                 "town",
                                 "traffic_management_type"};

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
    const std::string type = lowerCase(event.value("activity_type").value_or(""));
    if (type.find("section 58a") != std::string::npos || type == "s58a") {
        return "s58a";
    }
    if (type.find("section 58") != std::string::npos || type == "s58") {
        return "s58";
    }
    return std::nullopt;
}

std::optional<std::string> referenceOf(const StreetManagerEvent& event) {
    if (auto work = event.value("work_reference_number")) {
        return work;
    }
    return event.value("activity_reference_number");
}

// Yes/No flags as 1/0; anything else (e.g. "Not provided") as NULL.
core::Value flag(const std::optional<std::string>& text) {
    const std::string value = lowerCase(trim(text.value_or("")));
    if (value == "yes") {
        return std::int64_t{1};
    }
    if (value == "no") {
        return std::int64_t{0};
    }
    return {};
}

class StreetManagerRun {
public:
    StreetManagerRun(core::Project& project, const StreetManagerOptions& options,
                     ImportSummary& summary)
        : project_(project),
          summary_(summary),
          rejects_(options.rejectsFile.empty()
                       ? defaultRejectsPath(project.path(), "street-manager")
                       : options.rejectsFile),
          area_(proj_, project.srid()) {
        if (project.srid() != 27700) {
            fromGrid_.emplace(proj_, "EPSG:27700", fmt::format("EPSG:{}", project.srid()));
        }
    }

    // Keeps the latest event of each reference (event_time, then event_reference).
    void fold(StreetManagerEvent event) {
        ++summary_.read;
        const auto reference = referenceOf(event);
        if (!reference) {
            reject(event.file, event.line, "work_reference_number", "no work or activity reference",
                   "");
            return;
        }
        if (event.eventTime.empty()) {
            reject(event.file, event.line, "event_time", "missing", "");
            return;
        }
        auto [it, inserted] = latest_.try_emplace(*reference, event);
        if (!inserted && std::tie(event.eventTime, event.eventReference) >=
                             std::tie(it->second.eventTime, it->second.eventReference)) {
            it->second = std::move(event);
        }
    }

    void badRecord(const std::filesystem::path& file, std::int64_t line,
                   const std::string& reason) {
        ++summary_.read;
        reject(file, line, "", reason, "");
    }

    void store(ImportProgress& progress) {
        std::uint64_t done = 0;
        for (const auto& [reference, event] : latest_) {
            progress.tick(++done, latest_.size());
            storeOne(reference, event);
        }
        summary_.notes.push_back(fmt::format(
            "{} records read, folded into {} current works and restrictions (latest event wins)",
            summary_.read, latest_.size()));
    }

    RejectsFile& rejects() { return rejects_; }

private:
    void reject(const std::filesystem::path& file, std::int64_t line, std::string_view field,
                std::string_view reason, std::string_view value) {
        rejects_.add(file, line, field, reason, value);
        ++summary_.rejected;
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
        const auto start = pick({"actual_start_date_time", "proposed_start_date", "start_date"});
        const auto end = pick({"actual_end_date_time", "proposed_end_date", "end_date"});
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
        const char* key = event.value("works_location_coordinates") ? "works_location_coordinates"
                                                                    : "activity_coordinates";
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
        if (kind && endsActivity(event)) {
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
            attributes = {{"reference", reference},
                          {"usrn", usrnValue},
                          {"street_name", event.value("street_name").value_or("")},
                          {"kind", *kind},
                          {"start_date", dates->start},
                          {"end_date", dates->end}};
            upsert(project_.layer("restrictions"), "reference", attributes, *geometry);
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
        upsert(project_.layer("street_works"), "work_reference_number", attributes, *geometry);
    }

    void upsert(core::FeatureTable& table, const char* key,
                const std::map<std::string, core::Value>& attributes, const core::Wkb& geometry) {
        const auto done = table.upsert(key, {0, attributes, geometry});
        ++(done == core::FeatureTable::Upserted::Inserted ? summary_.inserted : summary_.updated);
    }

    void removeRestriction(const std::string& reference) {
        auto& restrictions = project_.layer("restrictions");
        if (const auto fid = restrictions.findByKey("reference", reference)) {
            restrictions.remove(*fid);
            ++summary_.updated;
        } else {
            ++summary_.skipped;
        }
    }

    core::Project& project_;
    ImportSummary& summary_;
    RejectsFile rejects_;
    core::ProjContext proj_;
    core::GeosContext geos_;
    AreaCheck area_;
    std::optional<core::CrsTransform> fromGrid_;
    std::map<std::string, StreetManagerEvent> latest_;
};

}  // namespace

StreetManagerImporter::StreetManagerImporter(core::Project& project, StreetManagerOptions options)
    : project_(project), options_(std::move(options)) {}

ImportSummary StreetManagerImporter::importPaths(const std::vector<std::filesystem::path>& paths,
                                                 core::Feedback* feedback) {
    ImportSummary summary;
    summary.table = "street_works and restrictions";
    summary.source = paths.size() == 1 ? paths.front() : std::filesystem::path{};
    StreetManagerRun run(project_, options_, summary);
    const StreetManagerSink sink{
        [&run](StreetManagerEvent event) { run.fold(std::move(event)); },
        [&run](const std::filesystem::path& file, std::int64_t line, const std::string& reason) {
            run.badRecord(file, line, reason);
        }};
    for (const auto& path : paths) {
        readStreetManager(path, sink);
    }
    ImportProgress progress(feedback, 512);
    core::Transaction transaction(project_.database());
    run.store(progress);
    recordSource(project_, {"street_manager", options_.vintage,
                            attributionOr(options_.attribution, kAttribution)});
    transaction.commit();
    progress.finish();
    summary.rejectsFile = run.rejects().writtenPath();
    return summary;
}

}  // namespace gigamap::importers

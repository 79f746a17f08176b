#include "street_works_generator.h"

#include <fmt/format.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "gigamap/importers/uk_date.h"
#include "sample_calendar.h"

namespace gigamap::sample {
namespace {

constexpr int kWorks = 600;
constexpr int kReferenceDay = 243;  // 1 September 2026: works before it have started or finished

struct Promoter {
    const char* name;
    const char* swaCode;
    const char* activity;
};
// Promoters seen in Lancashire's real roadworks feed; codes and activities are synthetic.
const std::vector<Promoter> kPromoters{
    {"Electricity North West Limited", "7651", "Utility repair and maintenance works"},
    {"United Utilities Water", "7652", "Utility repair and maintenance works"},
    {"Lancashire County Council", "2371", "Highway repair and maintenance works"},
    {"BT", "7653", "Utility asset works"},
    {"Cadent", "7654", "Utility repair and maintenance works"},
    {"Virgin Media", "7655", "Utility asset works"},
    {"Broadband for the Rural North Limited", "7656", "New service connection"}};

struct Category {
    const char* name;
    const char* ref;
    int minDays;
    int maxDays;
};
const std::vector<Category> kCategories{
    {"Minor", "minor", 1, 3},        {"Minor", "minor", 1, 3},
    {"Standard", "standard", 4, 10}, {"Standard", "standard", 4, 10},
    {"Major", "major", 11, 60},      {"Immediate - urgent", "immediate_urgent", 1, 2}};
const std::vector<std::string> kTrafficManagement{"Two-way signals",
                                                  "Some carriageway incursion",
                                                  "No carriageway incursion",
                                                  "Lane closure",
                                                  "Road closure",
                                                  "Stop/go boards"};

std::string wkt(const std::vector<core::Coordinate>& line) {
    if (line.size() == 1) {
        return fmt::format("POINT({:.2f} {:.2f})", line[0].x, line[0].y);
    }
    std::string text = "LINESTRING(";
    for (std::size_t i = 0; i < line.size(); ++i) {
        text += fmt::format("{}{:.2f} {:.2f}", i == 0 ? "" : ",", line[i].x, line[i].y);
    }
    return text + ")";
}

// Where on a road a work is dug: one stretch between two vertices, or a point.
std::vector<core::Coordinate> siteOn(const Road& road, DeterministicRandom& random) {
    const auto i =
        static_cast<std::size_t>(random.integer(0, static_cast<int>(road.line.size()) - 2));
    if (random.chance(0.3)) {
        return {road.line[i]};
    }
    return {road.line[i], road.line[i + 1]};
}

class EventWriter {
public:
    explicit EventWriter(const std::filesystem::path& file) : out_(file) {
        if (!out_) {
            throw std::runtime_error("cannot write " + file.string());
        }
    }

    void write(const char* type, const char* objectType, int day, int minute,
               const std::string& reference, const nlohmann::json& data) {
        const nlohmann::json event{
            {"event_reference", ++next_},
            {"event_type", type},
            {"object_data", data},
            {"event_time",
             fmt::format("{}T{:02d}:{:02d}:00.000Z", isoDay(day), 8 + minute / 60, minute % 60)},
            {"object_type", objectType},
            {"object_reference", reference},
            {"version", 1}};
        out_ << event.dump() << '\n';
    }

private:
    std::ofstream out_;
    std::int64_t next_ = 0;
};

void writeWork(EventWriter& events, int number, const Road& road, int start, int days,
               DeterministicRandom& random) {
    const auto& promoter = random.pick(kPromoters);
    const auto& category = random.pick(kCategories);
    const int end = start + days - 1;
    const std::string reference = fmt::format("LS{:04d}{:06d}", 7650, number);
    nlohmann::json data{{"work_reference_number", reference},
                        {"permit_reference_number", reference + "-01"},
                        {"promoter_swa_code", promoter.swaCode},
                        {"promoter_organisation", promoter.name},
                        {"highway_authority", "LANCASHIRE COUNTY COUNCIL"},
                        {"highway_authority_swa_code", "2371"},
                        {"works_location_coordinates", wkt(siteOn(road, random))},
                        {"street_name", road.name.empty() ? "UNNAMED ROAD" : road.name},
                        {"area_name", "LANCASTER"},
                        {"town", "LANCASTER"},
                        {"work_category", category.name},
                        {"work_category_ref", category.ref},
                        {"traffic_management_type", random.pick(kTrafficManagement)},
                        {"proposed_start_date", importers::ukMidnightAsUtc(isoDay(start))},
                        {"proposed_end_date", importers::ukMidnightAsUtc(isoDay(end))},
                        {"actual_start_date_time", nullptr},
                        {"actual_end_date_time", nullptr},
                        {"work_status", "Works planned"},
                        {"work_status_ref", "planned"},
                        {"usrn", std::to_string(road.usrn)},
                        {"activity_type", promoter.activity},
                        {"is_ttro_required", category.maxDays > 10 ? "Yes" : "No"},
                        {"collaborative_working", random.chance(0.1) ? "Yes" : "No"},
                        {"permit_status", "submitted"}};
    events.write("PERMIT_SUBMITTED", "PERMIT", std::max(0, start - 20), random.integer(0, 500),
                 reference, data);
    data["permit_status"] = "granted";
    events.write("PERMIT_GRANTED", "PERMIT", std::max(0, start - 10), random.integer(0, 500),
                 reference, data);
    if (random.chance(0.06)) {
        data["permit_status"] = "cancelled";
        data["work_status"] = "Works cancelled";
        data["work_status_ref"] = "cancelled";
        events.write("PERMIT_CANCELLED", "PERMIT", std::max(0, start - 3), random.integer(0, 500),
                     reference, data);
        return;
    }
    if (start >= kReferenceDay) {
        return;
    }
    data["actual_start_date_time"] =
        fmt::format("{}T07:{:02d}:00.000Z", isoDay(start), random.integer(0, 59));
    data["work_status"] = "Works in progress";
    data["work_status_ref"] = "in_progress";
    events.write("WORK_START", "PERMIT", start, random.integer(0, 100), reference, data);
    if (end >= kReferenceDay) {
        return;
    }
    const int actualEnd = end + random.integer(-1, 1);
    data["actual_end_date_time"] = fmt::format(
        "{}T15:{:02d}:00.000Z", isoDay(std::max(start, actualEnd)), random.integer(0, 59));
    data["work_status"] = "Works completed";
    data["work_status_ref"] = "completed";
    events.write("WORK_STOP", "PERMIT", std::max(start, actualEnd), random.integer(400, 500),
                 reference, data);
}

void writeRestriction(EventWriter& events, int number, const Road& road, int start, int end) {
    const std::string reference = fmt::format("LA-S58-{:04d}", number);
    const nlohmann::json data{{"activity_reference_number", reference},
                              {"usrn", std::to_string(road.usrn)},
                              {"street_name", road.name.empty() ? "UNNAMED ROAD" : road.name},
                              {"town", "LANCASTER"},
                              {"area_name", "LANCASTER"},
                              {"road_category", "3"},
                              {"activity_coordinates", wkt(road.line)},
                              {"activity_name", "Carriageway resurfacing: Section 58 restriction"},
                              {"activity_type", "Section 58"},
                              {"start_date", importers::ukMidnightAsUtc(isoDay(start))},
                              {"end_date", importers::ukMidnightAsUtc(isoDay(end))},
                              {"highway_authority", "LANCASHIRE COUNTY COUNCIL"},
                              {"highway_authority_swa_code", "2371"},
                              {"traffic_management_type", "No carriageway incursion"},
                              {"collaborative_working", "No"},
                              {"cancelled", "No"}};
    events.write("ACTIVITY_CREATED", "ACTIVITY", std::max(0, start - 30), 0, reference, data);
}

int dayOf(const std::string& iso) {
    // Days since 1 January 2026 of a 2026 date.
    static constexpr int kBefore[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    const int month = std::stoi(iso.substr(5, 2));
    const int day = std::stoi(iso.substr(8, 2));
    return kBefore[month - 1] + day - 1;
}

}  // namespace

void writeStreetManagerEvents(const std::vector<Road>& roads, const NetworkGenerator& network,
                              DeterministicRandom& random, const std::filesystem::path& file) {
    EventWriter events(file);
    int number = 0;
    // Everyday works across the district's roads through the year.
    for (int i = 0; i < kWorks; ++i) {
        const auto& category = random.pick(kCategories);
        writeWork(events, ++number, random.pick(roads), random.integer(0, 350),
                  random.integer(category.minDays, category.maxDays), random);
    }
    // Dig-once openings: works on the streets of planned ducts during their windows.
    for (const auto& duct : network.plannedDucts()) {
        if (random.chance(0.6)) {
            writeWork(events, ++number, *duct.road, dayOf(duct.start) + random.integer(-5, 5),
                      random.integer(3, 12), random);
        }
    }
    // Section 58 restrictions after resurfacing: on network streets, one across a
    // planned duct's window (a blocked dig) and one ending the day before another's.
    int restriction = 0;
    for (int i = 0; i < 5 && !network.networkRoads().empty(); ++i) {
        const int start = random.integer(20, 280);
        writeRestriction(events, ++restriction, *random.pick(network.networkRoads()), start,
                         start + random.integer(180, 365));
    }
    if (network.plannedDucts().size() >= 2) {
        const auto& blocked = network.plannedDucts()[0];
        writeRestriction(events, ++restriction, *blocked.road, dayOf(blocked.start) - 60,
                         dayOf(blocked.start) + 120);
        const auto& clear = network.plannedDucts()[1];
        writeRestriction(events, ++restriction, *clear.road, dayOf(clear.start) - 200,
                         dayOf(clear.start) - 1);
    }
}

}  // namespace gigamap::sample

#include "analysis_fixture.h"

#include <string>

#include "gigamap/core/feature_table.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/transaction.h"

namespace gigamap::test {
namespace {

std::string coords(double dx, double dy) {
    return std::to_string(MapFixture::kX0 + dx) + " " + std::to_string(MapFixture::kY0 + dy);
}

std::string square(double x0, double y0, double x1, double y1) {
    return "((" + coords(x0, y0) + ", " + coords(x1, y0) + ", " + coords(x1, y1) + ", " +
           coords(x0, y1) + ", " + coords(x0, y0) + "))";
}

core::Feature work(const char* reference, const char* street, std::int64_t usrn, const char* start,
                   const char* end, core::Wkb geometry) {
    return {0,
            {{"work_reference_number", std::string(reference)},
             {"street_name", std::string(street)},
             {"usrn", usrn},
             {"promoter_organisation", std::string("Electricity North West")},
             {"start_date", std::string(start)},
             {"end_date", std::string(end)}},
            std::move(geometry)};
}

}  // namespace

AnalysisFixture::AnalysisFixture() {
    const core::GeosContext geos;
    const auto wkb = [&](const std::string& wkt) { return geos.writeWkb(geos.readWkt(wkt)); };
    core::Transaction transaction(project_->database());
    project_->layer("ducts").patch(2, {{"planned_start", std::string("2026-03-01")},
                                       {"planned_end", std::string("2026-03-31")},
                                       {"usrn", std::int64_t{100}}});
    auto& works = project_->layer("street_works");
    works.insert(work("W1", "Castle Hill", 100, "2026-03-10", "2026-03-20",
                      wkb("LINESTRING (" + coords(300, 805) + ", " + coords(400, 805) + ")")));
    works.insert(work("W2", "Castle Hill", 100, "2026-03-15", "2026-04-02",
                      core::pointWkb(kX0 + 350, kY0 + 808)));
    works.insert(work("W3", "Penny Street", 200, "2026-05-01", "2026-05-05",
                      core::pointWkb(kX0 + 700, kY0 + 200)));
    project_->layer("boundaries")
        .insert({0,
                 {{"code", std::string("E07000121")},
                  {"name", std::string("Lancaster")},
                  {"kind", std::string("district")}},
                 wkb("MULTIPOLYGON (" + square(0, 0, 1000, 1000) + ")")});
    project_->layer("hotspots")
        .insert({0,
                 {{"name", std::string("Market Square")}, {"radius_m", 100.0}},
                 core::pointWkb(kX0 + 500, kY0 + 500)});
    project_->layer("restrictions")
        .insert({0,
                 {{"usrn", std::int64_t{100}},
                  {"kind", std::string("s58")},
                  {"start_date", std::string("2026-01-01")},
                  {"end_date", std::string("2026-12-31")}},
                 wkb("POLYGON " + square(600, 790, 700, 810))});
    transaction.commit();
}

void AnalysisFixture::SetUp() {
    ASSERT_TRUE(openInWindow(window_, {1100, 800}));
}

}  // namespace gigamap::test

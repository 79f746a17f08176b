#include "pg_test_support.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <cstring>

#include "gigamap/core/coordinate.h"
#include "gigamap/core/feature.h"
#include "gigamap/core/feature_store.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/pg_connection.h"
#include "gigamap/core/sqlite_database.h"
#include "gigamap/core/sqlite_statement.h"
#include "gigamap/core/transaction.h"

namespace gigamap::test {
namespace {

std::string percentEncoded(std::string_view text) {
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || c == '_' || c == '-' || c == '.') {
            out += c;
        } else {
            out += fmt::format("%{:02X}", byte);
        }
    }
    return out;
}

core::Wkb polygonWkb(double x, double y, double size) {
    // A MultiPolygon of one square, little-endian.
    core::Wkb wkb;
    const auto put32 = [&](std::uint32_t v) {
        for (int i = 0; i < 4; ++i) {
            wkb.push_back(static_cast<unsigned char>(v >> (8 * i)));
        }
    };
    const auto putDouble = [&](double d) {
        std::uint64_t bits = 0;
        std::memcpy(&bits, &d, sizeof d);
        for (int i = 0; i < 8; ++i) {
            wkb.push_back(static_cast<unsigned char>(bits >> (8 * i)));
        }
    };
    wkb.push_back(1);
    put32(6);
    put32(1);
    wkb.push_back(1);
    put32(3);
    put32(1);
    put32(5);
    for (const auto& [px, py] :
         {std::pair{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}, {x, y}}) {
        putDouble(px);
        putDouble(py);
    }
    return wkb;
}

}  // namespace

std::string serverUri() {
    const char* uri = std::getenv("GIGAMAP_PG_URI");
    if (uri == nullptr || *uri == '\0') {
        ADD_FAILURE() << "GIGAMAP_PG_URI is not set: run these tests through ctest (-L pg), "
                         "which starts the throwaway PostgreSQL cluster";
        return "postgresql:///gigamap_test";
    }
    return uri;
}

std::string ServerTest::uriOfSchema(const std::string& schema) {
    schemas_.push_back(schema);
    const std::string base = serverUri();
    return fmt::format("{}{}schema={}", base, base.find('?') == std::string::npos ? "?" : "&",
                       percentEncoded(schema));
}

std::string ServerTest::schemaUri(std::string_view tag) {
    // Short enough for PostgreSQL's 63 bytes; the process id keeps parallel runs apart.
    static int made = 0;
    return uriOfSchema(fmt::format("t_{}_{}_{}", tag, getpid(), ++made));
}

void ServerTest::TearDown() {
    core::PgConnection connection(
        core::ProjectLocator::parse(serverUri() + "&schema=x").conninfo());
    for (const auto& schema : schemas_) {
        connection.exec("DROP SCHEMA IF EXISTS " + connection.identifier(schema) + " CASCADE");
    }
}

void fillProject(core::Project& project) {
    core::Transaction transaction(project.database());
    project.layer("boundaries")
        .insert({0,
                 {{"code", "E07000121"}, {"name", "Lancaster"}, {"kind", "district"}},
                 polygonWkb(340000, 450000, 20000)});
    project.layer("boundaries")
        .insert({0,
                 {{"code", "W1"}, {"name", "Bulk's \"Ward\""}, {"kind", "ward"}},
                 polygonWkb(345000, 455000, 1000.25)});
    project.layer("postcodes")
        .insert({0,
                 {{"postcode", "LA1 1AA"},
                  {"all_premises", std::int64_t{42}},
                  {"gigabit_pct", 0.1},
                  {"sfbb_pct", 1.0 / 3.0},
                  {"full_fibre_pct", 1e-300},
                  {"vintage", "2023-05"}},
                 core::pointWkb(347512.37, 461234.01)});
    project.layer("postcodes")
        .insert({0,
                 {{"postcode", "LA1 1AB"}, {"all_premises", std::int64_t{-9007199254740993}}},
                 core::pointWkb(347000.5, 461000.125)});
    const std::vector<std::string> refs{
        "D-1",      "d-2\ttab", "D-3\nline", "D-4\\back", "D-5 'quote'); DROP TABLE ducts; --",
        "Ünïcode ✓"};
    double x = 347000;
    for (const auto& ref : refs) {
        project.layer("ducts").insert(
            {0,
             {{"ref", ref},
              {"status", ref == "D-1" ? "planned" : "existing"},
              {"diameter_mm", 110.0},
              {"subducts", std::int64_t{4}},
              {"planned_start", "2026-01-05"},
              {"planned_end", "2026-02-01T10:00:00Z"},
              {"usrn", std::int64_t{38200123}}},
             core::lineWkb({{x, 461000}, {x + 12.5, 461003.3}, {x + 30, 461010}})});
        x += 40;
    }
    project.layer("ducts").insert({0, {{"status", "proposed"}}, {}});  // no ref, no geometry
    project.layer("chambers")
        .insert({0, {{"ref", "C-1"}, {"depth_m", 0.9}}, core::pointWkb(347000, 461000)});
    project.layer("chambers").insert({0, {{"ref", "C-2"}}, {}});
    project.layer("hotspots")
        .insert({0, {{"name", "Library"}, {"radius_m", 50.0}}, core::pointWkb(347100, 461100)});
    project.layer("street_works")
        .insert({0,
                 {{"work_reference_number", "TSR1591199404915"},
                  {"usrn", std::int64_t{38200123}},
                  {"street_name", "Church Street"},
                  {"start_date", "2026-01-10"},
                  {"end_date", "2026-01-20"},
                  {"is_active", std::int64_t{1}}},
                 core::lineWkb({{347010, 461001}, {347050, 461004}})});
    project.layer("street_works")
        .insert({0,
                 {{"work_reference_number", "TSR2"}, {"is_active", std::int64_t{0}}},
                 polygonWkb(347200, 461200, 5)});
    project.layer("roads").insert({0,
                                   {{"usrn", std::int64_t{38200123}}, {"name", "Church St"}},
                                   core::lineWkb({{347000, 461000}, {347100, 461000}})});
    project.setMetaValue("vintage.ofcom_fixed", "2023-05");
    project.setMetaValue("attribution.ofcom_fixed", "Contains Ofcom data © Ofcom 2023");
    project.setMetaValue("cost_model", R"({"rates": {"verge": 62.5}})");
    auto style = project.database().prepare(
        "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
        "f_geometry_column, styleName, styleQML, useAsDefault, update_time, gigamap_style) "
        "VALUES ('', '', 'ducts', 'geom', 'gigamap', '<qgis/>', 1, '2026-01-01T00:00:00Z', "
        "'{\"colour\": \"#ff0000\"}')");
    style.run();
    auto log = project.database().prepare(
        "INSERT INTO edit_log (at, user, table_name, fid, action, before, after) VALUES "
        "('2026-01-01T00:00:00Z', 'planner', 'ducts', 1, 'update', '{}', '{\"ref\": \"D-1\"}')");
    log.run();
    transaction.commit();
}

void expectSameLayers(const core::FeatureStore& expected, const core::FeatureStore& actual) {
    for (const auto& layer : core::projectLayers()) {
        SCOPED_TRACE(layer.table);
        core::LayerQuery query(layer.table);
        for (const auto& field : layer.fields) {
            query.fields.push_back(field.name);
        }
        query.withNullGeometry();
        struct Row {
            std::int64_t fid;
            std::vector<core::Value> values;
            core::Wkb wkb;
            bool operator==(const Row&) const = default;
        };
        const auto read = [&](const core::FeatureStore& store) {
            std::vector<Row> rows;
            store.scan(query, [&](const core::FeatureRow& row) {
                rows.push_back({row.fid, row.values, {row.wkb.begin(), row.wkb.end()}});
                return true;
            });
            return rows;
        };
        const auto want = read(expected);
        const auto got = read(actual);
        ASSERT_EQ(got.size(), want.size());
        for (std::size_t i = 0; i < want.size(); ++i) {
            EXPECT_EQ(got[i].fid, want[i].fid);
            EXPECT_TRUE(got[i].values == want[i].values) << "fid " << want[i].fid;
            EXPECT_TRUE(got[i].wkb == want[i].wkb) << "fid " << want[i].fid;
        }
        EXPECT_EQ(actual.count(layer.table, {}), expected.count(layer.table, {}));
    }
}

}  // namespace gigamap::test

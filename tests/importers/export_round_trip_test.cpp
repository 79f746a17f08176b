// Export a layer to each format and import it back: attributes and geometry come back equal.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>

#include "gigamap/core/error.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/project.h"
#include "gigamap/importers/vector_exporter.h"
#include "gigamap/importers/vector_importer.h"
#include "support/full_disk.h"
#include "support/project_fixture.h"

namespace gigamap::importers {
namespace {

using ::testing::HasSubstr;

struct Format {
    std::string extension;
    double tolerance;  // metres: WGS84 formats round-trip through a transformation
    std::map<std::string, std::string> fieldMap;  // how to read it back
    std::optional<std::string> sourceCrs;
};

class ExportRoundTripTest : public test::ProjectTest, public ::testing::WithParamInterface<Format> {
protected:
    core::GeosContext geos_;

    void SetUp() override {
        auto project = core::Project::create(projectPath_, {"source", "EPSG:27700"});
        auto& ducts = project.layer("ducts");
        for (int i = 0; i < 3; ++i) {
            core::Feature duct;
            duct.attributes = {{"ref", "LAN-D-" + std::to_string(i)},
                               {"owner", std::string("Lancaster City Council")},
                               {"status", std::string(i == 0 ? "existing" : "planned")},
                               {"duct_type", std::string("ductile, 110 \"mm\"")},
                               {"diameter_mm", 110.5 + i},
                               {"subducts", std::int64_t{4}},
                               {"spare_subducts", std::int64_t{i}},
                               {"depth_m", 0.65},
                               {"surface", std::string("footway")},
                               {"from_chamber", std::string("LAN-C-1")},
                               {"to_chamber", std::string("LAN-C-2")},
                               {"usrn", std::int64_t{37100416 + i}},
                               {"planned_start", std::string("2026-05-0") + std::to_string(i + 1)},
                               {"planned_end", std::string("2026-06-30")},
                               {"installed", std::string("2021-03-01")},
                               {"work_category", std::string(i == 2 ? "major" : "standard")}};
            duct.geometry = geos_.writeWkb(
                geos_.readWkt("LINESTRING (347863.25 461529.5, 347900.75 461540.25, " +
                              std::to_string(347950 + i * 10) + ".5 461600)"));
            (void)ducts.insert(duct);
        }
    }
};

TEST_P(ExportRoundTripTest, DuctsComeBackEqual) {
    const Format& format = GetParam();
    const auto file = dir_.file("ducts" + format.extension);
    {
        auto project = core::Project::open(projectPath_, core::Project::Access::ReadOnly);
        const auto summary =
            VectorExporter(project).exportTable({"ducts", file, "", {}, false, false});
        EXPECT_EQ(summary.features, 3);
    }
    auto target = core::Project::create(dir_.file("target.sqlite"), {"target", "EPSG:27700"});
    VectorOptions options;
    options.table = "ducts";
    options.fields = format.fieldMap;
    options.sourceCrs = format.sourceCrs;
    options.source.rejectsFile = dir_.file("rejects.csv");
    const auto imported = VectorImporter(target, options).importFile(file);
    EXPECT_EQ(imported.inserted, 3);
    EXPECT_EQ(imported.rejected, 0);

    auto source = core::Project::open(projectPath_, core::Project::Access::ReadOnly);
    for (std::int64_t fid = 1; fid <= 3; ++fid) {
        SCOPED_TRACE(fid);
        const auto before = source.layer("ducts").read(fid).value();
        const auto after = target.layer("ducts").read(fid).value();
        EXPECT_EQ(after.attributes, before.attributes);
        const auto a = geos_.readWkb(before.geometry).coordinates();
        const auto b = geos_.readWkb(after.geometry).coordinates();
        ASSERT_EQ(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            EXPECT_NEAR(a[i].x, b[i].x, format.tolerance);
            EXPECT_NEAR(a[i].y, b[i].y, format.tolerance);
        }
    }
}

INSTANTIATE_TEST_SUITE_P(EveryFormat, ExportRoundTripTest,
                         ::testing::Values(Format{".gpkg", 1e-9, {}, std::nullopt},
                                           Format{".fgb", 1e-9, {}, std::nullopt},
                                           Format{".geojson", 0.02, {}, std::nullopt},
                                           Format{".kml", 0.02, {}, std::nullopt},
                                           Format{".csv", 1e-6, {}, "EPSG:27700"},
                                           Format{".shp",
                                                  1e-9,
                                                  {{"diameter_mm", "diameter_m"},
                                                   {"spare_subducts", "spare_subd"},
                                                   {"from_chamber", "from_chamb"},
                                                   {"planned_start", "planned_st"},
                                                   {"planned_end", "planned_en"},
                                                   {"work_category", "work_categ"}},
                                                  std::nullopt}),
                         [](const ::testing::TestParamInfo<Format>& format) {
                             return format.param.extension.substr(1);
                         });

class ExporterTest : public test::ProjectTest {};

TEST_F(ExporterTest, WhereFiltersWithBoundValuesAndBadRequestsLeaveNoFile) {
    auto project = core::Project::create(projectPath_, {"p", "EPSG:27700"});
    const core::GeosContext geos;
    for (const char* status : {"existing", "planned", "planned"}) {
        core::Feature duct;
        duct.attributes = {{"status", std::string(status)}, {"owner", std::string("x' OR '1'='1")}};
        duct.geometry = geos.writeWkb(geos.readWkt("LINESTRING (347000 461000, 347100 461000)"));
        (void)project.layer("ducts").insert(duct);
    }
    VectorExporter exporter(project);
    EXPECT_EQ(
        exporter
            .exportTable({"ducts", dir_.file("p.gpkg"), "", {{"status", "planned"}}, false, false})
            .features,
        2);
    EXPECT_EQ(exporter
                  .exportTable(
                      {"ducts", dir_.file("q.gpkg"), "", {{"owner", "x' OR '1'='1"}}, false, false})
                  .features,
              3);
    EXPECT_EQ(exporter
                  .exportTable(
                      {"ducts", dir_.file("r.gpkg"), "", {{"owner", "' OR 1=1 --"}}, false, false})
                  .features,
              0);
    EXPECT_THROW((void)exporter.exportTable({"ducts", dir_.file("p.gpkg"), "", {}, false, false}),
                 core::ExportError);  // exists
    EXPECT_THROW((void)exporter.exportTable(
                     {"ducts", dir_.file("s.gpkg"), "", {{"colour", "red"}}, false, false}),
                 core::ExportError);
    EXPECT_THROW((void)exporter.exportTable(
                     {"ducts", dir_.file("t.gpkg"), "", {{"usrn", "ten"}}, false, false}),
                 core::ExportError);
    EXPECT_THROW(
        (void)exporter.exportTable({"street_works", dir_.file("w.shp"), "", {}, false, false}),
        core::ExportError);
    EXPECT_THROW((void)exporter.exportTable({"ducts", dir_.file("d.txt"), "", {}, false, false}),
                 core::ExportError);
    for (const char* name : {"s.gpkg", "t.gpkg", "w.shp", "w.dbf", "d.txt"}) {
        EXPECT_FALSE(std::filesystem::exists(dir_.file(name))) << name;
    }
}

// Issue 18, class 6: GDAL's GeoJSON, KML and FlatGeobuf writers print nothing
// when the disk fills; the export must fail (ExportError, exit 2) and leave
// nothing at the target, and a file it would replace stays as it was.
TEST_F(ExportRoundTripTest, AFullDiskFailsEveryFormatAndLeavesNothing) {
    test::FullDisk disk;
    if (!disk.available()) {
        GTEST_SKIP() << disk.why();
    }
    auto project = core::Project::open(projectPath_);
    VectorExporter exporter(project);
    for (const char* name : {"d.geojson", "d.kml", "d.fgb", "d.gpkg", "d.shp", "d.csv"}) {
        try {
            (void)exporter.exportTable({"ducts", disk.file(name), "", {}, false, false});
            ADD_FAILURE() << name << " was written to a full disk";
        } catch (const core::ExportError& error) {
            EXPECT_THAT(error.what(), HasSubstr(name));
        }
        EXPECT_EQ(disk.leftovers(), "") << name;
    }
}

TEST_F(ExportRoundTripTest, CsvExportGuardsFormulaCells) {
    {
        auto project = core::Project::open(projectPath_);
        auto& ducts = project.layer("ducts");
        auto duct = *ducts.read(1);
        duct.attributes["owner"] = std::string("=HYPERLINK(\"http://x\",\"y\")");
        ducts.update(duct);
        (void)VectorExporter(project).exportTable(
            {"ducts", dir_.file("d.csv"), "", {}, false, false});
    }
    EXPECT_THAT(test::fileBytes(dir_.file("d.csv")), HasSubstr("\"'=HYPERLINK("));
}

}  // namespace
}  // namespace gigamap::importers

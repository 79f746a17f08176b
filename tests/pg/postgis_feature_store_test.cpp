// The PostGIS store answers every kind of LayerQuery exactly as the SpatiaLite
// store does: the same rows, in the same order, with the same values and WKB.
#include <gtest/gtest.h>

#include "gigamap/core/error.h"
#include "gigamap/core/feature.h"
#include "gigamap/core/feature_store.h"
#include "gigamap/core/postgis_project.h"
#include "gigamap/core/project.h"
#include "pg_test_support.h"

namespace gigamap::core {
namespace {

class PostgisFeatureStoreTest : public test::ServerTest {
protected:
    void SetUp() override {
        file_.emplace(Project::create(dir_.file("a.sqlite"), {"x", "EPSG:27700"}));
        test::fillProject(*file_);
        server_.emplace(PostgisProject::copyOf(*file_, schemaLocator("store"), false));
    }

    struct Read {
        std::vector<std::int64_t> fids;
        std::vector<std::vector<Value>> values;
        std::vector<Wkb> wkb;
    };

    static Read read(const FeatureStore& store, const LayerQuery& query) {
        Read out;
        store.scan(query, [&](const FeatureRow& row) {
            out.fids.push_back(row.fid);
            out.values.push_back(row.values);
            out.wkb.emplace_back(row.wkb.begin(), row.wkb.end());
            return true;
        });
        return out;
    }

    // Both stores give the same answer; returns the fids for the test to check.
    std::vector<std::int64_t> same(const LayerQuery& query) {
        const Read want = read(file_->features(), query);
        const Read got = read(server_->features(), query);
        EXPECT_EQ(got.fids, want.fids);
        EXPECT_TRUE(got.values == want.values);
        EXPECT_TRUE(got.wkb == want.wkb);
        return want.fids;
    }

    std::optional<Project> file_;
    std::optional<PostgisProject> server_;
};

TEST_F(PostgisFeatureStoreTest, ConditionsSelectTheSameRows) {
    using Op = FieldCondition::Op;
    EXPECT_EQ(same(LayerQuery("boundaries")
                       .select({"code", "name"})
                       .where(FieldCondition::equal("kind", "ward")))
                  .size(),
              1U);
    EXPECT_EQ(same(LayerQuery("ducts")
                       .select({"ref"})
                       .where(FieldCondition::in("status", {"planned", "proposed"}))
                       .withNullGeometry())
                  .size(),
              2U);
    EXPECT_EQ(
        same(LayerQuery("postcodes").select({"postcode"}).where({"gigabit_pct", Op::Less, {0.5}}))
            .size(),
        1U);
    EXPECT_EQ(same(LayerQuery("ducts")
                       .select({"ref"})
                       .where({"status", Op::NotEqual, {std::string("existing")}})
                       .noGeometry()
                       .withNullGeometry())
                  .size(),
              2U);
    EXPECT_EQ(same(LayerQuery("street_works")
                       .select({"usrn", "street_name"})
                       .where({"usrn", Op::NotNull, {}})
                       .where(FieldCondition::notEmpty("street_name")))
                  .size(),
              1U);
    EXPECT_TRUE(same(LayerQuery("ducts").where(FieldCondition::in("status", {}))).empty());
    EXPECT_EQ(server_->features().count("ducts", {FieldCondition::equal("status", "existing")}), 5);
}

TEST_F(PostgisFeatureStoreTest, TextSortsByItsBytesWithNullFirstThenByFid) {
    // 'D…' < 'd…' < 'Ü…' bytewise; a collation-aware sort would put d-2 between D-1 and D-3.
    const auto fids =
        same(LayerQuery("ducts").select({"ref", "status"}).withNullGeometry().sortBy({"ref"}));
    ASSERT_EQ(fids.size(), 7U);
    EXPECT_EQ(fids.front(), 7);  // the duct without a ref
    EXPECT_EQ(same(LayerQuery("chambers").withNullGeometry().sortBy({"depth_m"})),
              (std::vector<std::int64_t>{2, 1}));
}

TEST_F(PostgisFeatureStoreTest, BoxDayAndLimitSelectTheSameRows) {
    EXPECT_EQ(
        same(LayerQuery("ducts").select({"ref"}).inBox({347035, 460990, 347045, 461020})).size(),
        1U);
    EXPECT_EQ(same(LayerQuery("ducts").select({"ref"}).onDay(
                       {"planned_start", "planned_end", "2026-02-01", false}))
                  .size(),
              6U);
    EXPECT_EQ(same(LayerQuery("street_works")
                       .select({"work_reference_number"})
                       .onDay({"start_date", "end_date", "2026-03-01", true}))
                  .size(),
              1U);
    EXPECT_EQ(same(LayerQuery("ducts").select({"ref"}).sortBy({"ref"}).first(2)).size(), 2U);
}

TEST_F(PostgisFeatureStoreTest, AVisitThatStopsOrThrowsLeavesTheConnectionUsable) {
    int seen = 0;
    server_->features().scan(LayerQuery("ducts"), [&](const FeatureRow&) { return ++seen < 2; });
    EXPECT_EQ(seen, 2);
    EXPECT_THROW(server_->features().scan(
                     LayerQuery("ducts"),
                     [](const FeatureRow&) -> bool { throw AnalysisError("stop here"); }),
                 AnalysisError);
    EXPECT_EQ(server_->features().count("ducts", {}), 7);
}

TEST_F(PostgisFeatureStoreTest, UnknownFieldsAreRefusedBeforeAnySql) {
    EXPECT_THROW(server_->features().scan(LayerQuery("ducts").select({"ref\"; --"}),
                                          [](const FeatureRow&) { return true; }),
                 StoreError);
    EXPECT_THROW((void)server_->features().count("no_such_layer", {}), StoreError);
}

}  // namespace
}  // namespace gigamap::core

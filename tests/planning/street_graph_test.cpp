// The street graph: noding where roads cross and touch, and lead-ins.
#include <gtest/gtest.h>

#include <cmath>

#include "gigamap/core/planning/street_graph.h"

namespace gigamap::core::planning {
namespace {

RoadLine road(std::int64_t fid, std::vector<Coordinate> points) {
    return {fid, std::nullopt, "", "residential", "", std::move(points)};
}

double totalLength(const StreetGraph& graph) {
    double total = 0.0;
    for (const auto& edge : graph.edges()) {
        total += edge.length;
    }
    return total;
}

TEST(StreetGraph, NodesTwoRoadsWhereTheyCrossWithoutASharedVertex) {
    const StreetGraph graph({road(1, {{0, 0}, {100, 0}}), road(2, {{50, -50}, {50, 50}})}, 1.0);
    ASSERT_EQ(graph.edges().size(), 4U);
    EXPECT_EQ(graph.nodes().size(), 5U);
    EXPECT_EQ(graph.streetDegrees()[1], 4U);  // the crossing, made second
    EXPECT_DOUBLE_EQ(graph.nodes()[1].x, 50.0);
    EXPECT_DOUBLE_EQ(graph.nodes()[1].y, 0.0);
    EXPECT_DOUBLE_EQ(totalLength(graph), 200.0);
}

TEST(StreetGraph, JoinsARoadEndingWithinTheToleranceOfAnother) {
    // A side road drawn 0.6 m short of the main road: a T-junction.
    const StreetGraph joined({road(1, {{0, 0}, {100, 0}}), road(2, {{40, 0.6}, {40, 80}})}, 1.0);
    EXPECT_EQ(joined.edges().size(), 3U);
    EXPECT_EQ(joined.nodes().size(), 4U);
    // 1.5 m short with a 1 m tolerance: two separate streets.
    const StreetGraph apart({road(1, {{0, 0}, {100, 0}}), road(2, {{40, 1.5}, {40, 80}})}, 1.0);
    EXPECT_EQ(apart.edges().size(), 2U);
    EXPECT_EQ(apart.nodes().size(), 4U);
}

TEST(StreetGraph, KeepsASharedInteriorVertexAsOneJunction) {
    const StreetGraph graph({road(1, {{0, 0}, {50, 0}, {100, 0}}), road(2, {{50, 0}, {50, 60}})},
                            1.0);
    EXPECT_EQ(graph.edges().size(), 3U);
    EXPECT_EQ(graph.streetDegrees()[1], 3U);
}

TEST(StreetGraph, AttachesPointsByPerpendicularLeadInsSplittingTheStreet) {
    StreetGraph graph({road(1, {{0, 0}, {100, 0}})}, 1.0);
    const auto attached = graph.attach({{30, 20}, {70, -10}, {100.5, 0}});
    ASSERT_EQ(attached.size(), 3U);
    ASSERT_TRUE(attached[0] && attached[1] && attached[2]);
    EXPECT_EQ(*attached[2], 1U);  // within the tolerance of the road's end: that node
    // The street in three pieces plus two lead-ins of 20 and 10 m.
    std::size_t leadIns = 0;
    double leadInLength = 0.0;
    double street = 0.0;
    for (const auto& edge : graph.edges()) {
        if (edge.isLeadIn()) {
            ++leadIns;
            leadInLength += edge.length;
        } else {
            street += edge.length;
        }
    }
    EXPECT_EQ(leadIns, 2U);
    EXPECT_DOUBLE_EQ(leadInLength, 30.0);
    EXPECT_DOUBLE_EQ(street, 100.0);
    EXPECT_EQ(graph.edges().size(), 5U);
    EXPECT_DOUBLE_EQ(graph.nodes()[*attached[0]].x, 30.0);
    EXPECT_DOUBLE_EQ(graph.nodes()[*attached[0]].y, 20.0);
}

TEST(StreetGraph, ReportsNothingForAPointWhenThereAreNoStreets) {
    StreetGraph graph({}, 1.0);
    const auto attached = graph.attach({{1, 1}});
    EXPECT_FALSE(attached[0].has_value());
}

TEST(StreetGraph, FindsStreetNodesNearASegment) {
    const StreetGraph graph({road(1, {{0, 0}, {100, 0}}), road(2, {{50, -50}, {50, 50}})}, 1.0);
    const auto near = graph.streetNodesNear({40, 1}, {60, 1}, 3.0);
    ASSERT_EQ(near.size(), 1U);
    EXPECT_EQ(near.front(), 1U);
}

}  // namespace
}  // namespace gigamap::core::planning

// The Steiner heuristic against the exact Dreyfus-Wagner programme on 200
// random graphs, and the budget pruning.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <random>
#include <set>

#include "dreyfus_wagner.h"
#include "gigamap/core/planning/weighted_graph.h"

namespace gigamap::core::planning {
namespace {

struct Case {
    std::size_t nodes = 0;
    std::vector<WeightedEdge> edges;
    std::vector<std::size_t> terminals;
};

// A connected random graph of 6 to 24 nodes: a random spanning tree plus extra edges, integer
// costs 1..20 (ties are common, which exercises the tie-breaking), and 2..12
// terminals.
Case randomCase(std::mt19937& random) {
    Case c;
    c.nodes = std::uniform_int_distribution<std::size_t>(6, 24)(random);
    std::uniform_int_distribution<int> cost(1, 20);
    for (std::size_t v = 1; v < c.nodes; ++v) {
        const std::size_t u = std::uniform_int_distribution<std::size_t>(0, v - 1)(random);
        c.edges.push_back({u, v, static_cast<double>(cost(random))});
    }
    const std::size_t extra = std::uniform_int_distribution<std::size_t>(0, 2 * c.nodes)(random);
    std::uniform_int_distribution<std::size_t> node(0, c.nodes - 1);
    for (std::size_t i = 0; i < extra; ++i) {
        const std::size_t a = node(random);
        const std::size_t b = node(random);
        if (a != b) {
            c.edges.push_back({a, b, static_cast<double>(cost(random))});
        }
    }
    std::vector<std::size_t> order(c.nodes);
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), random);
    const std::size_t k =
        std::uniform_int_distribution<std::size_t>(2, std::min<std::size_t>(12, c.nodes))(random);
    c.terminals.assign(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k));
    return c;
}

// The edges form a tree that connects every terminal.
void expectTreeSpanning(const WeightedGraph& graph, const EdgeSet& tree,
                        const std::vector<std::size_t>& terminals) {
    std::vector<std::size_t> parent(graph.nodeCount());
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&](std::size_t v) {
        while (parent[v] != v) {
            v = parent[v] = parent[parent[v]];
        }
        return v;
    };
    for (const std::size_t e : tree.edges) {
        const auto a = find(graph.edges()[e].from);
        const auto b = find(graph.edges()[e].to);
        ASSERT_NE(a, b) << "the plan has a cycle";
        parent[a] = b;
    }
    for (const std::size_t t : terminals) {
        EXPECT_EQ(find(t), find(terminals.front()));
    }
}

TEST(SteinerTree, WithinTheBoundOfTheExactTreeOn200RandomGraphs) {
    std::mt19937 random(20260401);
    double ratioSum = 0.0;
    double worst = 1.0;
    int optimal = 0;
    for (int i = 0; i < 200; ++i) {
        Case c = randomCase(random);
        const WeightedGraph graph(c.nodes, c.edges);
        const EdgeSet tree = steinerTree(graph, c.terminals);
        expectTreeSpanning(graph, tree, c.terminals);
        double sum = 0.0;
        for (const std::size_t e : tree.edges) {
            sum += c.edges[e].cost;
        }
        EXPECT_DOUBLE_EQ(sum, tree.cost);
        const double exact = exactSteinerCost(graph, c.terminals);
        const double bound = 2.0 * (1.0 - 1.0 / static_cast<double>(c.terminals.size()));
        EXPECT_GE(tree.cost, exact - 1e-9) << "case " << i;
        EXPECT_LE(tree.cost, std::max(1.0, bound) * exact + 1e-9) << "case " << i;
        const double ratio = tree.cost / exact;
        ratioSum += ratio;
        worst = std::max(worst, ratio);
        optimal += ratio < 1.0 + 1e-12 ? 1 : 0;
    }
    std::printf("Steiner heuristic / exact over 200 graphs: mean %.4f, worst %.4f, optimal %d\n",
                ratioSum / 200.0, worst, optimal);
}

TEST(SteinerTree, SharesTrenchWhereSeparatePathsWouldNot) {
    // A root, a shared stretch 0-1 of cost 10, and two targets beyond it (1 each),
    // or each straight from the root at 10.5: sharing costs 12, the direct paths 21.
    const WeightedGraph graph(4, {{0, 1, 10}, {1, 2, 1}, {1, 3, 1}, {0, 2, 10.5}, {0, 3, 10.5}});
    const std::vector<std::size_t> terminals{0, 2, 3};
    const EdgeSet tree = steinerTree(graph, terminals);
    EXPECT_DOUBLE_EQ(tree.cost, 12.0);
    EXPECT_EQ(tree.edges, (std::vector<std::size_t>{0, 1, 2}));
}

TEST(SteinerTree, IsDeterministic) {
    std::mt19937 random(7);
    for (int i = 0; i < 20; ++i) {
        const Case c = randomCase(random);
        const WeightedGraph a(c.nodes, c.edges);
        const WeightedGraph b(c.nodes, c.edges);
        EXPECT_EQ(steinerTree(a, c.terminals).edges, steinerTree(b, c.terminals).edges);
    }
}

TEST(SteinerTree, StaysWithinTheBoundWhereOnlyASteinerNodeIsOptimal) {
    // The optimum joins the three terminals through the non-terminal node 4
    // (3 x 5 = 15); a tree through the terminals' direct edges costs 18, within
    // the bound 2 (1 - 1/3) x 15 = 20.
    const WeightedGraph graph(5,
                              {{0, 1, 9}, {1, 2, 9}, {0, 2, 9.5}, {0, 4, 5}, {1, 4, 5}, {2, 4, 5}});
    const std::vector<std::size_t> terminals{0, 1, 2};
    EXPECT_DOUBLE_EQ(exactSteinerCost(graph, terminals), 15.0);
    const double cost = steinerTree(graph, terminals).cost;
    EXPECT_GE(cost, 15.0);
    EXPECT_LE(cost, 20.0);
}

TEST(PruneToBudget, CutsTheBranchesWithFewestPremisesPerPound) {
    // Root 0; branch to 1 (cost 10, 100 premises), branch to 2 (cost 10, 5 premises),
    // branch to 3 via 4 (cost 4 + 4, 50 premises).
    const WeightedGraph graph(5, {{0, 1, 10}, {0, 2, 10}, {0, 4, 4}, {4, 3, 4}});
    const std::vector<std::size_t> terminals{0, 1, 2, 3};
    const EdgeSet tree = steinerTree(graph, terminals);
    ASSERT_DOUBLE_EQ(tree.cost, 28.0);
    const std::vector<double> prize{0, 100, 5, 50, 0};
    const EdgeSet within20 = pruneToBudget(graph, tree, 0, prize, 20.0);
    EXPECT_DOUBLE_EQ(within20.cost, 18.0);  // target 2 (0.5 premises per pound) goes first
    EXPECT_EQ(within20.edges, (std::vector<std::size_t>{0, 2, 3}));
    const EdgeSet within10 = pruneToBudget(graph, tree, 0, prize, 10.0);
    EXPECT_DOUBLE_EQ(within10.cost, 10.0);  // then target 3 (6.25) before 1 (10)
    EXPECT_EQ(within10.edges, (std::vector<std::size_t>{0}));
    EXPECT_EQ(pruneToBudget(graph, tree, 0, prize, 100.0).edges, tree.edges);
}

TEST(ExactSteinerCost, MatchesAHandCountedTree) {
    // A star with centre 4 is cheaper than any path through the terminals.
    const WeightedGraph graph(
        5, {{0, 4, 1}, {1, 4, 1}, {2, 4, 1}, {3, 4, 1}, {0, 1, 1.5}, {1, 2, 1.5}, {2, 3, 1.5}});
    const std::vector<std::size_t> terminals{0, 1, 2, 3};
    EXPECT_DOUBLE_EQ(exactSteinerCost(graph, terminals), 4.0);
}

}  // namespace
}  // namespace gigamap::core::planning

// gigamap-render-benchmark PROJECT.sqlite [google benchmark flags]: how long a
// full redraw of the map takes, as the canvas draws it on its rendering thread
// (every layer visible by default, default styles, labels), at the extent of
// all the project's data and at street level (1 km across its centre).
#include <benchmark/benchmark.h>

#include <QGuiApplication>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

#include "gigamap/core/feature_table.h"
#include "gigamap/core/feedback.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/project.h"
#include "gigamap/render/default_styles.h"
#include "gigamap/render/extent.h"
#include "gigamap/render/map_renderer.h"

namespace {

using gigamap::core::BoundingBox;
using gigamap::core::Project;

const QSize kCanvas(1150, 810);  // the canvas of a 1400x900 window

void redraw(benchmark::State& state, const std::string& path, bool streetLevel) {
    Project project = Project::open(path, Project::Access::ReadOnly);
    std::optional<BoundingBox> extent;
    gigamap::render::RenderRequest request;
    for (const auto& layer : gigamap::core::projectLayers()) {
        if (const auto box = project.layer(layer.table).extent()) {
            gigamap::render::extendBy(extent, *box);
        }
        auto mapLayer = gigamap::render::MapLayer::projectLayer(
            layer.table, gigamap::render::defaultStyle(layer.table));
        mapLayer.visible = layer.table != "mobile_postcodes" && layer.table != "mobile_coverage";
        request.layers.push_back(mapLayer);
    }
    if (!extent) {
        state.SkipWithError("the project has no features");
        return;
    }
    BoundingBox box = *extent;
    if (streetLevel) {
        const double x = (box.minX + box.maxX) / 2.0;
        const double y = (box.minY + box.maxY) / 2.0;
        box = {x - 500.0, y - 500.0, x + 500.0, y + 500.0};
    }
    request.viewport = gigamap::render::MapViewport::fitting(box, kCanvas);
    const gigamap::render::MapRenderer renderer(project.database(), project.srid());
    const gigamap::core::Feedback feedback;
    for (auto _ : state) {
        QImage image = renderer.render(request, feedback);
        benchmark::DoNotOptimize(image);
    }
}

}  // namespace

int main(int argc, char** argv) {
    ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QGuiApplication app(argc, argv);  // fonts for the labels
    benchmark::Initialize(&argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: gigamap-render-benchmark PROJECT.sqlite [benchmark flags]\n");
        return 1;
    }
    const std::string path = argv[1];
    benchmark::RegisterBenchmark("full_redraw/all_data", redraw, path, false)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("full_redraw/street_level_1km", redraw, path, true)
        ->Unit(benchmark::kMillisecond);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

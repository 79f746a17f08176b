#include "window/main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFileDialog>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>
#include <utility>

#include "analysis/analysis_dock.h"
#include "analysis/analysis_form.h"
#include "analysis/result_styles.h"
#include "attributes/attribute_table_dock.h"
#include "attributes/identify_dock.h"
#include "common/user_errors.h"
#include "editing/editing_controller.h"
#include "gigamap/core/error.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/geometry.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/project.h"
#include "gigamap/importers/feature_file_writer.h"
#include "gigamap/render/background_file.h"
#include "gigamap/render/default_styles.h"
#include "gigamap/render/extent.h"
#include "gigamap/render/result_layer.h"
#include "gigamap/render/style_store.h"
#include "import/import_action.h"
#include "layers/field_values.h"
#include "layers/layer_tree_dock.h"
#include "layers/layer_tree_state.h"
#include "layers/map_layer_list.h"
#include "layers/project_layers.h"
#include "layers/style_dialog.h"
#include "map/background_renderer.h"
#include "map/feature_picker.h"
#include "map/feature_selection.h"
#include "map/identify_tool.h"
#include "map/map_canvas.h"
#include "map/map_status_bar.h"
#include "map/measure_tool.h"
#include "map/pan_tool.h"
#include "map/select_tool.h"
#include "map/selection_extent.h"
#include "publish/publish_menu.h"
#include "timeline/timeline_dock.h"
#include "timeline/timeline_view.h"

namespace gigamap::desktop {
namespace {

QString describe(const std::filesystem::path& path) {
    return QString::fromStdString(path.string());
}

// A point or a short street is shown with some of its surroundings.
constexpr double kMinimumZoomMetres = 250.0;

render::LayerStyle backgroundStyle() {
    render::LayerStyle style = render::defaultStyle("");
    style.symbol.fill = QColor(120, 120, 120, 60);
    style.symbol.stroke = QColor(90, 90, 90);
    style.symbol.size = 4.0;
    return style;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      errors_(new UserErrors(*this)),
      canvas_(new MapCanvas),
      banner_(new QLabel),
      layers_(new MapLayerList(this)),
      selection_(new FeatureSelection(this)),
      layerTree_(new LayerTreeDock(*layers_, this)),
      identifyDock_(new IdentifyDock(this)),
      panTool_(new PanTool(*canvas_)),
      identifyTool_(new IdentifyTool(*canvas_)),
      selectTool_(new SelectTool(*canvas_)),
      distanceTool_(new MeasureTool(*canvas_, MeasureTool::Kind::Distance)),
      areaTool_(new MeasureTool(*canvas_, MeasureTool::Kind::Area)) {
    setWindowTitle(tr("gigamap"));
    resize(1280, 800);
    banner_->setVisible(false);
    banner_->setWordWrap(true);
    banner_->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3cd; color: #664d03; padding: 6px; border-bottom: 1px solid "
        "#e0c36a; }"));
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(banner_);
    layout->addWidget(canvas_, 1);
    setCentralWidget(central);
    addDockWidget(Qt::LeftDockWidgetArea, layerTree_);
    addDockWidget(Qt::RightDockWidgetArea, identifyDock_);
    identifyDock_->hide();
    for (MapTool* tool : std::initializer_list<MapTool*>{panTool_, identifyTool_, selectTool_,
                                                         distanceTool_, areaTool_}) {
        tool->setParent(this);
    }
    canvas_->setMapTool(panTool_);

    connect(layers_, &MapLayerList::changed, this, &MainWindow::saveLayerTree);
    connect(layers_, &MapLayerList::changed, this,
            [this] { canvas_->setLayers(layers_->layers()); });
    connect(canvas_, &MapCanvas::toolFailed, errors_, &UserErrors::report);
    connect(layers_, &MapLayerList::drawingChanged, this,
            [this] { canvas_->setLayers(layers_->layers()); });
    connect(layers_, &MapLayerList::styleChanged, this, &MainWindow::saveStyle);
    connect(selection_, &FeatureSelection::changed, this, [this] {
        canvas_->setSelection(selection_->ids());
        statusBar()->showMessage(
            tr("%n feature(s) selected", nullptr, static_cast<int>(selection_->count())));
    });
    connect(identifyTool_, &IdentifyTool::identifyRequested, this, &MainWindow::identifyAt);
    connect(selectTool_, &SelectTool::selectRequested, this, &MainWindow::selectIn);
    for (MeasureTool* tool : {distanceTool_, areaTool_}) {
        connect(tool, &MeasureTool::measured, this,
                [this](const QString& result) { statusBar()->showMessage(result); });
    }
    connect(layerTree_, &LayerTreeDock::zoomToLayerRequested, this, &MainWindow::zoomToLayer);
    connect(layerTree_, &LayerTreeDock::styleRequested, this, &MainWindow::editStyle);
    connect(layerTree_, &LayerTreeDock::attributeTableRequested, this,
            [this](std::size_t index) { openAttributeTable(layers_->at(index).table); });
    connect(layerTree_, &LayerTreeDock::exportRequested, this, &MainWindow::chooseResultExport);
    createAnalysisDocks();
    createActions();
}

void MainWindow::createAnalysisDocks() {
    analysisDock_ = new AnalysisDock(
        *errors_,
        [this](const RowLink& link, const core::Value& value) {
            return locate(link.table, link.field, render::valueText(value).toStdString());
        },
        this);
    addDockWidget(Qt::RightDockWidgetArea, analysisDock_);
    analysisDock_->hide();
    connect(analysisDock_, &AnalysisDock::featuresChosen, this, &MainWindow::showFeatures);
    connect(analysisDock_, &AnalysisDock::resultReady, this, &MainWindow::addResult);
    timeline_ = new TimelineDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, timeline_);
    timeline_->hide();
    connect(timeline_, &TimelineDock::dayFilterChanged, this, &MainWindow::filterByDay);
    connect(timeline_, &TimelineDock::barClicked, this, &MainWindow::showBar);
    connect(timeline_, &TimelineDock::failed, errors_, &UserErrors::report);
    // A closed timeline leaves the whole map, not one day of it.
    connect(timeline_, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        filterByDay(
            visible && timeline_->filteredDay()
                ? std::optional(QString::fromStdString(core::isoDate(*timeline_->filteredDay())))
                : std::nullopt);
    });
}

MainWindow::~MainWindow() {
    // The docks outlive this body (QWidget deletes children later): a dock
    // hidden then must not call back into a half-destroyed window.
    timeline_->disconnect(this);
    analysisDock_->disconnect(this);
    closeProject();
}

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&Project"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseProject);
    file->addAction(tr("Add &background layer…"), this, &MainWindow::chooseBackgroundFile);
    import_ = new ImportAction(*file, *this, [this] { return project_.get(); });
    connect(import_, &ImportAction::imported, this,
            [this](const QString& table) { showImportedLayer(table.toStdString()); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QToolBar* toolbar = addToolBar(tr("Map"));
    toolbar->setObjectName(QStringLiteral("mapToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    const auto add = [&](QMenu* menu, const QString& text, const QKeySequence& key, auto slot) {
        QAction* action = menu->addAction(text, key, this, slot);
        toolbar->addAction(action);
        return action;
    };
    add(view, tr("Zoom in"), QKeySequence::ZoomIn, [this] { canvas_->zoomBy(2.0); });
    add(view, tr("Zoom out"), QKeySequence::ZoomOut, [this] { canvas_->zoomBy(0.5); });
    add(view, tr("Zoom full"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
        &MainWindow::zoomFull);
    add(view, tr("Zoom to layer"), QKeySequence(), [this] {
        if (layerTree_->currentLayer() >= 0) {
            zoomToLayer(static_cast<std::size_t>(layerTree_->currentLayer()));
        }
    });
    add(view, tr("Zoom to selection"), QKeySequence(Qt::CTRL | Qt::Key_J),
        &MainWindow::zoomToSelection);
    toolbar->addSeparator();

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    auto* group = new QActionGroup(this);
    const auto addTool = [&](const QString& text, MapTool* tool, const QKeySequence& key) {
        QAction* action = tools->addAction(text);
        action->setShortcut(key);
        action->setCheckable(true);
        group->addAction(action);
        toolbar->addAction(action);
        connect(action, &QAction::triggered, this, [this, tool] { canvas_->setMapTool(tool); });
        return action;
    };
    addTool(tr("Pan"), panTool_, QKeySequence(Qt::Key_P))->setChecked(true);
    addTool(tr("Identify"), identifyTool_, QKeySequence(Qt::Key_I));
    addTool(tr("Select"), selectTool_, QKeySequence(Qt::Key_S));
    addTool(tr("Measure distance"), distanceTool_, QKeySequence(Qt::Key_D));
    addTool(tr("Measure area"), areaTool_, QKeySequence(Qt::Key_A));
    tools->addSeparator();
    tools->addAction(tr("Clear selection"), QKeySequence(Qt::Key_Escape), selection_,
                     &FeatureSelection::clear);
    tools->addAction(tr("Attribute table"), QKeySequence(Qt::Key_F6), this, [this] {
        const int index = layerTree_->currentLayer();
        if (index >= 0) {
            openAttributeTable(layers_->at(static_cast<std::size_t>(index)).table);
        }
    });
    editing_ = new EditingController(*this, *canvas_, *errors_, *selection_, *group);
    // The timeline shows planned ducts' windows: an edit may change them.
    connect(editing_, &EditingController::edited, this, [this](const QStringList& tables) {
        if (tables.contains(QStringLiteral("ducts")) ||
            tables.contains(QStringLiteral("street_works"))) {
            timeline_->refresh();
        }
    });
    publish_ = new PublishMenu(
        *this, *errors_,
        {[this] { return project_.get(); }, [this] { return canvas_->viewport().extent(); },
         [this] { return layers_->layers(); }});
    QMenu* analysis = menuBar()->addMenu(tr("&Analysis"));
    for (int index = 0; index < 4; ++index) {
        analysis->addAction(analysisDock_->form(index).title() + QStringLiteral("…"), this,
                            [this, index] {
                                analysisDock_->selectAnalysis(index);
                                analysisDock_->show();
                                analysisDock_->raise();
                            });
    }
    analysis->addSeparator();
    analysis->addAction(tr("One Dig &timeline"), QKeySequence(tr("Ctrl+T")), this,
                        [this] { showTimeline(); });
    QMenu* panels = menuBar()->addMenu(tr("&Panels"));
    panels->addAction(layerTree_->toggleViewAction());
    panels->addAction(identifyDock_->toggleViewAction());
    panels->addAction(analysisDock_->toggleViewAction());
    panels->addAction(timeline_->toggleViewAction());
}

bool MainWindow::openProject(const std::filesystem::path& path) {
    return errors_->run(tr("open %1").arg(describe(path)), [&] {
        std::optional<core::Project> opened;
        QString lockMessage;
        try {
            opened.emplace(core::Project::open(path, core::Project::Access::ReadWrite));
        } catch (const core::ProjectLockedError& locked) {
            lockMessage = QString::fromUtf8(locked.what());
            opened.emplace(core::Project::open(path, core::Project::Access::ReadOnly));
        }
        closeProject();
        project_ = std::make_unique<core::Project>(std::move(*opened));
        editing_->setProject(project_.get());
        banner_->setText(tr("<b>Read-only.</b> %1. You can look at the map and its data, but "
                            "not edit the network, and changes such as styles are not saved.")
                             .arg(lockMessage.toHtmlEscaped()));
        banner_->setVisible(project_->isReadOnly());
        const core::ProjectMeta meta = project_->meta();
        setWindowTitle(tr("%1 — gigamap%2")
                           .arg(QString::fromStdString(meta.name),
                                project_->isReadOnly() ? tr(" (read-only)") : QString()));
        renderer_ = new BackgroundRenderer(path, project_->srid(), this);
        canvas_->setRenderer(renderer_);
        mapStatus_ =
            new MapStatusBar(*statusBar(), project_->srid(), QString::fromStdString(meta.crsName));
        connect(canvas_, &MapCanvas::cursorMoved, mapStatus_, &MapStatusBar::showCursor);
        connect(canvas_, &MapCanvas::viewportChanged, mapStatus_, &MapStatusBar::showViewport);
        connect(canvas_, &MapCanvas::renderingChanged, mapStatus_, &MapStatusBar::setBusy);
        connect(mapStatus_, &MapStatusBar::scaleRequested, this, [this](double denominator) {
            canvas_->setViewport(
                canvas_->viewport().withScaleDenominator(denominator, MapStatusBar::kDpi));
        });
        connect(renderer_, &BackgroundRenderer::failed, errors_, &UserErrors::report);
        layers_->setLayers(loadProjectLayers(*project_));
        analysisDock_->setProject(path);
        timeline_->setProject(project_.get());
        import_->updateEnabled();
        findFullExtent();
        zoomFull();
    });
}

void MainWindow::closeProject() {
    // Taken out first: a dock's destruction removes it from attributeTables_.
    for (auto& [table, dock] : std::exchange(attributeTables_, {})) {
        delete dock;
    }
    selection_->clear();
    canvas_->setHighlight({});
    if (analysisDock_ != nullptr) {
        analysisDock_->setProject({});
        timeline_->setProject(nullptr);
    }
    canvas_->setRenderer(nullptr);
    delete renderer_;
    renderer_ = nullptr;
    delete mapStatus_;
    mapStatus_ = nullptr;
    editing_->setProject(nullptr);
    // Closed before the layer list empties, so that the empty list is not saved as its tree.
    const std::unique_ptr<core::Project> closing = std::move(project_);
    layers_->setLayers({});
    if (import_ != nullptr) {
        import_->updateEnabled();
    }
}

void MainWindow::saveLayerTree() {
    if (project_ == nullptr || project_->isReadOnly()) {
        return;
    }
    errors_->run(tr("remember the layer tree in the project"), [&] {
        project_->setMetaValue(kLayerTreeStateKey, layerTreeState(layers_->layers()));
    });
}

void MainWindow::findFullExtent() {
    fullExtent_.reset();
    for (const auto& schema : core::projectLayers()) {
        if (const auto extent = project_->layer(schema.table).extent()) {
            render::extendBy(fullExtent_, *extent);
        }
    }
}

void MainWindow::showImportedLayer(const std::string& table) {
    if (project_ == nullptr) {
        return;
    }
    errors_->run(tr("show the imported layer"), [&] {
        const bool hadExtent = fullExtent_.has_value();
        findFullExtent();
        const std::size_t index = layers_->indexOf(table);
        if (index < layers_->size() && !layers_->at(index).visible) {
            layers_->setVisible(index, true);
        }
        if (hadExtent) {
            canvas_->refresh();
        } else {
            zoomFull();
        }
        if (table == "street_works" || table == "ducts") {
            timeline_->refresh();  // new works or planned windows
        }
    });
}

void MainWindow::zoomFull() {
    if (fullExtent_) {
        canvas_->zoomToExtent(*fullExtent_);
    }
}

void MainWindow::zoomToLayer(std::size_t index) {
    errors_->run(tr("zoom to the layer"), [&] {
        const render::MapLayer& layer = layers_->at(index);
        const auto extent = layer.source == render::MapLayer::Source::Project
                                ? project_->layer(layer.table).extent()
                            : layer.result
                                ? layer.result->extent()
                                : render::BackgroundFile(layer.filePath).extent(project_->srid());
        if (extent) {
            canvas_->zoomToExtent(*extent);
        }
    });
}

void MainWindow::zoomToSelection() {
    if (project_ == nullptr) {
        return;
    }
    errors_->run(tr("zoom to the selection"), [&] {
        if (const auto extent = featuresExtent(project_->database(), selection_->ids())) {
            canvas_->zoomToExtent(*extent);
        }
    });
}

void MainWindow::identifyAt(const core::BoundingBox& box) {
    if (project_ == nullptr) {
        return;
    }
    errors_->run(tr("identify features"), [&] {
        const auto found = FeaturePicker(project_->database()).featuresIn(box, layers_->layers());
        identifyDock_->showResults(*project_, layers_->layers(), found);
        identifyDock_->show();
        identifyDock_->raise();
    });
}

void MainWindow::selectIn(const core::BoundingBox& box, bool add) {
    if (project_ == nullptr) {
        return;
    }
    errors_->run(tr("select features"), [&] {
        // As in QGIS: the layer chosen in the layer tree, or else every visible layer.
        const int current = layerTree_->currentLayer();
        auto candidates = current >= 0 ? std::vector{layers_->at(static_cast<std::size_t>(current))}
                                       : layers_->layers();
        // The selection is of the project's features (attribute tables, zoom to selection).
        std::erase_if(candidates, [](const render::MapLayer& layer) {
            return layer.source != render::MapLayer::Source::Project;
        });
        const auto found = FeaturePicker(project_->database()).featuresIn(box, candidates);
        selection_->select(found,
                           add ? FeatureSelection::Mode::Add : FeatureSelection::Mode::Replace);
    });
}

AttributeTableDock* MainWindow::openAttributeTable(const std::string& table) {
    if (project_ == nullptr) {
        return nullptr;
    }
    AttributeTableDock* dock = nullptr;
    errors_->run(tr("open the attribute table of %1").arg(QString::fromStdString(table)), [&] {
        if (const auto it = attributeTables_.find(table); it != attributeTables_.end()) {
            dock = it->second;
        } else {
            dock = new AttributeTableDock(project_->database(), project_->layer(table).schema(),
                                          *selection_, this);
            attributeTables_.emplace(table, dock);
            connect(dock, &QObject::destroyed, this,
                    [this, table] { attributeTables_.erase(table); });
            connect(dock, &AttributeTableDock::zoomToSelectedRequested, this, [this, table] {
                errors_->run(tr("zoom to the selection"), [&] {
                    if (const auto extent = featuresExtent(project_->database(),
                                                           {{table, selection_->ids(table)}})) {
                        canvas_->zoomToExtent(*extent);
                    }
                });
            });
            addDockWidget(Qt::BottomDockWidgetArea, dock);
        }
        dock->show();
        dock->raise();
    });
    return dock;
}

void MainWindow::addBackgroundFile(const QString& path) {
    errors_->run(tr("add %1 as a background layer").arg(path), [&] {
        const render::BackgroundFile file(path);  // refuses what GDAL cannot read
        render::MapLayer layer = render::MapLayer::backgroundFile(path, backgroundStyle());
        layers_->add(layer);
        // Below the project's layers, where a background belongs.
        std::vector<std::size_t> order;
        for (std::size_t i = 1; i < layers_->size(); ++i) {
            order.push_back(i);
        }
        order.push_back(0);
        layers_->reorder(order);
    });
}

void MainWindow::editStyle(std::size_t index) {
    const render::MapLayer& layer = layers_->at(index);
    const bool fromProject = layer.source == render::MapLayer::Source::Project;
    const core::LayerSchema* schema =
        fromProject && project_ ? &project_->layer(layer.table).schema() : nullptr;
    std::optional<FieldValues> values;
    if (schema != nullptr) {
        values.emplace(project_->database(), *schema);
    } else if (layer.result) {
        schema = &layer.result->schema();
        values.emplace(*layer.result);
    }
    auto* dialog = new StyleDialog(layer.title, layer.style, schema, std::move(values), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const auto apply = [this, index](const render::LayerStyle& style) {
        errors_->run(tr("apply the style"), [&] { layers_->setStyle(index, style); });
    };
    connect(dialog, &StyleDialog::applied, this, apply);
    connect(dialog, &QDialog::accepted, this, [dialog, apply] { apply(dialog->style()); });
    dialog->open();
}

void MainWindow::saveStyle(std::size_t index) {
    const render::MapLayer& layer = layers_->at(index);
    if (project_ == nullptr || layer.source != render::MapLayer::Source::Project) {
        return;
    }
    if (project_->isReadOnly()) {
        statusBar()->showMessage(tr("Read-only project: the style is shown but not saved"));
        return;
    }
    errors_->run(tr("save the style of %1").arg(layer.title),
                 [&] { render::StyleStore(project_->database()).save(layer.table, layer.style); });
}

void MainWindow::chooseProject() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                      tr("gigamap projects (*.sqlite)"));
    if (!path.isEmpty()) {
        openProject(path.toStdString());
    }
}

void MainWindow::chooseBackgroundFile() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Add background layer"), QString(),
        tr("Raster and vector files (*.tif *.tiff *.gpkg *.shp *.geojson *.json *.kml *.fgb "
           "*.jpg *.png *.vrt);;All files (*)"));
    if (!path.isEmpty()) {
        addBackgroundFile(path);
    }
}

std::vector<core::Wkb> MainWindow::locate(const std::string& table, const std::string& field,
                                          const std::string& value) {
    std::vector<core::Wkb> found;
    for (const auto& layer : layers_->layers()) {
        if (layer.result && layer.table == table) {
            for (const auto& feature : layer.result->features()) {
                if (render::valueText(feature.attribute(field)).toStdString() == value &&
                    !feature.geometry.empty()) {
                    found.push_back(feature.geometry);
                }
            }
            return found;
        }
    }
    if (project_ != nullptr && !value.empty()) {
        const auto& schema = project_->layer(table).schema();
        const core::FieldSpec* spec = schema.field(field);
        const core::Value key = spec != nullptr && spec->type == core::FieldType::Integer
                                    ? core::Value(std::stoll(value))
                                    : core::Value(value);
        if (const auto feature = project_->layer(table).readByKey(field, key);
            feature && !feature->geometry.empty()) {
            found.push_back(feature->geometry);
        }
    }
    return found;
}

void MainWindow::showFeatures(const std::vector<core::Wkb>& geometries) {
    const core::GeosContext geos;
    std::optional<core::BoundingBox> extent;
    for (const auto& wkb : geometries) {
        render::extendBy(extent, geos.readWkb(wkb).envelope());
    }
    if (!extent) {
        return;
    }
    const double cx = (extent->minX + extent->maxX) / 2.0;
    const double cy = (extent->minY + extent->maxY) / 2.0;
    const double half =
        std::max({extent->maxX - extent->minX, extent->maxY - extent->minY, kMinimumZoomMetres}) /
        2.0;
    const double halfX = std::max((extent->maxX - extent->minX) / 2.0, half);
    const double halfY = std::max((extent->maxY - extent->minY) / 2.0, half);
    canvas_->zoomToExtent({cx - halfX, cy - halfY, cx + halfX, cy + halfY});
    canvas_->setHighlight(geometries);
}

void MainWindow::addResult(const AnalysisOutcome& outcome) {
    canvas_->setHighlight({});
    if (outcome.features) {
        auto result = std::make_shared<const render::ResultLayer>(outcome.features->schema,
                                                                  outcome.features->features);
        const std::string table = result->schema().table;
        layers_->putResult(render::MapLayer::resultLayer(std::move(result), outcome.layerTitle,
                                                         resultStyle(table)));
    }
    if (outcome.oneDig) {
        timeline_->mark(*outcome.oneDig);
    }
}

void MainWindow::showTimeline() {
    timeline_->show();
    timeline_->raise();
    // Tall enough for a dozen streets; the map keeps the rest.
    resizeDocks({timeline_}, {std::max(300, height() / 3)}, Qt::Vertical);
}

void MainWindow::filterByDay(const std::optional<QString>& day) {
    const auto filter = [&](const char* start, const char* end, bool keepUndated) {
        return day ? std::optional(render::DayFilter{start, end, day->toStdString(), keepUndated})
                   : std::nullopt;
    };
    for (std::size_t i = 0; i < layers_->size(); ++i) {
        const render::MapLayer& layer = layers_->at(i);
        if (layer.source != render::MapLayer::Source::Project) {
            continue;
        }
        if (layer.table == "street_works") {
            layers_->setDayFilter(i, filter("start_date", "end_date", false));
        } else if (layer.table == "ducts") {
            layers_->setDayFilter(i, filter("planned_start", "planned_end", true));
        }
    }
}

void MainWindow::showBar(const TimelineBar& bar) {
    if (project_ == nullptr) {
        return;
    }
    errors_->run(tr("show the feature on the map"), [&] {
        if (const auto feature = project_->layer(bar.table()).read(bar.fid);
            feature && !feature->geometry.empty()) {
            showFeatures({feature->geometry});
        }
    });
}

void MainWindow::exportResultLayer(std::size_t index, const QString& file) {
    const render::MapLayer& layer = layers_->at(index);
    if (!layer.result || project_ == nullptr) {
        return;
    }
    importers::FeatureFileWriter writer({file.toStdString(), {}, false, true},
                                        layer.result->schema(), project_->srid());
    for (const auto& feature : layer.result->features()) {
        writer.write(feature);
    }
    const auto summary = writer.finish();
    statusBar()->showMessage(tr("%1 features written to %2 (%3)")
                                 .arg(summary.features)
                                 .arg(file, QString::fromStdString(summary.format)));
}

void MainWindow::chooseResultExport(std::size_t index) {
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export %1").arg(layers_->at(index).title),
        QString::fromStdString(layers_->at(index).table) + QStringLiteral(".gpkg"),
        tr("GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;FlatGeobuf (*.fgb);;KML "
           "(*.kml)"));
    if (!file.isEmpty()) {
        errors_->run(tr("export %1").arg(layers_->at(index).title),
                     [&] { exportResultLayer(index, file); });
    }
}

}  // namespace gigamap::desktop

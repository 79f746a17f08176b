#pragma once

#include <QMainWindow>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gigamap/core/bounding_box.h"

class QActionGroup;
class QLabel;

namespace gigamap::core {
class Project;
}

namespace gigamap::desktop {

class AnalysisDock;
class AttributeTableDock;
class BackgroundRenderer;
class EditingController;
class FeatureSelection;
class IdentifyDock;
class IdentifyTool;
class ImportAction;
class LayerTreeDock;
class MapCanvas;
class MapLayerList;
class MapStatusBar;
class MeasureTool;
class PanTool;
class PublishMenu;
class SelectTool;
class TimelineDock;
struct AnalysisOutcome;
struct TimelineBar;
class UserErrors;

// The desktop application's window: the map canvas in the middle, the layer
// tree and identify results docked beside it, attribute tables below, map
// tools on the toolbar and the map's status bar. It owns the open project and
// wires the parts together; each part does its own job.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `path` for editing, or read-only with a banner when another
    // gigamap is editing it. Errors are shown to the user; false if not opened.
    bool openProject(const std::filesystem::path& path);
    [[nodiscard]] core::Project* project() const { return project_.get(); }

    void zoomFull();
    void zoomToLayer(std::size_t index);
    void zoomToSelection();
    void identifyAt(const core::BoundingBox& box);
    void selectIn(const core::BoundingBox& box, bool add);
    AttributeTableDock* openAttributeTable(const std::string& table);
    void addBackgroundFile(const QString& path);
    // Shows the One Dig timeline dock at a useful height.
    void showTimeline();
    // Zooms to the geometries (at least a street's width) and highlights them.
    void showFeatures(const std::vector<std::vector<unsigned char>>& geometries);
    // Writes result layer `index` to a vector file (format from the extension).
    void exportResultLayer(std::size_t index, const QString& file);
    // After an import into `table`: shows the layer and draws the map again.
    void showImportedLayer(const std::string& table);

    [[nodiscard]] MapCanvas& canvas() const { return *canvas_; }
    [[nodiscard]] MapLayerList& layers() const { return *layers_; }
    [[nodiscard]] FeatureSelection& selection() const { return *selection_; }
    [[nodiscard]] IdentifyDock& identifyDock() const { return *identifyDock_; }
    [[nodiscard]] LayerTreeDock& layerTree() const { return *layerTree_; }
    [[nodiscard]] UserErrors& errors() const { return *errors_; }
    [[nodiscard]] QLabel& readOnlyBanner() const { return *banner_; }
    [[nodiscard]] SelectTool& selectTool() const { return *selectTool_; }
    [[nodiscard]] IdentifyTool& identifyTool() const { return *identifyTool_; }
    [[nodiscard]] PublishMenu& publishMenu() const { return *publish_; }
    [[nodiscard]] AnalysisDock& analysisDock() const { return *analysisDock_; }
    [[nodiscard]] TimelineDock& timelineDock() const { return *timeline_; }
    [[nodiscard]] EditingController& editing() const { return *editing_; }

private:
    void createActions();
    void closeProject();
    void editStyle(std::size_t index);
    void saveStyle(std::size_t index);
    void saveLayerTree();
    void chooseProject();
    void chooseBackgroundFile();
    void createAnalysisDocks();
    void addResult(const AnalysisOutcome& outcome);
    void filterByDay(const std::optional<QString>& day);
    void showBar(const TimelineBar& bar);
    void chooseResultExport(std::size_t index);
    [[nodiscard]] std::vector<std::vector<unsigned char>> locate(const std::string& table,
                                                                 const std::string& field,
                                                                 const std::string& value);
    void findFullExtent();

    std::unique_ptr<core::Project> project_;
    std::optional<core::BoundingBox> fullExtent_;
    UserErrors* errors_;
    MapCanvas* canvas_;
    QLabel* banner_;
    MapLayerList* layers_;
    FeatureSelection* selection_;
    LayerTreeDock* layerTree_;
    IdentifyDock* identifyDock_;
    PanTool* panTool_;
    PublishMenu* publish_ = nullptr;
    EditingController* editing_ = nullptr;
    ImportAction* import_ = nullptr;
    IdentifyTool* identifyTool_;
    SelectTool* selectTool_;
    MeasureTool* distanceTool_;
    MeasureTool* areaTool_;
    BackgroundRenderer* renderer_ = nullptr;
    MapStatusBar* mapStatus_ = nullptr;
    AnalysisDock* analysisDock_ = nullptr;
    TimelineDock* timeline_ = nullptr;
    std::map<std::string, AttributeTableDock*> attributeTables_;
};

}  // namespace gigamap::desktop

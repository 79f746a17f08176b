#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "editing/attribute_form.h"
#include "gigamap/core/coordinate.h"
#include "gigamap/core/feature_change.h"
#include "gigamap/core/value.h"

class QAction;
class QActionGroup;
class QDockWidget;
class QMainWindow;
class QUndoView;

namespace gigamap::core {
class Project;
}

namespace gigamap::desktop {

class AddPointTool;
class DrawDuctTool;
class EditSession;
class FeatureSelection;
class MapCanvas;
class MapTool;
class MoveFeatureTool;
class NetworkCheckDock;
class UserErrors;
class VertexTool;

// Editing the network in the window: the Edit menu and toolbar (undo and
// redo, the editing tools, actions on the selection, the network check, the
// undo history, preferences), and the edits the tools ask for, each made one
// command of the EditSession. MainWindow creates it and tells it which project
// is open; a read-only project disables every editing action.
class EditingController : public QObject {
    Q_OBJECT

public:
    EditingController(QMainWindow& window, MapCanvas& canvas, UserErrors& errors,
                      FeatureSelection& selection, QActionGroup& toolGroup);
    ~EditingController() override;

    void setProject(core::Project* project);
    [[nodiscard]] EditSession& session() const { return *session_; }

    // The edits, as the tools and menus ask for them. A new feature's attribute
    // form opens first when the preference says so; it is added when accepted.
    void addPoint(const std::string& table, const std::string& kind, const core::Coordinate& at);
    void addDuct(const std::vector<core::Coordinate>& vertices);
    bool moveFeature(const std::string& table, std::int64_t fid, const core::Coordinate& to);
    bool moveVertex(std::int64_t duct, std::size_t vertex, const core::Coordinate& to);
    bool addVertex(std::int64_t duct, std::size_t index, const core::Coordinate& at);
    bool deleteVertex(std::int64_t duct, std::size_t vertex);
    // Deletes a feature; a chamber with ducts attached asks first.
    void deleteFeature(const std::string& table, std::int64_t fid);
    bool splitDuctsAtChamber(std::int64_t chamber);
    bool mergeDucts(std::int64_t first, std::int64_t second);
    // Opens the attribute form of a feature; accepting it changes the attributes.
    void editAttributes(const std::string& table, std::int64_t fid);
    void runNetworkCheck();

    // The attribute form or question open now, if any (scripted use and tests).
    [[nodiscard]] AttributeForm* openForm() const { return form_; }
    [[nodiscard]] QMessageBox* openQuestion() const { return question_; }

    [[nodiscard]] QAction& undoAction() const { return *undo_; }
    [[nodiscard]] QAction& redoAction() const { return *redo_; }
    [[nodiscard]] const std::vector<QAction*>& editingActions() const { return editingActions_; }
    [[nodiscard]] DrawDuctTool& drawDuctTool() const { return *drawDuct_; }
    [[nodiscard]] MoveFeatureTool& moveTool() const { return *move_; }
    [[nodiscard]] VertexTool& vertexTool() const { return *vertex_; }
    // The tool adding features of `table` (a node of `kind`).
    [[nodiscard]] AddPointTool& addPointTool(const std::string& table,
                                             const std::string& kind = {}) const;
    [[nodiscard]] NetworkCheckDock& networkCheckDock() const { return *checkDock_; }
    [[nodiscard]] QDockWidget& historyDock() const { return *historyDock_; }

signals:
    // An edit, undo or redo was committed to the project (after the map refreshed).
    void edited(const QStringList& tables);

private:
    void createActions(QActionGroup& toolGroup);
    void updateEnabled();
    void afterEdit(const core::ChangeSet& changes);
    void deleteSelected();
    void editSelected();
    void splitAtSelectedChamber();
    void mergeSelectedDucts();
    void editPreferences();
    [[nodiscard]] std::map<std::string, core::Value> defaults(const std::string& table,
                                                              const std::string& kind) const;
    void openForm(const std::string& table, const std::map<std::string, core::Value>& values,
                  const QString& title,
                  const std::function<void(const std::map<std::string, core::Value>&)>& done);

    QMainWindow& window_;
    MapCanvas& canvas_;
    UserErrors& errors_;
    FeatureSelection& selection_;
    EditSession* session_;
    std::vector<AddPointTool*> pointTools_;
    DrawDuctTool* drawDuct_;
    MoveFeatureTool* move_;
    VertexTool* vertex_;
    NetworkCheckDock* checkDock_;
    QDockWidget* historyDock_;
    QAction* undo_ = nullptr;
    QAction* redo_ = nullptr;
    std::vector<QAction*> editingActions_;
    QPointer<AttributeForm> form_;
    QPointer<QMessageBox> question_;
};

}  // namespace gigamap::desktop

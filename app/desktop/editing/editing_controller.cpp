#include "editing/editing_controller.h"

#include <fmt/format.h>
#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoView>

#include <set>

#include "attributes/attribute_table_dock.h"
#include "attributes/attribute_table_model.h"
#include "common/user_errors.h"
#include "editing/attribute_form.h"
#include "editing/commands/add_feature_command.h"
#include "editing/commands/add_vertex_command.h"
#include "editing/commands/change_attributes_command.h"
#include "editing/commands/delete_feature_command.h"
#include "editing/commands/delete_vertex_command.h"
#include "editing/commands/merge_ducts_command.h"
#include "editing/commands/move_feature_command.h"
#include "editing/commands/move_vertex_command.h"
#include "editing/commands/split_duct_command.h"
#include "editing/edit_session.h"
#include "editing/editing_preferences_dialog.h"
#include "editing/network_check_dock.h"
#include "editing/tools/add_point_tool.h"
#include "editing/tools/draw_duct_tool.h"
#include "editing/tools/move_feature_tool.h"
#include "editing/tools/vertex_tool.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/network_check.h"
#include "gigamap/core/project.h"
#include "map/feature_selection.h"
#include "map/map_canvas.h"

namespace gigamap::desktop {
namespace {

const QString kToleranceKey = QStringLiteral("editing/snapTolerancePixels");
const QString kFormKey = QStringLiteral("editing/formOnCreate");

// The one feature selected, or nothing when not exactly one is.
std::optional<std::pair<std::string, std::int64_t>> onlySelected(
    const FeatureSelection& selection) {
    if (selection.count() != 1) {
        return std::nullopt;
    }
    for (const auto& [table, fids] : selection.ids()) {
        if (!fids.empty()) {
            return std::pair{table, *fids.begin()};
        }
    }
    return std::nullopt;
}

QString nodeTitle(const std::string& kind) {
    QString text = QString::fromStdString(kind).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

}  // namespace

EditingController::EditingController(QMainWindow& window, MapCanvas& canvas, UserErrors& errors,
                                     FeatureSelection& selection, QActionGroup& toolGroup)
    : QObject(&window),
      window_(window),
      canvas_(canvas),
      errors_(errors),
      selection_(selection),
      session_(new EditSession(errors, this)),
      drawDuct_(new DrawDuctTool(canvas, *session_)),
      move_(new MoveFeatureTool(canvas, *session_)),
      vertex_(new VertexTool(canvas, *session_)),
      checkDock_(new NetworkCheckDock(&window)),
      historyDock_(new QDockWidget(tr("Undo history"), &window)) {
    const QSettings settings;
    session_->setSnapTolerancePixels(settings.value(kToleranceKey, 12).toInt());
    session_->setFormOnCreate(settings.value(kFormKey, true).toBool());
    for (const auto& [table, kind] :
         std::vector<std::pair<std::string, std::string>>{{"chambers", ""},
                                                          {"nodes", "exchange"},
                                                          {"nodes", "digital_exchange"},
                                                          {"nodes", "cabinet"},
                                                          {"nodes", "pole"},
                                                          {"nodes", "data_centre"},
                                                          {"hotspots", ""}}) {
        auto* tool = new AddPointTool(canvas, *session_, table, kind);
        tool->setParent(this);
        connect(tool, &AddPointTool::pointClicked, this, &EditingController::addPoint);
        pointTools_.push_back(tool);
    }
    for (MapTool* tool : std::initializer_list<MapTool*>{drawDuct_, move_, vertex_}) {
        tool->setParent(this);
    }
    connect(drawDuct_, &DrawDuctTool::ductDrawn, this, &EditingController::addDuct);
    connect(drawDuct_, &DrawDuctTool::lengthChanged, this,
            [this](const QString& text) { window_.statusBar()->showMessage(text); });
    connect(move_, &MoveFeatureTool::moveRequested, this, &EditingController::moveFeature);
    connect(vertex_, &VertexTool::vertexMoveRequested, this, &EditingController::moveVertex);
    connect(vertex_, &VertexTool::vertexAddRequested, this, &EditingController::addVertex);
    connect(vertex_, &VertexTool::vertexDeleteRequested, this, &EditingController::deleteVertex);
    connect(session_, &EditSession::committed, this, &EditingController::afterEdit);
    connect(checkDock_, &NetworkCheckDock::checkRequested, this,
            &EditingController::runNetworkCheck);
    connect(checkDock_, &NetworkCheckDock::problemChosen, this,
            [this](const core::NetworkProblem& problem) {
                canvas_.zoomToExtent(
                    {problem.at.x - 15, problem.at.y - 15, problem.at.x + 15, problem.at.y + 15});
                selection_.select({{problem.table, {problem.fids.begin(), problem.fids.end()}}},
                                  FeatureSelection::Mode::Replace);
            });
    historyDock_->setObjectName(QStringLiteral("undoHistoryDock"));
    historyDock_->setWidget(new QUndoView(&session_->undoStack()));
    window.addDockWidget(Qt::RightDockWidgetArea, historyDock_);
    window.addDockWidget(Qt::RightDockWidgetArea, checkDock_);
    historyDock_->hide();
    checkDock_->hide();
    createActions(toolGroup);
    updateEnabled();
}

EditingController::~EditingController() = default;

void EditingController::createActions(QActionGroup& toolGroup) {
    QMenu* menu = new QMenu(tr("&Edit"), &window_);
    const auto actions = window_.menuBar()->actions();
    // After the Project menu, where planners look for Edit.
    window_.menuBar()->insertMenu(actions.size() > 1 ? actions.at(1) : nullptr, menu);
    QToolBar* toolbar = window_.addToolBar(tr("Edit"));
    toolbar->setObjectName(QStringLiteral("editToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    undo_ = session_->undoStack().createUndoAction(this, tr("&Undo"));
    undo_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    undo_->setIconText(tr("Undo"));  // the toolbar stays narrow; the menu names the edit
    redo_ = session_->undoStack().createRedoAction(this, tr("&Redo"));
    redo_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo_->setIconText(tr("Redo"));
    menu->addAction(undo_);
    menu->addAction(redo_);
    toolbar->addAction(undo_);
    toolbar->addAction(redo_);
    toolbar->addSeparator();
    menu->addSeparator();

    const auto addTool = [&](QMenu* into, const QString& text, MapTool* tool, bool onToolbar) {
        QAction* action = into->addAction(text);
        action->setCheckable(true);
        toolGroup.addAction(action);
        if (onToolbar) {
            toolbar->addAction(action);
        }
        connect(action, &QAction::triggered, this, [this, tool] { canvas_.setMapTool(tool); });
        editingActions_.push_back(action);
        return action;
    };
    addTool(menu, tr("Add chamber"), &addPointTool("chambers"), true)->setIconText(tr("Chamber"));
    QMenu* nodes = menu->addMenu(tr("Add node"));
    for (AddPointTool* tool : pointTools_) {
        if (tool->table() == "nodes") {
            QAction* action =
                addTool(nodes, nodeTitle(tool->kind()), tool, tool->kind() == "cabinet");
            action->setIconText(nodeTitle(tool->kind()));
        }
    }
    addTool(menu, tr("Add hotspot"), &addPointTool("hotspots"), false);
    addTool(menu, tr("Draw duct"), drawDuct_, true)->setIconText(tr("Duct"));
    addTool(menu, tr("Move chamber or node"), move_, true)->setIconText(tr("Move"));
    addTool(menu, tr("Edit duct vertices"), vertex_, true)->setIconText(tr("Vertices"));
    menu->addSeparator();
    const auto addAction = [&](const QString& text, const QKeySequence& key, auto slot) {
        QAction* action = menu->addAction(text, key, this, slot);
        editingActions_.push_back(action);
        return action;
    };
    addAction(tr("Edit attributes of the selected feature…"), QKeySequence(Qt::Key_F2),
              &EditingController::editSelected);
    addAction(tr("Delete the selected feature"), QKeySequence::Delete,
              &EditingController::deleteSelected);
    addAction(tr("Split ducts at the selected chamber"), QKeySequence(),
              &EditingController::splitAtSelectedChamber);
    addAction(tr("Merge the two selected ducts"), QKeySequence(),
              &EditingController::mergeSelectedDucts);
    menu->addSeparator();
    menu->addAction(tr("Check the network"), this, [this] {
        checkDock_->show();
        checkDock_->raise();
        runNetworkCheck();
    });
    menu->addAction(historyDock_->toggleViewAction());
    menu->addAction(tr("Editing preferences…"), this, &EditingController::editPreferences);
}

AddPointTool& EditingController::addPointTool(const std::string& table,
                                              const std::string& kind) const {
    for (AddPointTool* tool : pointTools_) {
        if (tool->table() == table && tool->kind() == kind) {
            return *tool;
        }
    }
    return *pointTools_.front();
}

void EditingController::setProject(core::Project* project) {
    if (form_ != nullptr) {
        form_->reject();
    }
    if (question_ != nullptr) {
        question_->reject();  // a "Yes" must not delete that fid in another project
    }
    // Nothing half-drawn or half-dragged carries over to another project.
    for (MapTool* tool : std::initializer_list<MapTool*>{drawDuct_, move_, vertex_}) {
        tool->deactivate();
    }
    session_->setProject(project);
    checkDock_->clear();
    updateEnabled();
}

void EditingController::updateEnabled() {
    const bool editable = session_->isEditable();
    for (QAction* action : editingActions_) {
        action->setEnabled(editable);
    }
    // The undo stack's own actions follow the stack; a read-only project has none.
}

void EditingController::afterEdit(const core::ChangeSet& changes) {
    canvas_.refresh();  // the renderer's own connection sees the commit (WAL)
    std::set<std::string> tables;
    for (const auto& change : changes) {
        tables.insert(change.table);
    }
    for (auto* dock : window_.findChildren<AttributeTableDock*>()) {
        if (tables.contains(dock->model().table())) {
            dock->model().reload();
        }
    }
    QStringList changed;
    for (const auto& table : tables) {
        changed << QString::fromStdString(table);
    }
    emit edited(changed);
}

std::map<std::string, core::Value> EditingController::defaults(const std::string& table,
                                                               const std::string& kind) const {
    std::map<std::string, core::Value> values{{"status", std::string("planned")}};
    if (table == "nodes") {
        values["kind"] = kind;
    }
    if (table == "chambers" && session_->project() != nullptr) {
        // A free ref, so that ducts can name the chamber at once.
        auto& chambers = session_->project()->layer("chambers");
        for (std::int64_t n = chambers.count() + 1;; ++n) {
            std::string ref = fmt::format("CH-{:04d}", n);
            if (!chambers.findByKey("ref", ref)) {
                values["ref"] = std::move(ref);
                break;
            }
        }
    }
    return values;
}

void EditingController::openForm(
    const std::string& table, const std::map<std::string, core::Value>& values,
    const QString& title,
    const std::function<void(const std::map<std::string, core::Value>&)>& done) {
    if (session_->project() == nullptr) {
        return;
    }
    if (form_ != nullptr) {
        form_->reject();
    }
    form_ = new AttributeForm(session_->project()->layer(table).schema(), values, title, &window_);
    form_->setAttribute(Qt::WA_DeleteOnClose);
    AttributeForm* form = form_;
    connect(form, &QDialog::accepted, this, [form, done] { done(form->attributes()); });
    form->open();
}

void EditingController::addPoint(const std::string& table, const std::string& kind,
                                 const core::Coordinate& at) {
    const auto commit = [this, table, at](const std::map<std::string, core::Value>& values) {
        session_->perform(tr("add the %1").arg(AddFeatureCommand::singular(table)), [&] {
            return std::make_unique<AddFeatureCommand>(*session_, table, values, at);
        });
    };
    if (session_->formOnCreate()) {
        openForm(table, defaults(table, kind),
                 tr("New %1").arg(table == "nodes" ? nodeTitle(kind).toLower()
                                                   : AddFeatureCommand::singular(table)),
                 commit);
    } else {
        commit(defaults(table, kind));
    }
}

void EditingController::addDuct(const std::vector<core::Coordinate>& vertices) {
    const auto commit = [this, vertices](const std::map<std::string, core::Value>& values) {
        session_->perform(tr("add the duct"), [&] {
            return std::make_unique<AddFeatureCommand>(*session_, vertices, values);
        });
    };
    if (session_->formOnCreate()) {
        openForm("ducts", defaults("ducts", {}), tr("New duct"), commit);
    } else {
        commit(defaults("ducts", {}));
    }
}

bool EditingController::moveFeature(const std::string& table, std::int64_t fid,
                                    const core::Coordinate& to) {
    return session_->perform(tr("move the %1").arg(AddFeatureCommand::singular(table)), [&] {
        return std::make_unique<MoveFeatureCommand>(*session_, table, fid, to);
    });
}

bool EditingController::moveVertex(std::int64_t duct, std::size_t vertex,
                                   const core::Coordinate& to) {
    return session_->perform(tr("move the vertex"), [&] {
        return std::make_unique<MoveVertexCommand>(*session_, duct, vertex, to);
    });
}

bool EditingController::addVertex(std::int64_t duct, std::size_t index,
                                  const core::Coordinate& at) {
    return session_->perform(tr("add a vertex"), [&] {
        return std::make_unique<AddVertexCommand>(*session_, duct, index, at);
    });
}

bool EditingController::deleteVertex(std::int64_t duct, std::size_t vertex) {
    return session_->perform(tr("delete the vertex"), [&] {
        return std::make_unique<DeleteVertexCommand>(*session_, duct, vertex);
    });
}

void EditingController::deleteFeature(const std::string& table, std::int64_t fid) {
    const auto remove = [this, table, fid] {
        if (session_->perform(tr("delete the %1").arg(AddFeatureCommand::singular(table)), [&] {
                return std::make_unique<DeleteFeatureCommand>(*session_, table, fid);
            })) {
            selection_.clear();
        }
    };
    std::size_t attached = 0;
    if (!errors_.run(tr("delete the feature"), [&] {
            if (session_->isEditable() && (table == "chambers" || table == "nodes")) {
                attached = session_->editor().attachedDucts(table, fid).size();
            }
        })) {
        return;
    }
    if (attached == 0) {
        remove();
        return;
    }
    // Asked without blocking, so scripted and offscreen runs carry on.
    question_ = new QMessageBox(
        QMessageBox::Question, tr("Delete %1").arg(AddFeatureCommand::singular(table)),
        tr("%n duct(s) are attached to it. Delete it anyway? The ducts stay where they are.",
           nullptr, static_cast<int>(attached)),
        QMessageBox::Yes | QMessageBox::No, &window_);
    question_->setAttribute(Qt::WA_DeleteOnClose);
    connect(question_, &QMessageBox::finished, this, [remove](int result) {
        if (result == QMessageBox::Yes) {
            remove();
        }
    });
    question_->open();
}

bool EditingController::splitDuctsAtChamber(std::int64_t chamber) {
    return session_->perform(tr("split the duct"), [&] {
        return std::make_unique<SplitDuctCommand>(*session_, chamber);
    });
}

bool EditingController::mergeDucts(std::int64_t first, std::int64_t second) {
    return session_->perform(tr("merge the ducts"), [&] {
        return std::make_unique<MergeDuctsCommand>(*session_, first, second);
    });
}

void EditingController::editAttributes(const std::string& table, std::int64_t fid) {
    core::Project* project = session_->project();
    if (project == nullptr) {
        return;
    }
    std::optional<core::Feature> feature;
    if (!errors_.run(tr("read the feature"), [&] { feature = project->layer(table).read(fid); }) ||
        !feature) {
        return;
    }
    openForm(
        table, feature->attributes, tr("%1 %2").arg(AddFeatureCommand::singular(table)).arg(fid),
        [this, table, fid](const std::map<std::string, core::Value>& values) {
            session_->perform(tr("change the attributes"), [&] {
                return std::make_unique<ChangeAttributesCommand>(*session_, table, fid, values);
            });
        });
}

void EditingController::runNetworkCheck() {
    core::Project* project = session_->project();
    if (project == nullptr) {
        return;
    }
    errors_.run(tr("check the network"),
                [&] { checkDock_->showProblems(core::NetworkCheck(*project).run()); });
}

void EditingController::editSelected() {
    if (const auto selected = onlySelected(selection_)) {
        editAttributes(selected->first, selected->second);
    } else {
        window_.statusBar()->showMessage(tr("Select one feature to edit its attributes"));
    }
}

void EditingController::deleteSelected() {
    if (const auto selected = onlySelected(selection_)) {
        deleteFeature(selected->first, selected->second);
    } else {
        window_.statusBar()->showMessage(tr("Select one feature to delete it"));
    }
}

void EditingController::splitAtSelectedChamber() {
    const auto selected = onlySelected(selection_);
    if (!selected || selected->first != "chambers") {
        window_.statusBar()->showMessage(tr("Select one chamber lying on a duct"));
        return;
    }
    splitDuctsAtChamber(selected->second);
}

void EditingController::mergeSelectedDucts() {
    const auto ducts = selection_.ids("ducts");
    if (ducts.size() != 2 || selection_.count() != 2) {
        window_.statusBar()->showMessage(tr("Select the two ducts to merge"));
        return;
    }
    mergeDucts(*ducts.begin(), *ducts.rbegin());
}

void EditingController::editPreferences() {
    EditingPreferencesDialog dialog(static_cast<int>(session_->snapTolerancePixels()),
                                    session_->formOnCreate(), &window_);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    session_->setSnapTolerancePixels(dialog.tolerancePixels());
    session_->setFormOnCreate(dialog.formOnCreate());
    QSettings settings;
    settings.setValue(kToleranceKey, dialog.tolerancePixels());
    settings.setValue(kFormKey, dialog.formOnCreate());
}

}  // namespace gigamap::desktop

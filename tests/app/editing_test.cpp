// Editing the network in the real window, offscreen: synthetic mouse and key
// events on the canvas at the pixels of known map points.
#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <chrono>
#include <cmath>

#include "common/user_errors.h"
#include "editing/attribute_form.h"
#include "editing/edit_session.h"
#include "editing/editing_controller.h"
#include "editing/network_check_dock.h"
#include "editing/tools/add_point_tool.h"
#include "editing/tools/draw_duct_tool.h"
#include "editing/tools/move_feature_tool.h"
#include "editing/tools/vertex_tool.h"
#include "gigamap/core/feature_json.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/network_editor.h"
#include "gigamap/core/project.h"
#include "gigamap/core/sqlite_database.h"
#include "map/feature_selection.h"
#include "map/map_canvas.h"
#include "map/map_settled.h"
#include "map_fixture.h"
#include "window/main_window.h"

namespace gigamap::test {
namespace {

using namespace std::chrono_literals;
using Snapshot = std::map<std::string, std::map<std::int64_t, std::string>>;

// The fixture's map plus chambers CA (200, 650), CB (700, 650) and CC at the
// west end of duct D1 (100, 500), open in the window for editing.
class EditingTest : public MapFixture {
protected:
    void SetUp() override {
        auto& chambers = project_->layer("chambers");
        for (const auto& [ref, x, y] : std::vector<std::tuple<std::string, double, double>>{
                 {"CA", 200, 650}, {"CB", 700, 650}, {"CC", 100, 500}}) {
            chambers.insert({0,
                             {{"ref", ref}, {"status", std::string("existing")}},
                             core::pointWkb(kX0 + x, kY0 + y)});
        }
        ASSERT_TRUE(openInWindow(window_));
        ASSERT_TRUE(desktop::waitUntilMapSettled(canvas(), 30s));
        editing().session().setFormOnCreate(false);
        editing().session().setSnapTolerancePixels(12);
    }
    desktop::MapCanvas& canvas() { return window_.canvas(); }
    desktop::EditingController& editing() { return window_.editing(); }
    core::Project& project() { return *window_.project(); }
    QPoint pixelOf(double dx, double dy) {
        return canvas().viewport().toPixel(at(dx, dy)).toPoint();
    }
    std::vector<core::Coordinate> vertices(std::int64_t duct) {
        return core::NetworkEditor(project()).ductVertices(duct);
    }
    core::Feature feature(const std::string& table, std::int64_t fid) {
        return *project().layer(table).read(fid);
    }
    Snapshot snapshot() {
        Snapshot all;
        for (const char* table : {"chambers", "nodes", "hotspots", "ducts"}) {
            auto& layer = project().layer(table);
            for (const auto fid : layer.idsWhere({})) {
                all[table][fid] = core::featureJson(*layer.read(fid));
            }
        }
        return all;
    }
    std::int64_t logRows() {
        return std::get<std::int64_t>(
            project().database().queryValue("SELECT count(*) FROM edit_log"));
    }
    static core::Coordinate c(double dx, double dy) { return {kX0 + dx, kY0 + dy}; }

    desktop::MainWindow window_;
};

TEST_F(EditingTest, DrawsADuctThatSnapsToTwoChambers) {
    auto& tool = editing().drawDuctTool();
    canvas().setMapTool(&tool);
    const QPoint nearA = pixelOf(200, 650) + QPoint(4, -3);
    QTest::mouseMove(&canvas(), nearA);
    ASSERT_TRUE(tool.currentSnap());
    EXPECT_EQ(tool.currentSnap()->kind, core::SnapMatch::Kind::Chamber);
    EXPECT_EQ(tool.currentSnap()->label, "chamber CA");
    QTest::mouseClick(&canvas(), Qt::LeftButton, {}, nearA);
    const QPoint middle = pixelOf(450, 720);
    const QPointF middleMap = canvas().viewport().toMap(middle);
    QTest::mouseClick(&canvas(), Qt::LeftButton, {}, middle);
    const QPoint nearB = pixelOf(700, 650) + QPoint(-3, 5);
    QTest::mouseMove(&canvas(), nearB);
    ASSERT_TRUE(tool.currentSnap());
    EXPECT_EQ(tool.currentSnap()->label, "chamber CB");
    const double expected = std::hypot(middleMap.x() - (kX0 + 200), middleMap.y() - (kY0 + 650)) +
                            std::hypot(kX0 + 700 - middleMap.x(), kY0 + 650 - middleMap.y());
    EXPECT_NEAR(tool.length(), expected, 1e-6);  // shown while drawing
    const QImage drawing = canvas().grab().toImage();
    EXPECT_TRUE(colourAround(drawing, pixelOf(325, 685), QColor(255, 140, 0), 3));  // rubber band
    QTest::mouseClick(&canvas(), Qt::LeftButton, {}, nearB);
    QTest::mouseDClick(&canvas(), Qt::LeftButton, {}, nearB);

    EXPECT_TRUE(tool.vertices().empty());
    const auto added = project().layer("ducts").idsWhere({{"from_chamber", std::string("CA")}});
    ASSERT_EQ(added.size(), 1u);
    const core::Feature duct = feature("ducts", added.front());
    EXPECT_EQ(duct.attribute("to_chamber"), core::Value(std::string("CB")));
    const auto line = vertices(added.front());
    ASSERT_EQ(line.size(), 3u);
    EXPECT_EQ(line.front(), c(200, 650));  // exactly the chambers' coordinates
    EXPECT_EQ(line.back(), c(700, 650));
    EXPECT_NEAR(line[1].x, middleMap.x(), 1e-9);
    EXPECT_NEAR(line[1].y, middleMap.y(), 1e-9);
    const core::GeosContext geos;
    EXPECT_NEAR(geos.readWkb(duct.geometry).length(), expected, 1e-6);
    EXPECT_EQ(editing().session().undoStack().count(), 1);

    // The map is drawn again with the new duct (the renderer's own connection sees the commit).
    ASSERT_TRUE(desktop::waitUntilMapSettled(canvas(), 30s));
    int drawn = 0;
    for (int i = 1; i < 10; ++i) {
        const double t = i / 10.0;
        const QPointF on(kX0 + 200 + t * (middleMap.x() - kX0 - 200),
                         kY0 + 650 + t * (middleMap.y() - kY0 - 650));
        const QPoint pixel = canvas().viewport().toPixel(on).toPoint();
        bool coloured = false;
        for (int dy = -1; dy <= 1; ++dy) {
            for (int dx = -1; dx <= 1; ++dx) {
                coloured =
                    coloured || canvas().mapImage().pixelColor(pixel + QPoint(dx, dy)) != Qt::white;
            }
        }
        drawn += coloured ? 1 : 0;
    }
    EXPECT_GE(drawn, 5);  // a planned duct is dashed
}

TEST_F(EditingTest, KeysFinishCancelAndTakeBackVertices) {
    window_.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window_));
    auto& tool = editing().drawDuctTool();
    canvas().setMapTool(&tool);
    QTest::mouseClick(&canvas(), Qt::LeftButton, {}, pixelOf(300, 300));
    QTest::mouseClick(&canvas(), Qt::LeftButton, {}, pixelOf(350, 350));
    QTest::keyClick(&canvas(), Qt::Key_Escape);  // cancels, although Esc is a window shortcut
    EXPECT_TRUE(tool.vertices().empty());
    EXPECT_EQ(project().layer("ducts").count(), 3);

    QTest::mouseClick(&canvas(), Qt::LeftButton, {}, pixelOf(300, 300));
    QTest::mouseClick(&canvas(), Qt::LeftButton, {}, pixelOf(350, 350));
    QTest::mouseClick(&canvas(), Qt::LeftButton, {}, pixelOf(400, 300));
    QTest::keyClick(&canvas(), Qt::Key_Backspace);
    EXPECT_EQ(tool.vertices().size(), 2u);
    QTest::keyClick(&canvas(), Qt::Key_Return);
    EXPECT_EQ(project().layer("ducts").count(), 4);
    EXPECT_EQ(vertices(4).size(), 2u);
}

TEST_F(EditingTest, AClickWithTheMoveOrVertexToolMovesNothing) {
    const Snapshot before = snapshot();
    auto& move = editing().moveTool();
    canvas().setMapTool(&move);
    QTest::mouseClick(&canvas(), Qt::LeftButton, {}, pixelOf(200, 650) + QPoint(3, 3));
    auto& vertex = editing().vertexTool();
    canvas().setMapTool(&vertex);
    QTest::mouseClick(&canvas(), Qt::LeftButton, {}, pixelOf(100, 500) + QPoint(3, -2));
    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(editing().session().undoStack().count(), 0);
}

TEST_F(EditingTest, MovingAChamberDragsTheEndsOfItsDuctsAndUndoRedoByKeys) {
    // A duct from CA to CB first, then CC (at D1's west end) and CA are moved.
    editing().addDuct({c(200, 650), c(700, 650)});
    const Snapshot before = snapshot();
    window_.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window_));
    auto& tool = editing().moveTool();
    canvas().setMapTool(&tool);
    QTest::mousePress(&canvas(), Qt::LeftButton, {}, pixelOf(200, 650) + QPoint(2, 2));
    QTest::mouseMove(&canvas(), pixelOf(230, 600));
    QTest::mouseMove(&canvas(), pixelOf(250, 600));
    QTest::mouseRelease(&canvas(), Qt::LeftButton, {}, pixelOf(250, 600));
    // The chamber moved by the mouse's offset from the press, not to the cursor.
    const QPointF cursor = canvas().viewport().toMap(pixelOf(250, 600));
    const QPointF press = canvas().viewport().toMap(pixelOf(200, 650) + QPoint(2, 2));
    const core::Coordinate origin = c(200, 650);
    const auto chamber = core::wkbPointCoordinate(feature("chambers", 1).geometry);
    EXPECT_EQ(*chamber, (core::Coordinate{origin.x + cursor.x() - press.x(),
                                          origin.y + cursor.y() - press.y()}));
    EXPECT_EQ(vertices(4).front(), *chamber);               // the attached end went along
    EXPECT_EQ(vertices(4).back(), c(700, 650));             // the other end stayed
    EXPECT_EQ(editing().session().undoStack().count(), 2);  // the drag is one step

    QTest::mousePress(&canvas(), Qt::LeftButton, {}, pixelOf(100, 500));
    QTest::mouseMove(&canvas(), pixelOf(80, 450));
    QTest::mouseRelease(&canvas(), Qt::LeftButton, {}, pixelOf(80, 450));
    EXPECT_EQ(vertices(1).front(), *core::wkbPointCoordinate(feature("chambers", 3).geometry));
    EXPECT_EQ(vertices(1).back(), c(900, 500));

    QTest::keyClick(&canvas(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(&canvas(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(snapshot(), before);
    QTest::keyClick(&canvas(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(vertices(4).front(), *chamber);
}

TEST_F(EditingTest, EveryKindOfEditUndoesAndRedoesExactly) {
    auto& stack = editing().session().undoStack();
    std::vector<Snapshot> states{snapshot()};
    const auto rows = logRows();
    const auto step = [&](const char* what) {
        EXPECT_EQ(stack.count(), static_cast<int>(states.size())) << what;
        states.push_back(snapshot());
        EXPECT_NE(states.back(), states[states.size() - 2]) << what;
    };
    editing().addPoint("chambers", "", c(400, 500));  // on D1: splits it
    step("add chamber on a duct");
    EXPECT_EQ(project().layer("ducts").count(), 4);
    editing().addPoint("nodes", "cabinet", c(900, 900));
    step("add node");
    editing().addPoint("hotspots", "", c(50, 50));
    step("add hotspot");
    editing().addDuct({c(700, 650), c(900, 900)});
    step("add duct");
    editing().moveFeature("nodes", 1, c(910, 910));
    step("move node");
    editing().addVertex(5, 1, c(800, 780));
    step("add vertex");
    editing().moveVertex(5, 1, c(810, 790));
    step("move vertex");
    editing().deleteVertex(5, 1);
    step("delete vertex");
    editing().mergeDucts(1, 4);  // D1 and its split-off half meet at the new chamber
    step("merge ducts");
    ASSERT_TRUE(editing().splitDuctsAtChamber(4));
    step("split duct");
    editing().editAttributes("ducts", 2);
    ASSERT_NE(editing().openForm(), nullptr);
    editing().openForm()->setText("diameter_mm", QStringLiteral("110"));
    editing().openForm()->accept();
    step("change attributes");
    editing().deleteFeature("chambers", 2);  // CB: a duct is attached, so it asks
    ASSERT_NE(editing().openQuestion(), nullptr);
    editing().openQuestion()->done(QMessageBox::Yes);
    step("delete chamber");
    const int edits = stack.count();
    EXPECT_EQ(edits, 12);
    const auto afterEdits = logRows();
    EXPECT_GT(afterEdits, rows);

    for (int i = edits; i > 0; --i) {
        stack.undo();
        EXPECT_EQ(snapshot(), states[static_cast<std::size_t>(i - 1)])
            << "undo of " << stack.command(i - 1)->text().toStdString();
    }
    for (int i = 1; i <= edits; ++i) {
        stack.redo();
        EXPECT_EQ(snapshot(), states[static_cast<std::size_t>(i)])
            << "redo of " << stack.command(i - 1)->text().toStdString();
    }
    // Undo and redo are logged too: each row of an edit once more, twice.
    EXPECT_EQ(logRows() - afterEdits, 2 * (afterEdits - rows));
}

TEST_F(EditingTest, VertexToolMovesAddsAndDeletesByMouse) {
    auto& tool = editing().vertexTool();
    canvas().setMapTool(&tool);
    // D3 runs from (500, 100) to (500, 300): double-click its middle to add a vertex.
    QTest::mouseDClick(&canvas(), Qt::LeftButton, {}, pixelOf(502, 200));
    ASSERT_EQ(vertices(3).size(), 3u);
    EXPECT_NEAR(vertices(3)[1].x, kX0 + 500, 1e-9);
    QTest::mousePress(&canvas(), Qt::LeftButton, {}, pixelOf(500, 200));
    QTest::mouseMove(&canvas(), pixelOf(560, 200));
    QTest::mouseRelease(&canvas(), Qt::LeftButton, {}, pixelOf(560, 200));
    EXPECT_GT(vertices(3)[1].x, kX0 + 540);
    // The end dragged onto chamber CC takes its ref.
    QTest::mousePress(&canvas(), Qt::LeftButton, {}, pixelOf(500, 300));
    QTest::mouseMove(&canvas(), pixelOf(100, 500) + QPoint(3, 3));
    QTest::mouseRelease(&canvas(), Qt::LeftButton, {}, pixelOf(100, 500) + QPoint(3, 3));
    EXPECT_EQ(vertices(3).back(), c(100, 500));
    EXPECT_EQ(feature("ducts", 3).attribute("to_chamber"), core::Value(std::string("CC")));
    QTest::mouseClick(&canvas(), Qt::RightButton, {},
                      canvas().viewport().toPixel(vertices(3)[1].x, vertices(3)[1].y).toPoint());
    EXPECT_EQ(vertices(3).size(), 2u);
    EXPECT_EQ(editing().session().undoStack().count(), 4);
}

TEST_F(EditingTest, TheAttributeFormOffersTheDomainAndRefusesBadValues) {
    editing().session().setFormOnCreate(true);
    canvas().setMapTool(&editing().addPointTool("chambers"));
    QTest::mouseClick(&canvas(), Qt::LeftButton, {}, pixelOf(300, 300));
    desktop::AttributeForm* form = editing().openForm();
    ASSERT_NE(form, nullptr);
    EXPECT_TRUE(form->isVisible());
    EXPECT_EQ(project().layer("chambers").count(), 3);  // nothing until accepted
    form->setText("ref", QString());
    form->setText("depth_m", QStringLiteral("deep"));
    form->accept();
    EXPECT_TRUE(form->isVisible());
    EXPECT_TRUE(form->problems().contains(QStringLiteral("depth_m must be a number")));
    form->setText("depth_m", QStringLiteral("0.9"));
    EXPECT_TRUE(form->problems().contains(QStringLiteral("ref is required")));
    form->setText("ref", QStringLiteral("CH-NEW"));
    form->setText("chamber_type", QStringLiteral("JBC4"));
    form->accept();
    EXPECT_EQ(project().layer("chambers").count(), 4);
    const auto chamber = feature("chambers", 4);
    EXPECT_EQ(chamber.attribute("ref"), core::Value(std::string("CH-NEW")));
    EXPECT_EQ(chamber.attribute("depth_m"), core::Value(0.9));
    EXPECT_EQ(chamber.attribute("status"), core::Value(std::string("planned")));

    editing().editAttributes("ducts", 1);
    form = editing().openForm();
    ASSERT_NE(form, nullptr);
    form->setText("diameter_mm", QStringLiteral("0"));
    form->setText("planned_start", QStringLiteral("2026-06-01"));
    form->setText("planned_end", QStringLiteral("2026-05-31"));
    form->accept();
    EXPECT_TRUE(form->isVisible());
    EXPECT_TRUE(form->problems().contains(QStringLiteral("diameter_mm must be positive")));
    EXPECT_TRUE(
        form->problems().contains(QStringLiteral("planned_end cannot be before planned_start")));
    form->reject();
    EXPECT_TRUE(core::isNull(feature("ducts", 1).attribute("diameter_mm")));
}

TEST_F(EditingTest, NetworkCheckListsProblemsAndAClickZoomsToOne) {
    editing().runNetworkCheck();
    auto& dock = editing().networkCheckDock();
    ASSERT_FALSE(dock.problems().empty());
    // D3's ends touch nothing: its first problem is the loose start at (500, 100).
    int row = -1;
    for (std::size_t i = 0; i < dock.problems().size(); ++i) {
        const auto& problem = dock.problems()[i];
        if (problem.kind == core::NetworkProblem::Kind::LooseDuctEnd &&
            problem.fids == std::vector<std::int64_t>{3}) {
            row = static_cast<int>(i);
            break;
        }
    }
    ASSERT_GE(row, 0);
    dock.show();
    QTreeWidget& list = dock.list();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window_));
    QApplication::processEvents();  // lays the dock out
    list.scrollToItem(list.topLevelItem(row));
    const QRect rect = list.visualItemRect(list.topLevelItem(row));
    ASSERT_TRUE(rect.isValid());
    QTest::mouseClick(list.viewport(), Qt::LeftButton, {}, QPoint(20, rect.center().y()));
    const auto extent = canvas().viewport().extent();
    EXPECT_LE(extent.minX, kX0 + 500);
    EXPECT_GE(extent.maxX, kX0 + 500);
    EXPECT_LT(extent.width(), 200.0);
    EXPECT_EQ(window_.selection().ids("ducts"), (std::set<std::int64_t>{3}));
}

TEST_F(EditingTest, AnUndoTheStoreRefusesIsReportedAndDroppedFromTheHistory) {
    auto& stack = editing().session().undoStack();
    ASSERT_TRUE(editing().moveFeature("chambers", 1, c(210, 660)));
    // Someone changes the chamber after the move: undoing the move would overwrite that.
    project().layer("chambers").patch(1, {{"owner", std::string("Openreach")}});
    const Snapshot changed = snapshot();
    QSignalSpy reported(&window_.errors(), &desktop::UserErrors::reported);
    stack.undo();
    ASSERT_EQ(reported.count(), 1);
    EXPECT_TRUE(reported.front().front().toString().contains(QStringLiteral("no longer as")));
    EXPECT_EQ(snapshot(), changed);
    EXPECT_EQ(stack.count(), 0);
    EXPECT_FALSE(stack.canUndo());
}

}  // namespace
}  // namespace gigamap::test

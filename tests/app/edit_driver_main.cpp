// A gigamap window driven by a script, for the tests that kill it or run two
// of them on one project: `gigamap-edit-driver PROJECT COUNT` opens PROJECT in
// a MainWindow (offscreen) and makes COUNT edits through the real commands,
// printing "committed TABLE FID ACTION" for each feature change and "edit N"
// after each edit once it is committed. Then it prints "done" and waits for
// its stdin to close. A project open elsewhere prints "read-only", tries one
// edit and prints "refused" when the window refuses it.
//
// `gigamap-edit-driver --screenshot PROJECT OUT.png WxH minx,miny,maxx,maxy
// x,y x,y x,y` draws a duct in progress instead (clicks at the first two map
// points, the cursor at the third) and saves the window, for the README.
#include <QAction>
#include <QApplication>
#include <QMouseEvent>
#include <QStringList>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

#include "editing/edit_session.h"
#include "editing/editing_controller.h"
#include "gigamap/core/feature_change.h"
#include "gigamap/core/project.h"
#include "map/map_canvas.h"
#include "map/map_settled.h"
#include "window/main_window.h"

using gigamap::desktop::MainWindow;

namespace {

QPointF mapPoint(const QString& text) {
    const QStringList parts = text.split(QLatin1Char(','));
    return {parts.value(0).toDouble(), parts.value(1).toDouble()};
}

void sendMouse(QWidget& widget, QEvent::Type type, QPointF at, Qt::MouseButton button) {
    QMouseEvent event(type, at, widget.mapToGlobal(at), button,
                      type == QEvent::MouseButtonRelease ? Qt::NoButton : button, Qt::NoModifier);
    QApplication::sendEvent(&widget, &event);
}

int screenshot(const QStringList& args) {
    MainWindow window;
    const QStringList size = args.at(2).split(QLatin1Char('x'));
    window.resize(size.value(0).toInt(), size.value(1).toInt());
    window.show();
    if (!window.openProject(args.at(0).toStdString())) {
        return 2;
    }
    const QStringList extent = args.at(3).split(QLatin1Char(','));
    auto& canvas = window.canvas();
    canvas.zoomToExtent({extent.value(0).toDouble(), extent.value(1).toDouble(),
                         extent.value(2).toDouble(), extent.value(3).toDouble()});
    if (!gigamap::desktop::waitUntilMapSettled(canvas, std::chrono::seconds(60))) {
        return 3;
    }
    for (QAction* action : window.editing().editingActions()) {
        if (action->text() == QObject::tr("Draw duct")) {
            action->trigger();
        }
    }
    for (int i = 4; i < 6; ++i) {
        const QPointF pixel = canvas.viewport().toPixel(mapPoint(args.at(i)));
        sendMouse(canvas, QEvent::MouseMove, pixel, Qt::NoButton);
        sendMouse(canvas, QEvent::MouseButtonPress, pixel, Qt::LeftButton);
        sendMouse(canvas, QEvent::MouseButtonRelease, pixel, Qt::LeftButton);
    }
    sendMouse(canvas, QEvent::MouseMove, canvas.viewport().toPixel(mapPoint(args.at(6))),
              Qt::NoButton);
    return window.grab().save(args.at(1)) ? 0 : 3;
}

}  // namespace

int main(int argc, char** argv) {
    ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QApplication app(argc, argv);
    if (argc == 9 && std::string(argv[1]) == "--screenshot") {
        return screenshot(QApplication::arguments().mid(2));
    }
    if (argc != 3) {
        std::cerr << "usage: gigamap-edit-driver PROJECT COUNT\n";
        return 1;
    }
    MainWindow window;
    if (!window.openProject(argv[1])) {
        std::cout << "failed" << std::endl;
        return 2;
    }
    auto& editing = window.editing();
    auto& session = editing.session();
    session.setFormOnCreate(false);
    std::int64_t lastChamber = 0;
    QObject::connect(&session, &gigamap::desktop::EditSession::committed,
                     [&lastChamber](const gigamap::core::ChangeSet& changes) {
                         for (const auto& change : changes) {
                             std::cout << "committed " << change.table << ' ' << change.fid() << ' '
                                       << gigamap::core::actionName(change.action()) << '\n';
                             if (change.table == "chambers" &&
                                 change.action() == gigamap::core::FeatureChange::Action::Insert) {
                                 lastChamber = change.fid();
                             }
                         }
                     });
    const double x0 = 347000.0;
    const double y0 = 461000.0;
    if (window.project()->isReadOnly()) {
        std::cout << "read-only" << std::endl;
        const auto before = session.undoStack().count();
        editing.addPoint("chambers", "", {x0 + 1, y0 + 1});
        std::cout << (session.undoStack().count() == before ? "refused" : "edited") << std::endl;
    } else {
        // Odd edits add a chamber, even ones move the chamber just added.
        const int count = std::atoi(argv[2]);
        for (int i = 1; i <= count; ++i) {
            const double x = x0 + 10.0 * i;
            if (i % 2 == 1) {
                editing.addPoint("chambers", "", {x, y0 + 950.0});
            } else {
                editing.moveFeature("chambers", lastChamber, {x, y0 + 960.0});
            }
            std::cout << "edit " << i << std::endl;  // endl flushes: the edit is committed
        }
        std::cout << "done" << std::endl;
    }
    std::string line;
    while (std::getline(std::cin, line)) {
    }
    return 0;
}

// A gigamap window driven by a script, for the tests that kill it or run two
// of them on one project: `gigamap-edit-driver PROJECT COUNT` opens PROJECT in
// a MainWindow (offscreen) and makes COUNT edits through the real commands,
// printing "committed TABLE FID ACTION" for each feature change and "edit N"
// after each edit once it is committed. Then it prints "done" and waits for
// its stdin to close. A project open elsewhere prints "read-only", tries one
// edit and prints "refused" when the window refuses it.
#include <QApplication>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

#include "edit_session.h"
#include "editing_controller.h"
#include "gigamap/core/feature_change.h"
#include "gigamap/core/project.h"
#include "main_window.h"

using gigamap::desktop::MainWindow;

int main(int argc, char** argv) {
    ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QApplication app(argc, argv);
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

// Edits survive a killed process, and a second process on the same project
// opens it read-only: the real window driven by gigamap-edit-driver in a child.
#include <gtest/gtest.h>

#include <QLabel>
#include <QProcess>
#include <csignal>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "editing/edit_session.h"
#include "editing/editing_controller.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/project.h"
#include "gigamap/core/sqlite_database.h"
#include "map_fixture.h"
#include "window/main_window.h"

namespace gigamap::test {
namespace {

// A child gigamap-edit-driver and the lines it has printed.
class Driver {
public:
    Driver(const std::filesystem::path& project, int edits) {
        process_.setProgram(QStringLiteral(GIGAMAP_EDIT_DRIVER_PATH));
        process_.setArguments({QString::fromStdString(project.string()), QString::number(edits)});
        process_.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process_.start();
    }
    ~Driver() {
        if (process_.state() != QProcess::NotRunning) {
            process_.kill();
            process_.waitForFinished(30000);
        }
    }

    // Reads lines until one equals `wanted` (true) or the child ends (false).
    bool readUntil(const std::string& wanted) {
        for (;;) {
            while (process_.canReadLine()) {
                std::string line = process_.readLine().trimmed().toStdString();
                lines_.push_back(line);
                if (line == wanted) {
                    return true;
                }
            }
            if (!process_.waitForReadyRead(60000)) {
                return false;
            }
        }
    }
    // SIGKILL, then the lines it printed before dying.
    void killHard() {
        ::kill(static_cast<pid_t>(process_.processId()), SIGKILL);
        process_.waitForFinished(30000);
        while (process_.canReadLine()) {
            lines_.push_back(process_.readLine().trimmed().toStdString());
        }
    }
    void closeInput() {
        process_.closeWriteChannel();
        process_.waitForFinished(30000);
    }
    [[nodiscard]] const std::vector<std::string>& lines() const { return lines_; }
    [[nodiscard]] QProcess& process() { return process_; }

private:
    QProcess process_;
    std::vector<std::string> lines_;
};

class EditProcessTest : public MapFixture {
protected:
    void SetUp() override { closeProject(); }
};

TEST_F(EditProcessTest, KilledWithSigkillLosesNoCommittedEdit) {
    Driver driver(path_, 100000);  // far more than it will make before the kill
    ASSERT_TRUE(driver.readUntil("edit 40"));
    driver.killHard();
    EXPECT_EQ(driver.process().exitStatus(), QProcess::CrashExit);
    // Every edit the child reported: chambers added, and where each last moved.
    std::map<std::int64_t, std::optional<int>> chambers;  // fid -> edit that moved it last
    std::vector<std::int64_t> pending;
    int edits = 0;
    for (const auto& line : driver.lines()) {
        char table[32] = {};
        char action[16] = {};
        long long fid = 0;
        int edit = 0;
        if (std::sscanf(line.c_str(), "committed %31s %lld %15s", table, &fid, action) == 3) {
            ASSERT_STREQ(table, "chambers");
            pending.push_back(fid);
            if (std::string(action) == "insert") {
                chambers[fid] = std::nullopt;
            }
        } else if (std::sscanf(line.c_str(), "edit %d", &edit) == 1) {
            ++edits;
            for (const auto f : pending) {
                if (edit % 2 == 0) {
                    chambers[f] = edit;
                }
            }
            pending.clear();
        }
    }
    ASSERT_GE(edits, 40);
    auto project = core::Project::open(path_);  // the lock died with the child
    EXPECT_EQ(std::get<std::string>(project.database().queryValue("PRAGMA integrity_check")), "ok");
    auto& layer = project.layer("chambers");
    // The reported chambers, and at most one more whose edit was cut short.
    EXPECT_GE(layer.count(), static_cast<std::int64_t>(chambers.size()));
    EXPECT_LE(layer.count(), static_cast<std::int64_t>(chambers.size()) + 1);
    for (const auto& [fid, moved] : chambers) {
        const auto chamber = layer.read(fid);
        ASSERT_TRUE(chamber) << "chamber " << fid << " was reported committed but is lost";
        const auto at = core::wkbPointCoordinate(chamber->geometry);
        ASSERT_TRUE(at);
        if (moved) {
            EXPECT_DOUBLE_EQ(at->x, kX0 + 10.0 * *moved);
            EXPECT_DOUBLE_EQ(at->y, kY0 + 960.0);
        }
        const auto logged = std::get<std::int64_t>(project.database().queryValue(
            "SELECT count(*) FROM edit_log WHERE table_name = 'chambers' AND fid = " +
            std::to_string(fid)));
        // A move of the last chamber may have been committed without being reported.
        EXPECT_GE(logged, moved ? 2 : 1);
        EXPECT_LE(logged, 2);
    }
}

TEST_F(EditProcessTest, ASecondProcessOpensReadOnlyAndSeesTheFirstsEdits) {
    Driver first(path_, 5);
    ASSERT_TRUE(first.readUntil("done"));

    // This process's window: read-only under the banner, editing disabled.
    desktop::MainWindow window;
    window.show();
    ASSERT_TRUE(window.openProject(path_));
    EXPECT_TRUE(window.project()->isReadOnly());
    EXPECT_TRUE(window.readOnlyBanner().isVisible());
    EXPECT_TRUE(window.readOnlyBanner().text().contains(QStringLiteral("Read-only")));
    EXPECT_EQ(window.project()->layer("chambers").count(), 3);  // edits 1, 3 and 5
    for (QAction* action : window.editing().editingActions()) {
        EXPECT_FALSE(action->isEnabled()) << action->text().toStdString();
    }
    window.editing().session().setFormOnCreate(false);
    window.editing().addPoint("chambers", "", {kX0 + 5, kY0 + 5});
    EXPECT_EQ(window.editing().session().undoStack().count(), 0);

    // A third process too.
    Driver second(path_, 5);
    ASSERT_TRUE(second.readUntil("refused"));
    second.closeInput();
    first.closeInput();
    EXPECT_EQ(first.process().exitCode(), 0);
    auto project = core::Project::open(path_, core::Project::Access::ReadOnly);
    EXPECT_EQ(project.layer("chambers").count(), 3);
    EXPECT_EQ(std::get<std::string>(project.database().queryValue("PRAGMA integrity_check")), "ok");
}

}  // namespace
}  // namespace gigamap::test

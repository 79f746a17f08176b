#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "gigamap/core/feature_table.h"
#include "gigamap/core/project.h"
#include "support/project_fixture.h"

namespace gigamap::core {
namespace {

using test::ProjectTest;

// Whether another process sees a POSIX lock on the byte range SQLite's
// SHARED locks use (PENDING_BYTE + 2, 510 bytes): F_GETLK does not report a
// process's own locks, so a child asks.
bool otherProcessSeesSharedLock(const std::filesystem::path& path) {
    const pid_t child = ::fork();
    if (child == 0) {
        const int fd = ::open(path.c_str(), O_RDWR);
        struct flock probe {};
        probe.l_type = F_WRLCK;
        probe.l_whence = SEEK_SET;
        probe.l_start = 0x40000000 + 2;
        probe.l_len = 510;
        const bool locked = fd >= 0 && ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
        ::_exit(locked ? 0 : 1);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

TEST_F(ProjectTest, AReadOnlyOpenAndCloseKeepsTheEditingConnectionsLocks) {
    auto editing = Project::create(projectPath_, {"locks", "EPSG:27700"});
    (void)editing.layer("ducts").count();  // a read: the connection holds its SHARED lock
    ASSERT_TRUE(otherProcessSeesSharedLock(projectPath_));
    {
        auto reading = Project::open(projectPath_, Project::Access::ReadOnly);
        (void)reading.layer("ducts").count();
    }
    // Closing a descriptor of the file drops every POSIX lock the process holds
    // on it; without them another process could checkpoint and delete the WAL
    // under the window's connection.
    EXPECT_TRUE(otherProcessSeesSharedLock(projectPath_));
}

}  // namespace
}  // namespace gigamap::core

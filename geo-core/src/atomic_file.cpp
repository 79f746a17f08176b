#include "gigamap/core/atomic_file.h"

#include <fcntl.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <string>

#include "gigamap/core/error.h"

namespace gigamap::core {
namespace {

// Flushes a file or folder to the disk; the errno of the failure, or 0.
int syncPath(const std::filesystem::path& path, int flags) {
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) {
        return errno;
    }
    const int failed = ::fsync(fd) != 0 ? errno : 0;
    const int closeFailed = ::close(fd) != 0 ? errno : 0;
    return failed != 0 ? failed : closeFailed;
}

bool folderIsFull(const std::filesystem::path& target) {
    const auto folder =
        target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
    struct statvfs space {};
    return ::statvfs(folder.c_str(), &space) == 0 && space.f_bavail == 0;
}

}  // namespace

void throwCannotWrite(const std::filesystem::path& target, int error) {
    if (error == ENOSPC || error == EDQUOT || (error == 0 && folderIsFull(target))) {
        throw ExportError("cannot write " + target.string() +
                          ": the disk is full; nothing was written there");
    }
    throw ExportError("cannot write " + target.string() + ": " +
                      (error != 0 ? std::strerror(error) : "the write failed") +
                      "; nothing was written there");
}

AtomicFile::AtomicFile(std::filesystem::path target)
    : target_(std::move(target)),
      partial_(target_.string() + ".partial" + target_.extension().string()) {}

AtomicFile::~AtomicFile() {
    if (!committed_) {
        std::error_code ignored;
        std::filesystem::remove(partial_, ignored);
    }
}

void AtomicFile::sync() {
    if (synced_) {
        return;
    }
    std::error_code error;
    if (!std::filesystem::exists(partial_, error)) {
        throw ExportError("cannot write " + target_.string());
    }
    syncToDisk(partial_, target_);
    synced_ = true;
}

void syncToDisk(const std::filesystem::path& written, const std::filesystem::path& target) {
    if (const int failed = syncPath(written, O_RDONLY); failed != 0) {
        throwCannotWrite(target, failed);
    }
}

void AtomicFile::requireEnding(std::string_view trailer) const {
    std::ifstream in(partial_, std::ios::binary | std::ios::ate);
    const auto size = static_cast<std::streamoff>(in.tellg());
    const auto tail =
        std::min<std::streamoff>(size, static_cast<std::streamoff>(trailer.size()) + 16);
    std::string end(static_cast<std::size_t>(std::max<std::streamoff>(tail, 0)), '\0');
    if (in && tail > 0) {
        in.seekg(size - tail);
        in.read(end.data(), tail);
    }
    if (!in || end.find(trailer) == std::string::npos) {
        throwCannotWrite(target_, 0);
    }
}

void AtomicFile::commit() {
    sync();
    std::error_code error;
    std::filesystem::rename(partial_, target_, error);
    if (error) {
        throw ExportError("cannot write " + target_.string() + ": " + error.message());
    }
    committed_ = true;
    // The rename itself reaches the disk with the folder; failing here loses nothing written.
    const auto folder =
        target_.parent_path().empty() ? std::filesystem::path(".") : target_.parent_path();
    (void)syncPath(folder, O_RDONLY | O_DIRECTORY);
}

}  // namespace gigamap::core

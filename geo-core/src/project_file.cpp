#include "gigamap/core/project_file.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "gigamap/core/error.h"

namespace gigamap::core {
namespace {

constexpr std::string_view kSqliteMagic{"SQLite format 3\0", 16};

std::string systemError(const std::filesystem::path& path, const std::string& what) {
    return "cannot " + what + " " + path.string() + ": " + std::strerror(errno);
}

bool looksLikeText(std::string_view bytes) {
    return std::all_of(bytes.begin(), bytes.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return std::isprint(u) || std::isspace(u) || u >= 0x80;
    });
}

// A file opened through SQLite's own file layer (its default VFS), which
// knows every descriptor the process has on a database and keeps one open
// while SQLite's locks need it, so reading the header here cannot drop them.
class VfsFile {
public:
    explicit VfsFile(const std::filesystem::path& path)
        : name_(path.string()),
          vfs_(sqlite3_vfs_find(nullptr)),
          memory_(static_cast<std::size_t>(vfs_->szOsFile) / sizeof(std::max_align_t) + 1) {
        int flags = 0;
        file_ = reinterpret_cast<sqlite3_file*>(memory_.data());
        if (vfs_->xOpen(vfs_, name_.c_str(), file_, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB,
                        &flags) != SQLITE_OK) {
            file_ = nullptr;
            throw StoreError(systemError(path, "open"));
        }
    }
    VfsFile(const VfsFile&) = delete;
    VfsFile& operator=(const VfsFile&) = delete;
    ~VfsFile() {
        if (file_ != nullptr && file_->pMethods != nullptr) {
            file_->pMethods->xClose(file_);
        }
    }

    // Up to `size` bytes from the start of the file.
    [[nodiscard]] std::string head(std::size_t size) const {
        sqlite3_int64 length = 0;
        if (file_->pMethods->xFileSize(file_, &length) != SQLITE_OK) {
            throw StoreError("cannot read the size of " + name_);
        }
        std::string bytes(std::min(size, static_cast<std::size_t>(length)), '\0');
        if (!bytes.empty() &&
            file_->pMethods->xRead(file_, bytes.data(), static_cast<int>(bytes.size()), 0) !=
                SQLITE_OK) {
            throw StoreError("cannot read " + name_);
        }
        return bytes;
    }

private:
    std::string name_;  // SQLite keeps the pointer until the file is closed
    sqlite3_vfs* vfs_;
    std::vector<std::max_align_t> memory_;
    sqlite3_file* file_ = nullptr;
};

// Says what a file is before SQLite is asked to open it as a database.
void checkSqliteHeader(const std::filesystem::path& path) {
    const std::string bytes = VfsFile(path).head(100);
    if (bytes.empty()) {
        throw NotAProjectError(path.string() + " is an empty file, not a gigamap project");
    }
    if (std::string_view(bytes).substr(0, kSqliteMagic.size()) == kSqliteMagic) {
        return;
    }
    if (looksLikeText(bytes)) {
        throw NotAProjectError(path.string() +
                               " is a text file, not a gigamap project (a project is a "
                               "SpatiaLite database made by 'gigamap-cli init')");
    }
    throw NotAProjectError(path.string() +
                           " is not an SQLite database, so it is not a gigamap project");
}

}  // namespace

ProjectFile::ProjectFile(std::filesystem::path path, int fd) : path_(std::move(path)), fd_(fd) {}

ProjectFile::ProjectFile(ProjectFile&& other) noexcept
    : path_(std::move(other.path_)), fd_(std::exchange(other.fd_, -1)) {}

ProjectFile& ProjectFile::operator=(ProjectFile&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) {
            ::close(fd_);
        }
        path_ = std::move(other.path_);
        fd_ = std::exchange(other.fd_, -1);
    }
    return *this;
}

ProjectFile::~ProjectFile() {
    if (fd_ >= 0) {
        ::close(fd_);  // also releases the flock
    }
}

ProjectFile ProjectFile::createNew(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        if (errno == EEXIST) {
            throw StoreError(path.string() +
                             " already exists; gigamap will not overwrite it. Choose another "
                             "name or remove the file first.");
        }
        throw StoreError(systemError(path, "create"));
    }
    ProjectFile file(path, fd);
    file.lockForEditing();
    return file;
}

ProjectFile ProjectFile::openExisting(const std::filesystem::path& path, Lock lock) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (!std::filesystem::exists(status)) {
        throw StoreError(path.string() + " does not exist");
    }
    if (std::filesystem::is_directory(status)) {
        throw NotAProjectError(path.string() + " is a folder, not a gigamap project file");
    }
    checkSqliteHeader(path);
    if (lock == Lock::None) {
        // No descriptor of our own: closing it would drop the POSIX locks that
        // SQLite holds on this file for the process's other connections (the
        // window's, while a renderer or analysis opens and closes its own).
        return {path, -1};
    }
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        throw StoreError(systemError(path, "open"));
    }
    ProjectFile file(path, fd);
    file.lockForEditing();
    return file;
}

ProjectFile ProjectFile::sharingLockOf(const ProjectFile& holder) {
    return {holder.path_, -1};
}

void ProjectFile::lockForEditing() {
    if (::flock(fd_, LOCK_EX | LOCK_NB) == 0) {
        return;
    }
    if (errno == EWOULDBLOCK) {
        throw ProjectLockedError(path_.string() +
                                 " is open for editing elsewhere (another gigamap has it open); "
                                 "close it there first, or open it read-only");
    }
    throw StoreError(systemError(path_, "lock"));
}

}  // namespace gigamap::core

#include "gigamap/core/project_file.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <string>
#include <utility>

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
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        throw StoreError(systemError(path, "open"));
    }
    ProjectFile file(path, fd);
    file.checkSqliteHeader();
    if (lock == Lock::Editing) {
        file.lockForEditing();
    }
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

void ProjectFile::checkSqliteHeader() const {
    std::array<char, 100> header{};
    const ssize_t got = ::pread(fd_, header.data(), header.size(), 0);
    if (got < 0) {
        throw StoreError(systemError(path_, "read"));
    }
    if (got == 0) {
        throw NotAProjectError(path_.string() + " is an empty file, not a gigamap project");
    }
    const std::string_view bytes(header.data(), static_cast<std::size_t>(got));
    if (bytes.substr(0, kSqliteMagic.size()) == kSqliteMagic) {
        return;
    }
    if (looksLikeText(bytes)) {
        throw NotAProjectError(path_.string() +
                               " is a text file, not a gigamap project (a project is a "
                               "SpatiaLite database made by 'gigamap-cli init')");
    }
    throw NotAProjectError(path_.string() +
                           " is not an SQLite database, so it is not a gigamap project");
}

}  // namespace gigamap::core

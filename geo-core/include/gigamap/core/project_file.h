#pragma once

#include <filesystem>

namespace gigamap::core {

// The project file on disk, held open for as long as a Project uses it.
// It says what a file is before SQLite touches it (missing, empty, text, not
// SQLite), and holds the editing lock: an advisory flock(2) on the file, so a
// second process that wants to edit is told the project is open elsewhere
// instead of racing the first. Only an editing open keeps a descriptor of its
// own (for the flock), until its SQLite connection has closed: closing a
// descriptor of the file drops every POSIX lock SQLite holds on it for the
// process, so read-only opens (the renderer's, an analysis's, while the
// window edits) read the header through SQLite's file layer and keep none.
class ProjectFile {
public:
    enum class Lock { None, Editing };

    // Creates a new, empty file (refusing to replace an existing one) and locks it.
    static ProjectFile createNew(const std::filesystem::path& path);
    // Opens an existing file, checks it is an SQLite database and, for Editing, locks it.
    static ProjectFile openExisting(const std::filesystem::path& path, Lock lock);
    // The same file under the lock `holder` keeps, for a second connection in
    // this process. It opens no descriptor: closing one would drop the POSIX
    // locks SQLite holds on the file for every connection of the process.
    // `holder` must outlive it.
    static ProjectFile sharingLockOf(const ProjectFile& holder);

    ProjectFile(ProjectFile&& other) noexcept;
    ProjectFile& operator=(ProjectFile&& other) noexcept;
    ProjectFile(const ProjectFile&) = delete;
    ProjectFile& operator=(const ProjectFile&) = delete;
    ~ProjectFile();

    [[nodiscard]] const std::filesystem::path& path() const { return path_; }

private:
    ProjectFile(std::filesystem::path path, int fd);
    void lockForEditing();

    std::filesystem::path path_;
    int fd_ = -1;
};

}  // namespace gigamap::core

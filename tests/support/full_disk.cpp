#include "support/full_disk.h"

#include <sys/mount.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <vector>

namespace gigamap::test {

FullDisk::FullDisk() {
    if (::mount("tmpfs", dir_.path().c_str(), "tmpfs", MS_NOSUID | MS_NODEV, "size=64k") != 0) {
        why_ = std::string("cannot mount a small tmpfs (needs root): ") + std::strerror(errno);
        return;
    }
    mounted_ = true;
    std::ofstream filler(file(".filler"), std::ios::binary);
    const std::vector<char> block(4096, 'x');
    while (filler.write(block.data(), static_cast<std::streamsize>(block.size())) &&
           filler.flush()) {
    }
}

FullDisk::~FullDisk() {
    if (mounted_) {
        (void)::umount2(dir_.path().c_str(), MNT_DETACH);
    }
}

std::string FullDisk::leftovers() const {
    std::string names;
    for (const auto& entry : std::filesystem::directory_iterator(dir_.path())) {
        const std::string name = entry.path().filename().string();
        if (name != ".filler") {
            names += (names.empty() ? "" : " ") + name;
        }
    }
    return names;
}

ReadOnlyFolder::ReadOnlyFolder() {
    if (::mount("tmpfs", dir_.path().c_str(), "tmpfs", MS_NOSUID | MS_NODEV, "size=64m") != 0) {
        why_ = std::string("cannot mount a tmpfs (needs root): ") + std::strerror(errno);
        return;
    }
    mounted_ = true;
}

ReadOnlyFolder::~ReadOnlyFolder() {
    if (mounted_) {
        (void)::umount2(dir_.path().c_str(), MNT_DETACH);
    }
}

bool ReadOnlyFolder::makeReadOnly() {
    return ::mount("tmpfs", dir_.path().c_str(), "tmpfs",
                   MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, nullptr) == 0;
}

}  // namespace gigamap::test

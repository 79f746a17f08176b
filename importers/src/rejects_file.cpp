#include "gigamap/importers/rejects_file.h"

#include <cerrno>
#include <string>

#include "gigamap/core/atomic_file.h"
#include "gigamap/core/csv_table.h"

namespace gigamap::importers {

RejectsFile::RejectsFile(std::filesystem::path path) : path_(std::move(path)) {}

RejectsFile::~RejectsFile() = default;

void RejectsFile::add(const std::filesystem::path& source, std::int64_t line,
                      std::string_view field, std::string_view reason, std::string_view value) {
    if (!output_) {
        output_ = std::make_unique<core::AtomicFile>(path_);
        out_.open(output_->partial(), std::ios::trunc);
        if (!out_) {
            core::throwCannotWrite(path_, errno);
        }
        out_ << "file,line,field,reason,value\n";
    }
    out_ << core::csvText(source.string()) << ',' << line << ',' << core::csvText(field) << ','
         << core::csvText(reason) << ',' << core::csvText(value) << '\n';
    if (!out_) {
        core::throwCannotWrite(path_, errno);
    }
    ++count_;
}

void RejectsFile::close() {
    if (!output_ || !out_.is_open()) {
        return;
    }
    out_.close();
    if (!out_) {
        core::throwCannotWrite(path_, errno);
    }
    output_->sync();
}

void RejectsFile::commit() {
    if (!output_) {
        return;
    }
    close();
    output_->commit();
    committed_ = true;
}

std::filesystem::path RejectsFile::writtenPath() const {
    return committed_ && count_ > 0 ? path_ : std::filesystem::path{};
}

std::filesystem::path defaultRejectsPath(const std::filesystem::path& project,
                                         std::string_view kind) {
    return project.parent_path() /
           (project.stem().string() + "." + std::string(kind) + "-rejects.csv");
}

}  // namespace gigamap::importers

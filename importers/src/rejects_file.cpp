#include "gigamap/importers/rejects_file.h"

#include <string>

#include "gigamap/core/error.h"

namespace gigamap::importers {
namespace {

std::string csvField(std::string_view text) {
    if (text.find_first_of(",\"\n\r") == std::string_view::npos) {
        return std::string(text);
    }
    std::string quoted = "\"";
    for (const char c : text) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    return quoted + "\"";
}

}  // namespace

RejectsFile::RejectsFile(std::filesystem::path path) : path_(std::move(path)) {}

void RejectsFile::add(const std::filesystem::path& source, std::int64_t line,
                      std::string_view field, std::string_view reason, std::string_view value) {
    if (!out_.is_open()) {
        out_.open(path_, std::ios::trunc);
        if (!out_) {
            throw core::ImportError("cannot write the rejects file " + path_.string());
        }
        out_ << "file,line,field,reason,value\n";
    }
    out_ << csvField(source.string()) << ',' << line << ',' << csvField(field) << ','
         << csvField(reason) << ',' << csvField(value) << '\n';
    ++count_;
}

std::filesystem::path RejectsFile::writtenPath() const {
    return count_ > 0 ? path_ : std::filesystem::path{};
}

std::filesystem::path defaultRejectsPath(const std::filesystem::path& project,
                                         std::string_view kind) {
    return project.parent_path() /
           (project.stem().string() + "." + std::string(kind) + "-rejects.csv");
}

}  // namespace gigamap::importers

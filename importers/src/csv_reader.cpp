#include "gigamap/importers/csv_reader.h"

#include <fmt/format.h>

#include "gigamap/core/error.h"
#include "gigamap/importers/text_encoding.h"
#include "gigamap/importers/text_values.h"

namespace gigamap::importers {

CsvReader::CsvReader(const std::filesystem::path& path) : path_(path), in_(path, std::ios::binary) {
    if (!in_) {
        throw core::ImportError("cannot read " + path.string());
    }
    std::error_code ec;
    fileSize_ = std::filesystem::file_size(path, ec);
}

bool CsvReader::next(std::vector<std::string>& fields) {
    fields.clear();
    // Blank lines are not records: every reader would otherwise skip them itself.
    do {
        if (!std::getline(in_, buffer_)) {
            return false;
        }
        recordLine_ = nextLine_++;
        bytesRead_ += buffer_.size() + 1;
        if (recordLine_ == 1 && buffer_.starts_with("\xEF\xBB\xBF")) {
            buffer_.erase(0, 3);  // UTF-8 byte order mark
        }
    } while (trim(buffer_).empty());
    std::string field;
    bool quoted = false;
    std::size_t i = 0;
    while (true) {
        if (i == buffer_.size()) {
            if (quoted) {
                // A line break inside quotes belongs to the field.
                if (!std::getline(in_, buffer_)) {
                    break;  // unterminated quote at end of file: keep what there is
                }
                ++nextLine_;
                bytesRead_ += buffer_.size() + 1;
                field += '\n';
                i = 0;
                continue;
            }
            break;
        }
        const char c = buffer_[i++];
        if (quoted) {
            if (c == '"') {
                if (i < buffer_.size() && buffer_[i] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.push_back(std::move(field));
            field.clear();
        } else if (c == '\r' && i == buffer_.size()) {
            // CRLF line end
        } else {
            field += c;
        }
    }
    fields.push_back(std::move(field));
    bool transcoded = false;
    for (auto& value : fields) {
        if (!isUtf8(value)) {
            value = utf8FromWindows1252(value);
            transcoded = true;
        }
    }
    if (transcoded && windows1252Records_++ == 0) {
        firstWindows1252Line_ = recordLine_;
    }
    return true;
}

std::optional<std::string> CsvReader::encodingNote() const {
    if (windows1252Records_ == 0) {
        return std::nullopt;
    }
    return fmt::format(
        "{}: {} records were not UTF-8 and were read as Windows-1252 (the first on line {})",
        path_.filename().string(), windows1252Records_, firstWindows1252Line_);
}

}  // namespace gigamap::importers

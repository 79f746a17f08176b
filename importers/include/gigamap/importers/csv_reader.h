#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

namespace gigamap::importers {

// Streams the records of a CSV file (RFC 4180: quoted fields, doubled quotes,
// commas and line breaks inside quotes; LF or CRLF), one record at a time, so
// memory does not grow with the file. Knows the line each record starts on.
// Fields come out in UTF-8: a field that is not is read as Windows-1252
// (text_encoding.h), and the records where that happened are counted.
class CsvReader {
public:
    // Throws core::ImportError when the file cannot be opened.
    explicit CsvReader(const std::filesystem::path& path);

    // Reads the next record into `fields`, passing over blank lines; false at the end of the file.
    bool next(std::vector<std::string>& fields);
    // The 1-based line number on which the last record read starts.
    [[nodiscard]] std::int64_t line() const { return recordLine_; }
    // Bytes read so far, for progress.
    [[nodiscard]] std::uint64_t bytesRead() const { return bytesRead_; }
    [[nodiscard]] std::uint64_t fileSize() const { return fileSize_; }
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }
    // A note for the summary when some records were not UTF-8, naming the first line.
    [[nodiscard]] std::optional<std::string> encodingNote() const;

private:
    std::filesystem::path path_;
    std::ifstream in_;
    std::string buffer_;
    std::int64_t nextLine_ = 1;
    std::int64_t recordLine_ = 0;
    std::uint64_t bytesRead_ = 0;
    std::uint64_t fileSize_ = 0;
    std::int64_t windows1252Records_ = 0;
    std::int64_t firstWindows1252Line_ = 0;
};

}  // namespace gigamap::importers

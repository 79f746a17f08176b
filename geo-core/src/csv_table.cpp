#include "gigamap/core/csv_table.h"

#include <fmt/format.h>

#include <cerrno>
#include <charconv>
#include <fstream>

#include "gigamap/core/atomic_file.h"
#include "gigamap/core/error.h"

namespace gigamap::core {
namespace {

bool isPlainNumber(std::string_view text) {
    double number = 0.0;
    const auto* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, number);
    return error == std::errc{} && stop == end;
}

bool startsLikeFormula(std::string_view text) {
    if (text.empty()) {
        return false;
    }
    switch (text.front()) {
        case '=':
        case '@':
        case '\t':
        case '\r':
            return true;
        case '+':
        case '-':
            return !isPlainNumber(text.front() == '+' ? text.substr(1) : text);
        default:
            return false;
    }
}

std::string cell(const Value& value) {
    if (const auto* i = std::get_if<std::int64_t>(&value)) {
        return std::to_string(*i);
    }
    if (const auto* d = std::get_if<double>(&value)) {
        return fmt::format("{}", *d);
    }
    if (const auto* s = std::get_if<std::string>(&value)) {
        return csvText(*s);
    }
    return {};
}

}  // namespace

std::string spreadsheetSafe(std::string_view text) {
    return startsLikeFormula(text) ? "'" + std::string(text) : std::string(text);
}

std::string csvText(std::string_view text) {
    const std::string guarded = spreadsheetSafe(text);
    if (guarded.find_first_of(",\"\n\r") == std::string::npos) {
        return guarded;
    }
    std::string quoted = "\"";
    for (const char c : guarded) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    return quoted + "\"";
}

void writeCsv(const std::filesystem::path& file, const std::vector<std::string>& header,
              const std::vector<std::vector<Value>>& rows) {
    AtomicFile output(file);
    {
        std::ofstream out(output.partial(), std::ios::trunc);
        if (!out) {
            throwCannotWrite(file, errno);
        }
        for (std::size_t i = 0; i < header.size(); ++i) {
            out << (i == 0 ? "" : ",") << csvText(header[i]);
        }
        out << '\n';
        for (const auto& row : rows) {
            for (std::size_t i = 0; i < row.size(); ++i) {
                out << (i == 0 ? "" : ",") << cell(row[i]);
            }
            out << '\n';
        }
        out.close();
        if (!out) {
            throwCannotWrite(file, errno);
        }
    }
    output.commit();
}

}  // namespace gigamap::core

#include "gigamap/core/csv_table.h"

#include "gigamap/core/atomic_file.h"

#include <fmt/format.h>

#include <fstream>

#include "gigamap/core/error.h"

namespace gigamap::core {
namespace {

std::string cell(const Value& value) {
    if (const auto* i = std::get_if<std::int64_t>(&value)) {
        return std::to_string(*i);
    }
    if (const auto* d = std::get_if<double>(&value)) {
        return fmt::format("{}", *d);
    }
    if (const auto* s = std::get_if<std::string>(&value)) {
        if (s->find_first_of(",\"\n\r") == std::string::npos) {
            return *s;
        }
        std::string quoted = "\"";
        for (const char c : *s) {
            quoted += c;
            if (c == '"') {
                quoted += '"';
            }
        }
        return quoted + "\"";
    }
    return {};
}

}  // namespace

void writeCsv(const std::filesystem::path& file, const std::vector<std::string>& header,
              const std::vector<std::vector<Value>>& rows) {
    AtomicFile output(file);
    {
        std::ofstream out(output.partial(), std::ios::trunc);
        if (!out) {
            throw Error("cannot write " + file.string());
        }
        for (std::size_t i = 0; i < header.size(); ++i) {
            out << (i == 0 ? "" : ",") << header[i];
        }
        out << '\n';
        for (const auto& row : rows) {
            for (std::size_t i = 0; i < row.size(); ++i) {
                out << (i == 0 ? "" : ",") << cell(row[i]);
            }
            out << '\n';
        }
        if (!out.flush()) {
            throw Error("cannot write " + file.string());
        }
    }
    output.commit();
}

}  // namespace gigamap::core

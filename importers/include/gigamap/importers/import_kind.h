#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace gigamap::importers {

// The kinds of source data a project imports: one importer each, except
// Vector, GDAL's generic reader, which fills any layer.
enum class ImportKind { CodePoint, OfcomFixed, OfcomMobile, StreetManager, Vector };

// What the command line and the import wizard say and ask about a kind.
struct ImportKindInfo {
    ImportKind kind;
    std::string_view name;         // the CLI's word: "codepoint"
    std::string_view title;        // "Code-Point Open postcodes"
    std::string_view description;  // one sentence a newcomer understands
    std::string_view fileTypes;    // for a file dialog: "CSV files (*.csv)"
    std::string_view progressLabel;
    std::string_view table;  // the layer it fills; empty for Vector (chosen)
    bool manyFiles = true;   // takes several files at once
    bool folders = false;    // takes folders of files
    bool district = false;   // takes a district code (--district)
    // The column names of a headerless file in this format (Code-Point Open), if any.
    std::vector<std::string> headerlessColumns;
};

// Every kind, in the order a planner meets them.
[[nodiscard]] std::span<const ImportKindInfo> importKinds();
[[nodiscard]] const ImportKindInfo& importKind(ImportKind kind);
[[nodiscard]] std::optional<ImportKind> importKindNamed(std::string_view name);

}  // namespace gigamap::importers

#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "gigamap/importers/import_kind.h"

namespace gigamap::importers {

// The first records of a source file as an import of `kind` would read them,
// as text, so a user can check it is the file they meant before importing.
struct SourcePreview {
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> rows;
    std::vector<std::int64_t> lines;  // the line (or feature number) of each row
    // Vector sources: the file's layers, the one shown, its attribute fields
    // (the columns but the geometry), its CRS ("EPSG:4326", or a name when it
    // has no code; none when the file does not say) and geometry type.
    std::vector<std::string> layers;
    std::string layer;
    std::vector<std::string> fields;
    std::optional<std::string> crs;
    std::string crsName;
    std::string geometryType;
    std::int64_t featureCount = -1;  // -1 when unknown without reading it all
    // Records the reader could not make sense of, each with its line.
    std::vector<std::string> problems;
};

// Reads the first `rows` records of `file`; `layer` chooses a vector file's
// layer (default: the first). Throws core::ImportError naming the file when it
// cannot be read as this kind.
[[nodiscard]] SourcePreview previewSource(const std::filesystem::path& file, ImportKind kind,
                                          const std::optional<std::string>& layer = std::nullopt,
                                          std::size_t rows = 20);

}  // namespace gigamap::importers

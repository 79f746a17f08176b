#include "gigamap/importers/source_preview.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "gdal_handles.h"
#include "gigamap/core/error.h"
#include "gigamap/importers/csv_reader.h"
#include "gigamap/importers/text_values.h"
#include "street_manager_reader.h"

namespace gigamap::importers {
namespace {

constexpr std::size_t kLongestValue = 80;

std::string shortened(std::string text) {
    if (text.size() > kLongestValue) {
        text.resize(kLongestValue - 3);
        text += "...";
    }
    return text;
}

bool hasNumber(const std::vector<std::string>& record) {
    return std::any_of(record.begin(), record.end(), [](const std::string& field) {
        return !trim(field).empty() && parseDouble(field).has_value();
    });
}

// CSV kinds: the columns as the importer finds them, by the header row or, for
// a headerless format (Code-Point Open), by the format's own names.
SourcePreview previewCsv(const std::filesystem::path& file, const ImportKindInfo& kind,
                         std::size_t rows) {
    if (!std::filesystem::is_regular_file(file)) {
        throw core::ImportError(file.string() + " does not exist or is not a file");
    }
    CsvReader reader(file);
    SourcePreview preview;
    std::vector<std::string> record;
    if (!reader.next(record)) {
        throw core::ImportError(file.string() + " is empty");
    }
    const bool headerless = !kind.headerlessColumns.empty() &&
                            record.size() == kind.headerlessColumns.size() && hasNumber(record);
    if (headerless) {
        preview.columns = kind.headerlessColumns;
    } else {
        preview.columns.assign(record.begin(), record.end());
    }
    bool first = headerless;
    while (preview.rows.size() < rows && (first || reader.next(record))) {
        first = false;
        if (record.size() != preview.columns.size()) {
            preview.problems.push_back(fmt::format("line {}: {} values where {} are expected",
                                                   reader.line(), record.size(),
                                                   preview.columns.size()));
        }
        record.resize(preview.columns.size());
        std::transform(record.begin(), record.end(), record.begin(), shortened);
        preview.rows.push_back(record);
        preview.lines.push_back(reader.line());
    }
    preview.fields = preview.columns;
    return preview;
}

// Street Manager: the first events as the importer reads them.
SourcePreview previewStreetManager(const std::filesystem::path& path, std::size_t rows) {
    if (!std::filesystem::exists(path)) {
        throw core::ImportError(path.string() + " does not exist");
    }
    static const std::array<const char*, 8> kData{
        "work_reference_number", "permit_status",       "promoter_organisation", "street_name",
        "work_category",         "proposed_start_date", "proposed_end_date",     "usrn"};
    SourcePreview preview;
    preview.columns = {"event_type", "event_time"};
    preview.columns.insert(preview.columns.end(), kData.begin(), kData.end());
    struct Enough {};
    StreetManagerSink sink;
    sink.event = [&](const StreetManagerEvent& event) {
        std::vector<std::string> row{event.eventType, event.eventTime};
        for (const char* key : kData) {
            try {
                row.push_back(shortened(event.value(key).value_or("")));
            } catch (const StreetManagerFieldError& error) {
                row.push_back(error.what());
            }
        }
        preview.rows.push_back(std::move(row));
        preview.lines.push_back(event.line);
        if (preview.rows.size() >= rows) {
            throw Enough{};
        }
    };
    sink.bad = [&](const std::filesystem::path& file, std::int64_t line, const std::string& field,
                   const std::string& reason) {
        if (preview.problems.size() < rows) {
            preview.problems.push_back(fmt::format("{} line {}: {}{}", file.filename().string(),
                                                   line, field.empty() ? "" : field + ": ",
                                                   reason));
        }
    };
    try {
        readStreetManager(path, sink);
    } catch (const Enough&) {
        // The preview has its rows; the rest is read by the import.
    }
    preview.fields = preview.columns;
    return preview;
}

std::string crsLabel(const OGRSpatialReference& crs) {
    const char* authority = crs.GetAuthorityName(nullptr);
    const char* code = crs.GetAuthorityCode(nullptr);
    if (authority != nullptr && code != nullptr) {
        return fmt::format("{}:{}", authority, code);
    }
    return crs.GetName() != nullptr ? crs.GetName() : "a CRS without a name";
}

SourcePreview previewVector(const std::filesystem::path& file,
                            const std::optional<std::string>& layerName, std::size_t rows) {
    auto dataset = openVectorSource(file);
    SourcePreview preview;
    for (auto* layer : dataset->GetLayers()) {
        preview.layers.emplace_back(layer->GetName());
    }
    if (preview.layers.empty()) {
        throw core::ImportError(file.string() + " has no vector layer");
    }
    OGRLayer* layer =
        layerName ? dataset->GetLayerByName(layerName->c_str()) : dataset->GetLayer(0);
    if (layer == nullptr) {
        throw core::ImportError(fmt::format("{} has no layer '{}'", file.string(), *layerName));
    }
    preview.layer = layer->GetName();
    const OGRFeatureDefn& defn = *layer->GetLayerDefn();
    for (int i = 0; i < defn.GetFieldCount(); ++i) {
        preview.fields.emplace_back(defn.GetFieldDefn(i)->GetNameRef());
    }
    preview.columns = preview.fields;
    preview.columns.emplace_back("geometry");
    if (const OGRSpatialReference* crs = layer->GetSpatialRef()) {
        preview.crs = crsLabel(*crs);
        preview.crsName = crs->GetName() != nullptr ? crs->GetName() : "";
    }
    preview.geometryType = OGRGeometryTypeToName(wkbFlatten(layer->GetGeomType()));
    preview.featureCount = layer->GetFeatureCount(FALSE);
    layer->ResetReading();
    std::int64_t number = 0;
    for (auto& feature : *layer) {
        ++number;
        std::vector<std::string> row;
        for (int i = 0; i < defn.GetFieldCount(); ++i) {
            row.push_back(feature->IsFieldSetAndNotNull(i) ? shortened(feature->GetFieldAsString(i))
                                                           : std::string());
        }
        const OGRGeometry* geometry = feature->GetGeometryRef();
        row.push_back(geometry != nullptr ? shortened(geometry->exportToWkt()) : std::string());
        preview.rows.push_back(std::move(row));
        preview.lines.push_back(number);
        if (preview.rows.size() >= rows) {
            break;
        }
    }
    return preview;
}

}  // namespace

SourcePreview previewSource(const std::filesystem::path& file, ImportKind kind,
                            const std::optional<std::string>& layer, std::size_t rows) {
    switch (kind) {
        case ImportKind::Vector:
            return previewVector(file, layer, rows);
        case ImportKind::StreetManager: {
            const auto extension = lowerCase(file.extension().string());
            if (extension == ".csv") {
                return previewCsv(file, importKind(kind), rows);
            }
            return previewStreetManager(file, rows);
        }
        default:
            return previewCsv(file, importKind(kind), rows);
    }
}

}  // namespace gigamap::importers

#include "gigamap/importers/vector_exporter.h"

#include <fmt/format.h>

#include <variant>

#include "gigamap/core/error.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/project.h"
#include "gigamap/importers/text_values.h"

namespace gigamap::importers {
namespace {

std::map<std::string, core::Value> whereValues(const core::LayerSchema& schema,
                                               const std::map<std::string, std::string>& where) {
    std::map<std::string, core::Value> values;
    for (const auto& [name, text] : where) {
        const auto* field = schema.field(name);
        if (field == nullptr) {
            throw core::ExportError(fmt::format("--where {}=...: layer {} has no field '{}'", name,
                                                schema.table, name));
        }
        const ConvertedValue value = valueFromText(text, field->type);
        if (const auto* problem = std::get_if<std::string>(&value)) {
            throw core::ExportError(fmt::format("--where {}={}: {}", name, text, *problem));
        }
        values[name] = std::get<core::Value>(value);
    }
    return values;
}

}  // namespace

ExportSummary VectorExporter::exportTable(const ExportOptions& options) {
    const core::LayerSchema& schema = core::layerSchema(options.table);
    auto& table = project_.layer(options.table);
    const auto ids = table.idsWhere(whereValues(schema, options.where));
    FeatureFileWriter writer({options.out, options.format, options.csvAsXy, options.overwrite},
                             schema, project_.srid());
    for (const auto fid : ids) {
        writer.write(*table.read(fid));
    }
    return writer.finish();
}

}  // namespace gigamap::importers

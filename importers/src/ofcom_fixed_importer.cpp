#include "gigamap/importers/ofcom_fixed_importer.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <nlohmann/json.hpp>

#include "gigamap/core/error.h"
#include "gigamap/core/feature_store.h"
#include "gigamap/core/layer_writer.h"
#include "gigamap/core/postcode.h"
#include "gigamap/core/spatial_index_suspension.h"
#include "gigamap/importers/csv_reader.h"
#include "gigamap/importers/import_frame.h"
#include "gigamap/importers/text_values.h"

namespace gigamap::importers {
namespace {

constexpr const char* kAttribution =
    "Contains Ofcom data © Ofcom, licensed under the Open Government Licence v3.0";

// Ofcom's column names (lower case) and the postcodes fields they fill.
struct Measure {
    const char* column;
    const char* field;
    bool percentage;
};
constexpr std::array<Measure, 11> kMeasures{{
    {"all premises", "all_premises", false},
    {"sfbb availability (% premises)", "sfbb_pct", true},
    {"ufbb (100mbit/s) availability (% premises)", "ufbb100_pct", true},
    {"ufbb availability (% premises)", "ufbb_pct", true},
    {"full fibre availability (% premises)", "full_fibre_pct", true},
    {"gigabit availability (% premises)", "gigabit_pct", true},
    {"% of premises unable to receive 2mbit/s", "unable_2_pct", true},
    {"% of premises unable to receive 5mbit/s", "unable_5_pct", true},
    {"% of premises unable to receive 10mbit/s", "unable_10_pct", true},
    {"% of premises unable to receive 30mbit/s", "unable_30_pct", true},
    {"% of premises below the uso", "below_uso_pct", true},
}};

int columnIndex(const std::vector<std::string>& header, std::string_view name) {
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (lowerCase(trim(header[i])) == name) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

struct Columns {
    int postcode = -1;  // postcode_space, else postcode
    int laua = -1;
    std::array<int, kMeasures.size()> measures{};
    std::array<std::string, kMeasures.size()> names;  // as the file spells them
};

Columns findColumns(const std::vector<std::string>& header, const std::filesystem::path& file) {
    Columns columns;
    columns.postcode = columnIndex(header, "postcode_space");
    if (columns.postcode < 0) {
        columns.postcode = columnIndex(header, "postcode");
    }
    columns.laua = columnIndex(header, "laua");
    int found = 0;
    for (std::size_t i = 0; i < kMeasures.size(); ++i) {
        columns.measures[i] = columnIndex(header, kMeasures[i].column);
        if (columns.measures[i] >= 0) {
            columns.names[i] = trim(header[static_cast<std::size_t>(columns.measures[i])]);
            ++found;
        }
    }
    if ((columns.postcode < 0 && columns.laua < 0) || found == 0) {
        throw core::ImportError(
            file.string() +
            " is not an Ofcom Connected Nations fixed coverage file: expected a header with "
            "postcode (or laua) and columns such as 'Gigabit availability (% premises)'");
    }
    return columns;
}

std::string vintageOf(const SourceOptions& options, const std::filesystem::path& file) {
    if (!options.vintage.empty()) {
        const bool shaped = options.vintage.size() == 7 && options.vintage[4] == '-';
        if (!shaped) {
            throw core::ImportError("the vintage must look like YYYY-MM, not '" + options.vintage +
                                    "'");
        }
        return options.vintage;
    }
    if (auto vintage = vintageFromFileName(file)) {
        return *vintage;
    }
    throw core::ImportError("cannot tell the vintage of " + file.string() +
                            " from its name (Ofcom names files like "
                            "202305_fixed_pc_coverage_r01.csv); give it with --vintage YYYY-MM");
}

class OfcomRun {
public:
    OfcomRun(ImportFrame& frame, const OfcomFixedOptions& options)
        : frame_(frame), writer_(frame.writer()), summary_(frame.summary()), options_(options) {}

    void postcodeRows(CsvReader& reader, const Columns& columns, std::size_t width,
                      const std::string& vintage) {
        auto& postcodes = writer_.layer("postcodes");
        std::vector<std::string> fields;
        while (reader.next(fields)) {
            ++summary_.read;
            frame_.progress().tick(reader.bytesRead(), reader.fileSize());
            if (fields.size() != width) {
                reject(reader, "",
                       fmt::format("expected {} columns, found {}", width, fields.size()), "");
                continue;
            }
            const std::string& raw = fields[static_cast<std::size_t>(columns.postcode)];
            const auto postcode = core::normalisePostcode(raw);
            if (!postcode) {
                reject(reader, "postcode", "not a UK postcode", raw);
                continue;
            }
            auto attributes = measures(reader, fields, columns);
            if (!attributes) {
                continue;
            }
            (*attributes)["vintage"] = vintage;
            if (!postcodes.patchByKey("postcode", *postcode, *attributes)) {
                reject(reader, "postcode",
                       "postcode not in the project (import Code-Point Open first)", *postcode);
                continue;
            }
            ++summary_.updated;
        }
        summary_.table = "postcodes";
    }

    void districtRow(CsvReader& reader, const Columns& columns,
                     const std::vector<std::string>& header, const std::string& vintage) {
        const std::string district = options_.district ? *options_.district : projectDistrict();
        std::vector<std::string> fields;
        while (reader.next(fields)) {
            ++summary_.read;
            if (fields.size() != header.size() ||
                trim(fields[static_cast<std::size_t>(columns.laua)]) != district) {
                ++summary_.skipped;
                continue;
            }
            if (!measures(reader, fields, columns)) {
                continue;
            }
            nlohmann::json row{{"vintage", vintage}, {"laua", district}};
            for (std::size_t i = 0; i < header.size(); ++i) {
                row["columns"][std::string(trim(header[i]))] = fields[i];
            }
            writer_.setMetaValue("ofcom_fixed_la", row.dump());
            ++summary_.inserted;
        }
        summary_.table = "project_meta";
        if (summary_.inserted == 0) {
            throw core::ImportError(
                fmt::format("{} has no row for district {}", reader.path().string(), district));
        }
    }

private:
    // The measures of one row, checked: numbers, and percentages within 0..100.
    std::optional<std::map<std::string, core::Value>> measures(
        const CsvReader& reader, const std::vector<std::string>& fields, const Columns& columns) {
        std::map<std::string, core::Value> values;
        for (std::size_t i = 0; i < kMeasures.size(); ++i) {
            if (columns.measures[i] < 0) {
                continue;
            }
            const std::string& text = fields[static_cast<std::size_t>(columns.measures[i])];
            if (trim(text).empty()) {
                values[kMeasures[i].field] = core::Value{};
                continue;
            }
            const auto number = parseDouble(text);
            if (!number) {
                reject(reader, columns.names[i], "not a number", text);
                return std::nullopt;
            }
            if (kMeasures[i].percentage && (*number < 0.0 || *number > 100.0)) {
                reject(reader, columns.names[i], "percentage outside 0..100", text);
                return std::nullopt;
            }
            if (!kMeasures[i].percentage) {
                if (*number < 0.0 || std::trunc(*number) != *number) {
                    reject(reader, columns.names[i], "not a count of premises", text);
                    return std::nullopt;
                }
                values[kMeasures[i].field] = static_cast<std::int64_t>(*number);
            } else {
                values[kMeasures[i].field] = *number;
            }
        }
        return values;
    }

    std::string projectDistrict() {
        std::vector<std::string> codes;
        writer_.features().scan(core::LayerQuery("boundaries")
                                    .select({"code"})
                                    .where(core::FieldCondition::equal("kind", "district"))
                                    .where({"code", core::FieldCondition::Op::NotNull, {}})
                                    .noGeometry()
                                    .withNullGeometry(),
                                [&codes](const core::FeatureRow& row) {
                                    codes.push_back(std::get<std::string>(row.values.front()));
                                    return true;
                                });
        if (codes.size() != 1) {
            throw core::ImportError(fmt::format(
                "the project has {} district boundaries; say which district's row to keep with "
                "--district CODE",
                codes.size()));
        }
        return codes.front();
    }

    void reject(const CsvReader& reader, std::string_view field, std::string_view reason,
                std::string_view value) {
        frame_.reject(reader.path(), reader.line(), field, reason, value);
    }

    ImportFrame& frame_;
    core::BulkWriter& writer_;
    ImportSummary& summary_;
    const OfcomFixedOptions& options_;
};

}  // namespace

std::optional<std::string> vintageFromFileName(const std::filesystem::path& file) {
    const std::string name = file.filename().string();
    if (name.size() < 7 || name[6] != '_' ||
        !std::all_of(name.begin(), name.begin() + 6,
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
        return std::nullopt;
    }
    const int month = std::stoi(name.substr(4, 2));
    if (month < 1 || month > 12) {
        return std::nullopt;
    }
    return name.substr(0, 4) + "-" + name.substr(4, 2);
}

OfcomFixedImporter::OfcomFixedImporter(ImportTarget target, OfcomFixedOptions options)
    : target_(std::move(target)), options_(std::move(options)) {}

ImportSummary OfcomFixedImporter::importFiles(const std::vector<std::filesystem::path>& files,
                                              core::Feedback* feedback) {
    // Ofcom figures change attributes only: per-row timestamp triggers are set aside.
    ImportShape shape;
    shape.kind = "ofcom-fixed";
    shape.ownAttribution = kAttribution;
    shape.bulkTable = "postcodes";
    shape.bulkGeometry = core::SpatialIndexSuspension::Geometry::Unchanged;
    ImportFrame frame(target_.writer(), options_.source, std::move(shape), files, feedback);
    return frame.run([&](ImportFrame& self) {
        OfcomRun run(self, options_);
        for (const auto& file : files) {
            const std::string vintage = vintageOf(options_.source, file);
            CsvReader reader(file);
            std::vector<std::string> header;
            if (!reader.next(header)) {
                throw core::ImportError(file.string() +
                                        " is empty; expected an Ofcom fixed coverage CSV");
            }
            const Columns columns = findColumns(header, file);
            if (columns.measures[5] < 0) {  // the 2019 layout has no gigabit column
                self.summary().notes.push_back(
                    file.filename().string() +
                    ": this layout has no 'Gigabit availability' column, so gigabit_pct is left "
                    "empty");
            }
            if (columns.postcode >= 0) {
                run.postcodeRows(reader, columns, header.size(), vintage);
                self.recordSource("ofcom_fixed", vintage);
            } else {
                run.districtRow(reader, columns, header, vintage);
                self.recordSource("ofcom_fixed_la", vintage);
            }
            if (auto note = reader.encodingNote()) {
                self.summary().notes.push_back(*note);
            }
        }
    });
}

}  // namespace gigamap::importers

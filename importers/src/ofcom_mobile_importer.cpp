#include "gigamap/importers/ofcom_mobile_importer.h"

#include <fmt/format.h>

#include <array>
#include <cmath>
#include <map>
#include <optional>
#include <set>

#include "gigamap/core/error.h"
#include "gigamap/core/feature_store.h"
#include "gigamap/core/layer_writer.h"
#include "gigamap/core/postcode.h"
#include "gigamap/importers/csv_reader.h"
#include "gigamap/importers/import_frame.h"
#include "gigamap/importers/text_values.h"

namespace gigamap::importers {
namespace {

constexpr const char* kAttribution =
    "Contains Ofcom data © Ofcom, licensed under the Open Government Licence v3.0";

// One rating column: EE VoiceOutdoor No4g -> EE, voice, outdoor, 2G/3G.
struct RatingColumn {
    int index = -1;
    std::string name;
    std::string operatorName;
    std::string service;
    std::string environment;
    std::string technology;
};

std::optional<RatingColumn> ratingColumn(const std::string& name, int index) {
    static const std::map<std::string, std::string> kOperators{
        {"EE", "EE"}, {"H3", "Three"}, {"TF", "O2"}, {"VO", "Vodafone"}};
    if (name.size() < 4) {
        return std::nullopt;
    }
    const auto op = kOperators.find(name.substr(0, 2));
    if (op == kOperators.end()) {
        return std::nullopt;
    }
    std::string rest = name.substr(2);
    RatingColumn column{index, name, op->second, "", "", "4G"};
    if (rest.ends_with("No4g")) {
        column.technology = "2G/3G";
        rest.resize(rest.size() - 4);
    }
    for (const char* service : {"Voice", "Data"}) {
        if (rest.starts_with(service)) {
            column.service = lowerCase(service);
            rest.erase(0, std::string_view(service).size());
        }
    }
    if (rest == "Outdoor" || rest == "Indoor") {
        column.environment = lowerCase(rest);
    }
    if (column.service.empty() || column.environment.empty()) {
        return std::nullopt;
    }
    return column;
}

// Likely, limited and none counts of one rating column.
using Tally = std::array<std::int64_t, 3>;

}  // namespace

OfcomMobileImporter::OfcomMobileImporter(ImportTarget target, OfcomMobileOptions options)
    : target_(std::move(target)), options_(std::move(options)) {}

ImportSummary OfcomMobileImporter::importFiles(const std::vector<std::filesystem::path>& files,
                                               core::Feedback* feedback) {
    ImportShape shape;
    shape.kind = "ofcom-mobile";
    shape.table = "mobile_postcodes";
    shape.sourceKey = "ofcom_mobile";
    shape.ownAttribution = kAttribution;
    ImportFrame frame(target_.writer(), options_.source, std::move(shape), files, feedback);
    return frame.run([&](ImportFrame& self) { tallyAndStore(self, files); });
}

void OfcomMobileImporter::tallyAndStore(ImportFrame& frame,
                                        const std::vector<std::filesystem::path>& files) const {
    ImportSummary& summary = frame.summary();
    // Per postcode, per rating column: the addresses' tallies.
    std::map<std::string, std::vector<Tally>> tallies;
    std::vector<RatingColumn> columns;

    for (const auto& file : files) {
        CsvReader reader(file);
        std::vector<std::string> header;
        if (!reader.next(header)) {
            throw core::ImportError(file.string() + " is empty; expected Ofcom mobile ratings CSV");
        }
        int postcodeColumn = -1;
        std::vector<RatingColumn> found;
        for (std::size_t i = 0; i < header.size(); ++i) {
            const std::string name(trim(header[i]));
            if (lowerCase(name) == "postcode") {
                postcodeColumn = static_cast<int>(i);
            } else if (auto column = ratingColumn(name, static_cast<int>(i))) {
                found.push_back(*column);
            }
        }
        if (postcodeColumn < 0 || found.empty()) {
            throw core::ImportError(file.string() +
                                    " is not Ofcom mobile coverage by address: expected a PostCode "
                                    "column and rating columns such as EEVoiceOutdoor");
        }
        if (!columns.empty() && columns.size() != found.size()) {
            throw core::ImportError(file.string() +
                                    " has other rating columns than the files before it");
        }
        columns = found;
        std::vector<std::string> fields;
        while (reader.next(fields)) {
            ++summary.read;
            frame.progress().tick(reader.bytesRead(), reader.fileSize());
            const auto reject = [&](std::string_view field, std::string_view reason,
                                    std::string_view value) {
                frame.reject(file, reader.line(), field, reason, value);
            };
            if (fields.size() != header.size()) {
                reject("",
                       fmt::format("expected {} columns, found {}", header.size(), fields.size()),
                       "");
                continue;
            }
            const auto postcode =
                core::normalisePostcode(fields[static_cast<std::size_t>(postcodeColumn)]);
            if (!postcode) {
                reject("PostCode", "not a UK postcode",
                       fields[static_cast<std::size_t>(postcodeColumn)]);
                continue;
            }
            std::vector<Tally> row(columns.size(), Tally{});
            bool good = true;
            for (std::size_t c = 0; c < columns.size() && good; ++c) {
                const std::string& text = fields[static_cast<std::size_t>(columns[c].index)];
                const auto rating = parseInteger(text);
                if (!rating || *rating < 0 || *rating > 4) {
                    reject(columns[c].name, "not a rating (0, 3 or 4)", text);
                    good = false;
                    break;
                }
                row[c][*rating == 4 ? 0 : (*rating == 0 ? 2 : 1)] = 1;
            }
            if (!good) {
                continue;
            }
            if (!tallies.contains(*postcode) &&
                frame.writer().features().count(
                    "postcodes", {core::FieldCondition::equal("postcode", *postcode)}) == 0) {
                reject("PostCode", "postcode not in the project (import Code-Point Open first)",
                       *postcode);
                continue;
            }
            auto& total = tallies.try_emplace(*postcode, columns.size(), Tally{}).first->second;
            for (std::size_t c = 0; c < columns.size(); ++c) {
                for (std::size_t k = 0; k < 3; ++k) {
                    total[c][k] += row[c][k];
                }
            }
        }
        if (auto note = reader.encodingNote()) {
            summary.notes.push_back(*note);
        }
    }

    // Each postcode's place, then its previous ratings out, then the new ones
    // in: on a server the new rows then go in one COPY.
    std::map<std::string, core::Wkb> places;
    for (const auto& [postcode, columnTallies] : tallies) {
        frame.writer().features().scan(core::LayerQuery("postcodes")
                                           .where(core::FieldCondition::equal("postcode", postcode))
                                           .first(1),
                                       [&places, &postcode](const core::FeatureRow& row) {
                                           places[postcode].assign(row.wkb.begin(), row.wkb.end());
                                           return false;
                                       });
    }
    auto& mobile = frame.writer().layer("mobile_postcodes");
    std::set<std::string> replaced;
    for (const auto& [postcode, columnTallies] : tallies) {
        if (mobile.removeWhere({{"postcode", postcode}}) > 0) {
            replaced.insert(postcode);
        }
    }
    for (const auto& [postcode, columnTallies] : tallies) {
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const auto& [likely, limited, none] = columnTallies[c];
            const std::int64_t addresses = likely + limited + none;
            core::Feature feature;
            feature.attributes = {{"postcode", postcode},
                                  {"operator", columns[c].operatorName},
                                  {"service", columns[c].service},
                                  {"environment", columns[c].environment},
                                  {"technology", columns[c].technology},
                                  {"addresses", addresses},
                                  {"likely", likely},
                                  {"limited", limited},
                                  {"none", none},
                                  {"likely_pct", std::round(1000.0 * static_cast<double>(likely) /
                                                            static_cast<double>(addresses)) /
                                                     10.0},
                                  {"vintage", options_.source.vintage.empty()
                                                  ? core::Value{}
                                                  : core::Value{options_.source.vintage}}};
            feature.geometry = places[postcode];
            mobile.add(feature);
            ++(replaced.contains(postcode) ? summary.updated : summary.inserted);
        }
    }
    summary.notes.push_back(
        fmt::format("{} postcodes, {} rating columns", tallies.size(), columns.size()));
}

}  // namespace gigamap::importers

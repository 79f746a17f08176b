#include "gigamap/importers/codepoint_importer.h"

#include <fmt/format.h>

#include <array>
#include <initializer_list>

#include "gigamap/core/crs_transform.h"
#include "gigamap/core/error.h"
#include "gigamap/core/feature.h"
#include "gigamap/core/layer_writer.h"
#include "gigamap/core/postcode.h"
#include "gigamap/core/proj_context.h"
#include "gigamap/importers/area_check.h"
#include "gigamap/importers/csv_reader.h"
#include "gigamap/importers/import_frame.h"
#include "gigamap/importers/text_values.h"

namespace gigamap::importers {
namespace {

constexpr std::size_t kCodePointColumns = 10;
constexpr const char* kAttribution =
    "Contains OS data © Crown copyright and database right; Contains Royal Mail data © Royal "
    "Mail copyright and database right; Contains National Statistics data © Crown copyright and "
    "database right (Open Government Licence v3.0)";

enum class Coordinates { EastingNorthing, LatitudeLongitude };

// Where each value is in a record.
struct Layout {
    int postcode = -1;
    int quality = -1;
    int x = -1;  // easting or longitude
    int y = -1;  // northing or latitude
    int district = -1;
    Coordinates coordinates = Coordinates::EastingNorthing;
    std::size_t columns = 0;
    bool hasHeader = false;
    std::array<std::string, 5> names;  // postcode, quality, x, y, district as the file calls them
};

int findColumn(const std::vector<std::string>& header, std::initializer_list<const char*> aliases) {
    for (const char* alias : aliases) {
        for (std::size_t i = 0; i < header.size(); ++i) {
            if (lowerCase(trim(header[i])) == alias) {
                return static_cast<int>(i);
            }
        }
    }
    return -1;
}

std::string columnName(const std::vector<std::string>& header, int index) {
    return index >= 0 ? std::string(trim(header[static_cast<std::size_t>(index)])) : std::string();
}

std::optional<Layout> layoutFromHeader(const std::vector<std::string>& header) {
    Layout layout;
    layout.hasHeader = true;
    layout.columns = header.size();
    layout.postcode =
        findColumn(header, {"postcode", "pc", "pcd", "pcds", "pcd2", "postcode_space"});
    layout.quality =
        findColumn(header, {"positional_quality_indicator", "pq", "positional_quality"});
    layout.district =
        findColumn(header, {"admin_district_code", "dc", "oslaua", "laua", "lad", "lad_code"});
    layout.x = findColumn(header, {"eastings", "easting", "ea", "oseast1m", "x"});
    layout.y = findColumn(header, {"northings", "northing", "no", "osnrth1m", "y"});
    if (layout.x < 0 || layout.y < 0) {
        layout.coordinates = Coordinates::LatitudeLongitude;
        layout.x = findColumn(header, {"lon", "long", "lng", "longitude", "lon_wgs84"});
        layout.y = findColumn(header, {"lat", "latitude", "lat_wgs84"});
    }
    if (layout.postcode < 0 || layout.x < 0 || layout.y < 0) {
        return std::nullopt;
    }
    layout.names = {columnName(header, layout.postcode), columnName(header, layout.quality),
                    columnName(header, layout.x), columnName(header, layout.y),
                    columnName(header, layout.district)};
    return layout;
}

Layout codePointLayout() {
    Layout layout{0, 1, 2, 3, 8, Coordinates::EastingNorthing, kCodePointColumns, false, {}};
    layout.names = {"Postcode", "Positional_quality_indicator", "Eastings", "Northings",
                    "Admin_district_code"};
    return layout;
}

Layout detectLayout(const std::vector<std::string>& first, const std::filesystem::path& file) {
    if (first.size() == kCodePointColumns && core::normalisePostcode(first[0])) {
        return codePointLayout();
    }
    if (auto layout = layoutFromHeader(first)) {
        return *layout;
    }
    std::string seen;
    for (const auto& field : first) {
        if (!seen.empty()) {
            seen += ',';
        }
        seen += field.substr(0, 40);
    }
    throw core::ImportError(fmt::format(
        "{} is not Code-Point Open: expected its 10 columns (with or without the header row) or "
        "a CSV whose header has a postcode column and easting/northing or latitude/longitude "
        "columns; the first line is: {}",
        file.string(), seen.substr(0, 300)));
}

// One import: the state shared by the rows of every file.
class CodePointRun {
public:
    CodePointRun(ImportFrame& frame, const CodePointOptions& options)
        : frame_(frame),
          postcodes_(frame.writer().layer("postcodes")),
          options_(options),
          area_(proj_, frame.writer().srid()),
          projectCrs_(fmt::format("EPSG:{}", frame.writer().srid())),
          fromGrid_(frame.writer().srid() == 27700
                        ? std::nullopt
                        : std::optional<core::CrsTransform>(std::in_place, proj_, "EPSG:27700",
                                                            projectCrs_)) {}

    void importFile(const std::filesystem::path& file) {
        ImportSummary& summary = frame_.summary();
        CsvReader reader(file);
        std::vector<std::string> fields;
        if (!reader.next(fields)) {
            throw core::ImportError(file.string() + " is empty; expected Code-Point Open CSV");
        }
        const Layout layout = detectLayout(fields, file);
        if (!layout.hasHeader) {
            row(layout, fields, reader, summary);
        }
        while (reader.next(fields)) {
            row(layout, fields, reader, summary);
            frame_.progress().tick(reader.bytesRead(), reader.fileSize());
        }
        if (auto note = reader.encodingNote()) {
            summary.notes.push_back(*note);
        }
        if (layout.coordinates == Coordinates::LatitudeLongitude && fromWgs84_) {
            summary.notes.push_back("latitude/longitude transformed with " +
                                    fromWgs84_->operationName());
        }
    }

private:
    void reject(const CsvReader& reader, std::string_view field, std::string_view reason,
                std::string_view value) {
        frame_.reject(reader.path(), reader.line(), field, reason, value);
    }

    void row(const Layout& layout, const std::vector<std::string>& fields, const CsvReader& reader,
             ImportSummary& summary) {
        ++summary.read;
        if (fields.size() != layout.columns) {
            reject(reader, "",
                   fmt::format("expected {} columns, found {}", layout.columns, fields.size()), "");
            return;
        }
        const auto at = [&](int index) {
            return index < 0 ? std::string_view{}
                             : std::string_view(fields[static_cast<std::size_t>(index)]);
        };
        const auto postcode = core::normalisePostcode(at(layout.postcode));
        if (!postcode) {
            reject(reader, layout.names[0], "not a UK postcode", at(layout.postcode));
            return;
        }
        if (options_.district && layout.district >= 0 &&
            trim(at(layout.district)) != *options_.district) {
            ++summary.skipped;
            return;
        }
        const auto x = parseDouble(at(layout.x));
        const auto y = parseDouble(at(layout.y));
        if (!x || !y) {
            const bool badX = !x;
            reject(reader, layout.names[badX ? 2 : 3], "not a number",
                   at(badX ? layout.x : layout.y));
            return;
        }
        std::optional<std::int64_t> quality;
        if (layout.quality >= 0 && !trim(at(layout.quality)).empty()) {
            quality = parseInteger(at(layout.quality));
            if (!quality) {
                reject(reader, layout.names[1], "not a whole number", at(layout.quality));
                return;
            }
        }
        const auto position = place(layout, *x, *y);
        if (!position.ok) {
            reject(reader, layout.names[2] + "/" + layout.names[3], position.reason,
                   fmt::format("{} {}", *x, *y));
            return;
        }
        store(*postcode, quality, position.x, position.y, summary);
    }

    struct Placed {
        bool ok = false;
        double x = 0.0;
        double y = 0.0;
        std::string reason;
    };

    Placed place(const Layout& layout, double x, double y) {
        if (x == 0.0 && y == 0.0) {
            return {false, 0, 0, "no coordinates (0, 0)"};
        }
        if (layout.coordinates == Coordinates::LatitudeLongitude) {
            if (auto problem = area_.lonLat({x, y, x, y})) {
                return {false, 0, 0, *problem};
            }
            if (!fromWgs84_) {
                fromWgs84_.emplace(proj_, "EPSG:4326", projectCrs_);
            }
            const auto p = fromWgs84_->forward({x, y});
            return {true, p.x, p.y, {}};
        }
        if (fromGrid_) {
            const auto p = fromGrid_->forward({x, y});
            x = p.x;
            y = p.y;
        }
        if (auto problem = area_.projected({x, y, x, y})) {
            return {false, 0, 0, *problem};
        }
        return {true, x, y, {}};
    }

    void store(const std::string& postcode, std::optional<std::int64_t> quality, double x, double y,
               ImportSummary& summary) {
        core::Feature feature;
        feature.attributes["postcode"] = postcode;
        if (quality) {
            feature.attributes["positional_quality"] = *quality;
        }
        feature.geometry = core::pointWkb(x, y);
        const auto done = postcodes_.upsert("postcode", feature);
        ++(done == core::LayerWriter::Upserted::Inserted ? summary.inserted : summary.updated);
    }

    ImportFrame& frame_;
    core::LayerWriter& postcodes_;
    const CodePointOptions& options_;
    core::ProjContext proj_;
    AreaCheck area_;
    std::string projectCrs_;
    std::optional<core::CrsTransform> fromWgs84_;  // made when a file has latitude/longitude
    std::optional<core::CrsTransform> fromGrid_;
};

}  // namespace

CodePointImporter::CodePointImporter(ImportTarget target, CodePointOptions options)
    : target_(std::move(target)), options_(std::move(options)) {}

ImportSummary CodePointImporter::importFiles(const std::vector<std::filesystem::path>& files,
                                             core::Feedback* feedback) {
    ImportShape shape;
    shape.kind = "codepoint";
    shape.table = "postcodes";
    shape.sourceKey = "codepoint";
    shape.ownAttribution = kAttribution;
    shape.bulkTable = "postcodes";
    ImportFrame frame(target_.writer(), options_.source, std::move(shape), files, feedback);
    return frame.run([&](ImportFrame& self) {
        CodePointRun run(self, options_);
        for (const auto& file : files) {
            run.importFile(file);
        }
    });
}

}  // namespace gigamap::importers

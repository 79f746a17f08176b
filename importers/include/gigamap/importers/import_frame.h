#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gigamap/core/bulk_writer.h"
#include "gigamap/core/spatial_index_suspension.h"
#include "gigamap/importers/import_progress.h"
#include "gigamap/importers/import_summary.h"
#include "gigamap/importers/rejects_file.h"
#include "gigamap/importers/source_options.h"
#include "gigamap/importers/source_record.h"

namespace gigamap::core {
class Feedback;
}  // namespace gigamap::core

namespace gigamap::importers {

// What a kind of import tells the frame about itself.
struct ImportShape {
    std::string kind;   // names the default rejects file: PROJECT.<kind>-rejects.csv
    std::string table;  // the layer(s) it fills, for the summary
    // The source record made at the end (key "": the body records its own with recordSource).
    std::string sourceKey;
    std::string ownAttribution;  // the attribution the source's licence requires
    // The layer whose spatial index is set aside when the input is large ("": none).
    std::string bulkTable;
    core::SpatialIndexSuspension::Geometry bulkGeometry =
        core::SpatialIndexSuspension::Geometry::Changes;
    std::int64_t progressEvery = 2048;  // records between progress reports
};

// The steps every import takes, in this order: the summary is started, progress
// is reported, one transaction opens in whichever store the project lives in
// (core::BulkWriter), a large input's layer index is set aside,
// the kind's body reads its rows, the index is rebuilt, the source is recorded,
// the transaction commits, and only then is the rejects file put in place. An
// error or cancellation anywhere rolls everything back and leaves no rejects
// file behind. A kind's importer supplies only the body.
class ImportFrame {
public:
    ImportFrame(core::BulkWriter& writer, const SourceOptions& options, ImportShape shape,
                const std::vector<std::filesystem::path>& files, core::Feedback* feedback);
    ImportFrame(const ImportFrame&) = delete;
    ImportFrame& operator=(const ImportFrame&) = delete;

    // Runs the steps around `body` and returns the summary.
    ImportSummary run(const std::function<void(ImportFrame&)>& body);

    // For the body.
    // The project's layers and meta, inside the import's transaction.
    [[nodiscard]] core::BulkWriter& writer() { return writer_; }
    [[nodiscard]] ImportSummary& summary() { return summary_; }
    [[nodiscard]] ImportProgress& progress() { return progress_; }
    [[nodiscard]] const SourceOptions& options() const { return options_; }
    // Lists a bad row (file, line or feature number, field, reason, value) and counts it.
    void reject(const std::filesystem::path& file, std::int64_t line, std::string_view field,
                std::string_view reason, std::string_view value = {});
    // Records a source under `key` with `vintage` and the user's or the shape's attribution.
    void recordSource(const std::string& key, const std::string& vintage);

private:
    core::BulkWriter& writer_;
    const SourceOptions& options_;
    ImportShape shape_;
    const std::vector<std::filesystem::path>& files_;
    ImportSummary summary_;
    ImportProgress progress_;
    RejectsFile rejects_;
    std::vector<SourceRecord> records_;
};

}  // namespace gigamap::importers

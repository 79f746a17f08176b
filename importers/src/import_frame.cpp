#include "gigamap/importers/import_frame.h"

#include "gigamap/core/project.h"
#include "gigamap/core/transaction.h"
#include "gigamap/importers/import_size.h"

namespace gigamap::importers {

ImportFrame::ImportFrame(core::Project& project, const SourceOptions& options, ImportShape shape,
                         const std::vector<std::filesystem::path>& files, core::Feedback* feedback)
    : project_(project),
      options_(options),
      shape_(std::move(shape)),
      files_(files),
      progress_(feedback, shape_.progressEvery),
      rejects_(options.rejectsFile.empty() ? defaultRejectsPath(project.path(), shape_.kind)
                                           : options.rejectsFile) {
    summary_.table = shape_.table;
    summary_.source = files.size() == 1 ? files.front() : std::filesystem::path{};
}

ImportSummary ImportFrame::run(const std::function<void(ImportFrame&)>& body) {
    core::Transaction transaction(project_.database());
    std::optional<core::SpatialIndexSuspension> bulk;
    if (!shape_.bulkTable.empty() && totalBytes(files_) >= kBulkBytes) {
        bulk.emplace(project_.database(), shape_.bulkTable, shape_.bulkGeometry);
    }
    body(*this);
    if (bulk) {
        bulk->finish();
    }
    if (!shape_.sourceKey.empty()) {
        recordSource(shape_.sourceKey, options_.vintage);
    }
    for (const auto& record : records_) {
        importers::recordSource(project_, record);
    }
    rejects_.close();  // a full disk refuses the import here, before anything lands
    transaction.commit();
    rejects_.commit();
    progress_.finish();
    summary_.rejectsFile = rejects_.writtenPath();
    return summary_;
}

void ImportFrame::reject(const std::filesystem::path& file, std::int64_t line,
                         std::string_view field, std::string_view reason, std::string_view value) {
    rejects_.add(file, line, field, reason, value);
    ++summary_.rejected;
}

void ImportFrame::recordSource(const std::string& key, const std::string& vintage) {
    records_.push_back(
        {key, vintage,
         options_.attribution.empty() ? shape_.ownAttribution : options_.attribution});
}

}  // namespace gigamap::importers

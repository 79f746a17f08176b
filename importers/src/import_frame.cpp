#include "gigamap/importers/import_frame.h"

#include "gigamap/importers/import_size.h"

namespace gigamap::importers {

ImportFrame::ImportFrame(core::BulkWriter& writer, const SourceOptions& options, ImportShape shape,
                         const std::vector<std::filesystem::path>& files, core::Feedback* feedback)
    : writer_(writer),
      options_(options),
      shape_(std::move(shape)),
      files_(files),
      progress_(feedback, shape_.progressEvery),
      rejects_(options.rejectsFile.empty() ? defaultRejectsPath(writer.besidePath(), shape_.kind)
                                           : options.rejectsFile) {
    summary_.table = shape_.table;
    summary_.source = files.size() == 1 ? files.front() : std::filesystem::path{};
}

ImportSummary ImportFrame::run(const std::function<void(ImportFrame&)>& body) {
    core::BulkWriter::Scope transaction(writer_);
    if (!shape_.bulkTable.empty() && totalBytes(files_) >= kBulkBytes) {
        writer_.setIndexAside(shape_.bulkTable, shape_.bulkGeometry);
    }
    body(*this);
    if (!shape_.sourceKey.empty()) {
        recordSource(shape_.sourceKey, options_.vintage);
    }
    for (const auto& record : records_) {
        importers::recordSource(writer_, record);
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

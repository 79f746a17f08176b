#include <fmt/format.h>
#include <fmt/ranges.h>

#include <optional>
#include <vector>

#include "gigamap/core/bulk_writer.h"
#include "gigamap/core/error.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/project.h"
#include "gigamap/core/sqlite_database.h"
#include "gigamap/core/sqlite_statement.h"
#include "gigamap/core/transaction.h"

namespace gigamap::core {
namespace {

// A project file's writes: FeatureTable's prepared statements inside one
// SQLite transaction, a large layer's spatial index rebuilt once at commit.
class SpatialiteBulkWriter final : public BulkWriter {
public:
    explicit SpatialiteBulkWriter(Project& project) : project_(project) {}

    [[nodiscard]] std::string display() const override { return project_.path().string(); }
    [[nodiscard]] std::filesystem::path besidePath() const override { return project_.path(); }
    [[nodiscard]] int srid() const override { return project_.srid(); }

    [[nodiscard]] LayerWriter& layer(std::string_view table) override {
        return project_.layer(table);
    }
    [[nodiscard]] const FeatureStore& features() override { return project_.features(); }
    [[nodiscard]] std::optional<std::string> metaValue(std::string_view key) override {
        return project_.metaValue(key);
    }
    void setMetaValue(std::string_view key, std::string_view value) override {
        project_.setMetaValue(key, value);
    }
    void setIndexAside(std::string_view table, SpatialIndexSuspension::Geometry geometry) override {
        suspended_.emplace(project_.database(), std::string(table), geometry);
    }

private:
    void begin() override {
        requireSound();
        transaction_.emplace(project_.database());
    }

    // A damaged file takes writes to its sound pages without complaint, so an
    // import would seem to succeed and leave the project worse. SQLite's quick
    // check (every page read once, no index cross-check) refuses it first.
    void requireSound() {
        std::vector<std::string> problems;
        try {
            auto check = project_.database().prepare("PRAGMA quick_check(3)");
            while (check.step()) {
                if (std::string line = check.columnText(0); line != "ok") {
                    problems.push_back(std::move(line));
                }
            }
        } catch (const StoreError& error) {
            problems.emplace_back(error.what());
        }
        if (!problems.empty()) {
            throw StoreError(fmt::format(
                "{} is damaged (SQLite's check says: {}), so nothing was imported; restore it "
                "from a backup, or copy its layers into a new project with ogr2ogr",
                project_.path().string(), fmt::join(problems, "; ")));
        }
    }
    void commit() override {
        if (suspended_) {
            suspended_->finish();
        }
        transaction_->commit();
        suspended_.reset();
        transaction_.reset();
    }
    void rollback() noexcept override {
        suspended_.reset();    // sees the exception unwinding: restores nothing itself
        transaction_.reset();  // SQLite puts the triggers and the index back
    }

    Project& project_;
    std::optional<Transaction> transaction_;
    std::optional<SpatialIndexSuspension> suspended_;
};

}  // namespace

std::unique_ptr<BulkWriter> bulkWriter(Project& project) {
    return std::make_unique<SpatialiteBulkWriter>(project);
}

}  // namespace gigamap::core

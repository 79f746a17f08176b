#pragma once

#include <QWizard>
#include <functional>
#include <optional>

#include "gigamap/importers/import_job.h"
#include "gigamap/importers/source_preview.h"

class QUrl;

namespace gigamap::core {
class Project;
}

namespace gigamap::desktop {

class ImportRun;

// File ▸ Import data: choose the kind of data, the file and its options, check
// a preview of its first rows, match fields and set the CRS (map files), run
// the import with a progress bar that can cancel it, and read what it did.
// The pages share the job being described here.
class ImportWizard : public QWizard {
    Q_OBJECT

public:
    enum Page { KindPage, FilePage, PreviewPage, MappingPage, RunPage, SummaryPage };
    // Opens a file in the user's application (QDesktopServices::openUrl), replaceable for tests.
    using FileOpener = std::function<bool(const QUrl&)>;

    explicit ImportWizard(core::Project& project, QWidget* parent = nullptr);
    ~ImportWizard() override;

    [[nodiscard]] core::Project& project() const { return project_; }
    [[nodiscard]] importers::ImportJob& job() { return job_; }
    [[nodiscard]] const importers::ImportKindInfo& kind() const;
    // The layer the import fills (the kind's, or the one chosen for a map file).
    [[nodiscard]] std::string table() const;
    [[nodiscard]] const importers::SourcePreview& preview() const { return preview_; }
    void setPreview(importers::SourcePreview preview) { preview_ = std::move(preview); }
    [[nodiscard]] ImportRun& run() const { return *run_; }

    void setFileOpener(FileOpener opener) { opener_ = std::move(opener); }
    bool openFile(const QString& path) const;

    // While an import runs, Cancel (or Escape) cancels it instead of closing.
    void reject() override;

signals:
    // After an import has landed in the project.
    void imported(const QString& table);

private:
    core::Project& project_;
    importers::ImportJob job_;
    importers::SourcePreview preview_;
    ImportRun* run_;
    FileOpener opener_;
};

}  // namespace gigamap::desktop

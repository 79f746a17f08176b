#include "import/import_wizard.h"

#include <QDesktopServices>
#include <QUrl>

#include "import/import_file_page.h"
#include "import/import_kind_page.h"
#include "import/import_mapping_page.h"
#include "import/import_preview_page.h"
#include "import/import_run.h"
#include "import/import_run_page.h"
#include "import/import_summary_page.h"

namespace gigamap::desktop {

ImportWizard::ImportWizard(core::Project& project, QWidget* parent)
    : QWizard(parent),
      project_(project),
      run_(new ImportRun(this)),
      opener_([](const QUrl& url) { return QDesktopServices::openUrl(url); }) {
    setWindowTitle(tr("Import data"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(KindPage, new ImportKindPage(*this));
    setPage(FilePage, new ImportFilePage(*this));
    setPage(PreviewPage, new ImportPreviewPage(*this));
    setPage(MappingPage, new ImportMappingPage(*this));
    setPage(RunPage, new ImportRunPage(*this));
    setPage(SummaryPage, new ImportSummaryPage(*this));
    setStartId(KindPage);
    resize(860, 640);
    connect(run_, &ImportRun::finished, this, [this] {
        if (run_->outcome().result == ImportRun::Outcome::Result::Imported) {
            emit imported(QString::fromStdString(table()));
        }
    });
}

ImportWizard::~ImportWizard() = default;

const importers::ImportKindInfo& ImportWizard::kind() const {
    return importers::importKind(job_.kind);
}

std::string ImportWizard::table() const {
    return job_.kind == importers::ImportKind::Vector ? job_.vector.table
                                                      : std::string(kind().table);
}

bool ImportWizard::openFile(const QString& path) const {
    return opener_(QUrl::fromLocalFile(path));
}

void ImportWizard::reject() {
    if (run_->isRunning()) {
        run_->cancel();
        return;
    }
    QWizard::reject();
}

}  // namespace gigamap::desktop

#include "import/import_run_page.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "import/import_run.h"
#include "import/import_wizard.h"

namespace gigamap::desktop {

ImportRunPage::ImportRunPage(ImportWizard& wizard)
    : wizard_(wizard),
      what_(new QLabel),
      progress_(new QProgressBar),
      cancel_(new QPushButton(tr("&Cancel import"))) {
    setTitle(tr("Importing"));
    setSubTitle(
        tr("gigamap reads the file and checks every row. Cancelling stops the import "
           "and leaves the project exactly as it was."));
    what_->setWordWrap(true);
    progress_->setObjectName(QStringLiteral("progress"));
    progress_->setRange(0, 100);
    cancel_->setObjectName(QStringLiteral("cancelImport"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what_);
    layout->addWidget(progress_);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel_);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(cancel_, &QPushButton::clicked, &wizard_.run(), &ImportRun::cancel);
    connect(&wizard_.run(), &ImportRun::progressed, progress_, &QProgressBar::setValue);
    connect(&wizard_.run(), &ImportRun::finished, this, &ImportRunPage::finished);
}

void ImportRunPage::initializePage() {
    const auto& job = wizard_.job();
    QStringList files;
    for (const auto& path : job.paths) {
        files << QString::fromStdString(path.filename().string());
    }
    what_->setText(
        tr("Importing %1 into the %2 layer…")
            .arg(files.join(QStringLiteral(", ")), QString::fromStdString(wizard_.table())));
    progress_->setValue(0);
    cancel_->setEnabled(true);
    done_ = false;
    wizard_.run().start(wizard_.project(), job);
}

bool ImportRunPage::isComplete() const {
    return done_;
}

void ImportRunPage::finished() {
    done_ = true;
    cancel_->setEnabled(false);
    emit completeChanged();
    if (wizard_.currentPage() == this) {
        wizard_.next();
    }
}

}  // namespace gigamap::desktop

#include "import/import_preview_page.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include "import/import_wizard.h"

namespace gigamap::desktop {

ImportPreviewPage::ImportPreviewPage(ImportWizard& wizard)
    : wizard_(wizard), about_(new QLabel), rows_(new QTableWidget), problems_(new QLabel) {
    setTitle(tr("Check the data"));
    about_->setWordWrap(true);
    about_->setTextFormat(Qt::RichText);
    rows_->setObjectName(QStringLiteral("preview"));
    rows_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    rows_->setAlternatingRowColors(true);
    rows_->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft);
    problems_->setObjectName(QStringLiteral("previewProblems"));
    problems_->setWordWrap(true);
    problems_->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about_);
    layout->addWidget(rows_, 1);
    layout->addWidget(problems_);
    setButtonText(QWizard::CommitButton, tr("&Import"));
}

void ImportPreviewPage::initializePage() {
    const auto& preview = wizard_.preview();
    const bool vector = wizard_.job().kind == importers::ImportKind::Vector;
    setCommitPage(!vector);
    const QString file = QString::fromStdString(wizard_.job().paths.front().filename().string());
    const auto rows = static_cast<int>(preview.rows.size());
    setSubTitle((rows == 1
                     ? tr("The first row of %1, as gigamap reads it.").arg(file)
                     : tr("The first %1 rows of %2, as gigamap reads them.").arg(rows).arg(file)) +
                tr(" If the columns look wrong, go back and choose another file or kind of data."));

    QStringList facts;
    if (vector) {
        const QLocale locale;
        facts << tr("Layer <b>%1</b>").arg(QString::fromStdString(preview.layer).toHtmlEscaped());
        if (preview.featureCount >= 0) {
            facts << tr("%1 features").arg(locale.toString(preview.featureCount));
        }
        facts << tr("geometry: %1").arg(QString::fromStdString(preview.geometryType));
        facts << (preview.crs ? tr("coordinates in %1 (%2)")
                                    .arg(QString::fromStdString(*preview.crs),
                                         QString::fromStdString(preview.crsName).toHtmlEscaped())
                              : tr("<b>the file does not say which coordinate system it "
                                   "uses</b>"));
    } else {
        facts << tr("Going into the <b>%1</b> layer").arg(QString::fromStdString(wizard_.table()));
        facts << tr("%1 columns").arg(preview.columns.size());
    }
    about_->setText(facts.join(QStringLiteral(" · ")));

    rows_->clear();
    rows_->setColumnCount(static_cast<int>(preview.columns.size()));
    rows_->setRowCount(static_cast<int>(preview.rows.size()));
    QStringList headers;
    for (const auto& column : preview.columns) {
        headers << QString::fromStdString(column);
    }
    rows_->setHorizontalHeaderLabels(headers);
    QStringList lines;
    for (std::size_t row = 0; row < preview.rows.size(); ++row) {
        lines << (vector ? tr("feature %1") : tr("line %1")).arg(preview.lines[row]);
        const auto& values = preview.rows[row];
        for (std::size_t column = 0; column < values.size(); ++column) {
            rows_->setItem(static_cast<int>(row), static_cast<int>(column),
                           new QTableWidgetItem(QString::fromStdString(values[column])));
        }
    }
    rows_->setVerticalHeaderLabels(lines);
    rows_->resizeColumnsToContents();

    QStringList problems;
    for (const auto& problem : preview.problems) {
        problems << QString::fromStdString(problem);
    }
    problems_->setText(
        problems.isEmpty()
            ? QString()
            : tr("These rows look wrong and will be rejected: %1").arg(problems.join(tr("; "))));
    problems_->setVisible(!problems.isEmpty());
}

int ImportPreviewPage::nextId() const {
    return wizard_.job().kind == importers::ImportKind::Vector ? ImportWizard::MappingPage
                                                               : ImportWizard::RunPage;
}

}  // namespace gigamap::desktop

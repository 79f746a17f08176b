#include "import/import_summary_page.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "import/import_run.h"
#include "import/import_wizard.h"

namespace gigamap::desktop {
namespace {

QString countRow(const QString& label, std::int64_t count, const QString& meaning,
                 const QString& colour = QString()) {
    const QString number = QLocale().toString(static_cast<qlonglong>(count));
    const QString style =
        colour.isEmpty() ? QString() : QStringLiteral(" style='color:%1'").arg(colour);
    return QStringLiteral(
               "<tr><td>%1</td><td align='right'%4><b>%2</b></td><td style='color:#555'>%3</td>"
               "</tr>")
        .arg(label, number, meaning, style);
}

// An importer's note as a sentence; a transformation also says how exact it is.
QString readable(QString note) {
    if (note.startsWith(QStringLiteral("transformed")) ||
        note.startsWith(QStringLiteral("source CRS"))) {
        note = QObject::tr("Coordinates: ") + note;
        if (note.contains(QStringLiteral("OSGB36 to WGS 84")) &&
            !note.contains(QStringLiteral("OSTN15"))) {
            note += QObject::tr(
                " — good to about 2 m; with the OSTN15 grid installed in PROJ it "
                "would be 0.1 m.");
        }
        return note;
    }
    if (!note.isEmpty()) {
        note[0] = note[0].toUpper();
    }
    return note;
}

}  // namespace

ImportSummaryPage::ImportSummaryPage(ImportWizard& wizard)
    : wizard_(wizard),
      counts_(new QLabel),
      notes_(new QLabel),
      rejects_(new QLabel),
      openRejects_(new QPushButton(tr("&Open rejects file"))) {
    counts_->setObjectName(QStringLiteral("summaryCounts"));
    counts_->setTextFormat(Qt::RichText);
    counts_->setWordWrap(true);
    notes_->setObjectName(QStringLiteral("summaryNotes"));
    notes_->setWordWrap(true);
    notes_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rejects_->setWordWrap(true);
    rejects_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    openRejects_->setObjectName(QStringLiteral("openRejects"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(counts_);
    layout->addWidget(notes_);
    layout->addSpacing(8);
    layout->addWidget(rejects_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(openRejects_);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    setFinalPage(true);
    connect(openRejects_, &QPushButton::clicked, this, [this] {
        const auto& file = wizard_.run().outcome().summary.rejectsFile;
        if (!wizard_.openFile(QString::fromStdString(file.string()))) {
            rejects_->setText(rejects_->text() + tr("<br>No application could open it here; "
                                                    "open it with a spreadsheet or text editor."));
        }
    });
}

void ImportSummaryPage::initializePage() {
    const auto& outcome = wizard_.run().outcome();
    const auto& summary = outcome.summary;
    using Result = ImportRun::Outcome::Result;
    const bool imported = outcome.result == Result::Imported;
    setTitle(imported                              ? tr("Import finished")
             : outcome.result == Result::Cancelled ? tr("Import cancelled")
                                                   : tr("Nothing was imported"));
    const QString time = tr("%1 s").arg(QLocale().toString(outcome.seconds, 'f', 1));
    if (!imported) {
        setSubTitle(outcome.result == Result::Cancelled
                        ? tr("The project is unchanged.")
                        : tr("The file could not be imported, so the project is unchanged."));
        counts_->setText(
            QStringLiteral("<p style='color:#a61b1b'>%1</p>").arg(outcome.message.toHtmlEscaped()));
        notes_->clear();
        rejects_->clear();
        openRejects_->hide();
        return;
    }
    setSubTitle(tr("The data is in the %1 layer of the project, and the map shows it.")
                    .arg(QString::fromStdString(summary.table)));
    QString rows;
    rows += countRow(tr("Imported"), summary.inserted, tr("new features added to the layer"),
                     "#1b6e1b");
    rows += countRow(tr("Updated"), summary.updated,
                     tr("features already in the project (same postcode, reference…), updated"));
    rows += countRow(tr("Rejected"), summary.rejected,
                     tr("rows that could not be used, listed with their line and reason"),
                     summary.rejected > 0 ? "#a61b1b" : "");
    if (summary.skipped > 0) {
        rows += countRow(tr("Skipped"), summary.skipped,
                         tr("rows left out on purpose (e.g. another district)"));
    }
    if (summary.repaired > 0) {
        rows += countRow(tr("Repaired"), summary.repaired,
                         tr("invalid areas made valid before storing"));
    }
    rows += countRow(tr("Read"), summary.read, tr("records read from the file"));
    counts_->setText(QStringLiteral("<table cellspacing='0' cellpadding='4'>%1</table>").arg(rows));
    QStringList notes;
    for (const auto& note : summary.notes) {
        notes << readable(QString::fromStdString(note));
    }
    notes << tr("Time taken: %1").arg(time);
    notes_->setText(notes.join(QLatin1Char('\n')));
    const bool rejected = summary.rejected > 0 && !summary.rejectsFile.empty();
    rejects_->setText(rejected ? tr("The rejected rows are listed in %1")
                                     .arg(QString::fromStdString(summary.rejectsFile.string()))
                               : QString());
    openRejects_->setVisible(rejected);
}

}  // namespace gigamap::desktop

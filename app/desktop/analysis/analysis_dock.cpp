#include "analysis/analysis_dock.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "analysis/analysis_runner.h"
#include "analysis/coverage_form.h"
#include "analysis/gaps_form.h"
#include "analysis/nearest_duct_form.h"
#include "analysis/one_dig_form.h"
#include "analysis/result_table_model.h"
#include "common/user_errors.h"
#include "gigamap/core/csv_table.h"

namespace gigamap::desktop {

AnalysisDock::AnalysisDock(UserErrors& errors, Locator locator, QWidget* parent)
    : QDockWidget(tr("Analysis"), parent),
      errors_(errors),
      locator_(std::move(locator)),
      runner_(new AnalysisRunner(this)),
      choice_(new QComboBox),
      explanation_(new QLabel),
      forms_(new QStackedWidget),
      runButton_(new QPushButton(tr("Run"))),
      cancelButton_(new QPushButton(tr("Cancel"))),
      progress_(new QProgressBar),
      summary_(new QLabel),
      tables_(new QTabWidget),
      exportButton_(new QPushButton(tr("Save table as CSV…"))) {
    setObjectName(QStringLiteral("analysisDock"));
    explanation_->setWordWrap(true);
    explanation_->setStyleSheet(QStringLiteral("color: #555;"));
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summary_->setText(
        tr("Choose an analysis, set it up and press Run. Click a row of the "
           "results to see it on the map."));
    runButton_->setDefault(true);
    cancelButton_->setEnabled(false);
    progress_->setRange(0, 100);
    progress_->setValue(0);
    progress_->setTextVisible(true);
    exportButton_->setEnabled(false);

    addForm(new CoverageForm);
    addForm(new GapsForm);
    addForm(new NearestDuctForm);
    addForm(new OneDigForm);
    const auto choose = [this](int index) {
        // Only the shown form counts for the panel's height, so tables get the room.
        for (int i = 0; i < forms_->count(); ++i) {
            const auto policy = i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored;
            forms_->widget(i)->setSizePolicy(policy, policy);
        }
        forms_->setCurrentIndex(index);
        explanation_->setText(form(index).explanation());
        forms_->adjustSize();
    };
    connect(choice_, &QComboBox::currentIndexChanged, this, choose);
    choose(0);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(runButton_);
    buttons->addWidget(cancelButton_);
    buttons->addWidget(progress_, 1);
    auto* footer = new QHBoxLayout;
    footer->addWidget(new QLabel(tr("Click a row to show it on the map.")), 1);
    footer->addWidget(exportButton_);

    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->addWidget(choice_);
    layout->addWidget(explanation_);
    layout->addWidget(forms_);
    layout->addLayout(buttons);
    layout->addWidget(summary_);
    layout->addWidget(tables_, 1);
    layout->addLayout(footer);
    setWidget(body);

    connect(runButton_, &QPushButton::clicked, this, &AnalysisDock::run);
    connect(cancelButton_, &QPushButton::clicked, this, &AnalysisDock::cancel);
    connect(exportButton_, &QPushButton::clicked, this, &AnalysisDock::chooseExportFile);
    connect(runner_, &AnalysisRunner::progressed, progress_, &QProgressBar::setValue);
    connect(runner_, &AnalysisRunner::succeeded, this, &AnalysisDock::showOutcome);
    connect(runner_, &AnalysisRunner::failed, this, [this](const QString& message) {
        setRunning(false);
        summary_->setText(tr("The analysis stopped: %1").arg(message));
        errors_.report(tr("Could not run the analysis: %1").arg(message));
    });
    connect(runner_, &AnalysisRunner::cancelled, this, [this] {
        setRunning(false);
        progress_->setValue(0);
        summary_->setText(tr("Cancelled; no result was added."));
    });
}

AnalysisDock::~AnalysisDock() = default;

void AnalysisDock::addForm(AnalysisForm* form) {
    choice_->addItem(form->title());
    forms_->addWidget(form);
}

AnalysisForm& AnalysisDock::form(int index) const {
    return *qobject_cast<AnalysisForm*>(forms_->widget(index));
}

void AnalysisDock::setProject(const std::filesystem::path& project) {
    runner_->cancel();
    project_ = project;
    runButton_->setEnabled(!project_.empty());
}

void AnalysisDock::selectAnalysis(int index) {
    choice_->setCurrentIndex(index);
}

void AnalysisDock::run() {
    if (project_.empty()) {
        errors_.report(tr("Open a project first."));
        return;
    }
    errors_.run(tr("start the analysis"), [&] {
        AnalysisJob job = form(choice_->currentIndex()).job();
        summary_->setText(tr("Running %1…").arg(choice_->currentText()));
        setRunning(true);
        runner_->start(project_, std::move(job));
    });
}

void AnalysisDock::cancel() {
    runner_->cancel();
}

void AnalysisDock::setRunning(bool running) {
    runButton_->setEnabled(!running && !project_.empty());
    cancelButton_->setEnabled(running);
    choice_->setEnabled(!running);
    forms_->setEnabled(!running);
}

void AnalysisDock::showOutcome() {
    setRunning(false);
    const AnalysisOutcome& outcome = *runner_->outcome();
    summary_->setText(QStringLiteral("<b>%1.</b> %2")
                          .arg(outcome.analysis.toHtmlEscaped(), outcome.summary.toHtmlEscaped()));
    const std::vector<ResultView>& views = outcome.views;
    while (tables_->count() > 0) {
        QWidget* page = tables_->widget(0);
        tables_->removeTab(0);
        delete page;
    }
    for (std::size_t i = 0; i < views.size(); ++i) {
        auto* view = new QTableView;
        auto* model = new ResultTableModel(views[i].table, view);
        auto* sorted = new QSortFilterProxyModel(view);
        sorted->setSourceModel(model);
        sorted->setSortRole(Qt::UserRole);
        view->setModel(sorted);
        view->setSortingEnabled(true);
        view->sortByColumn(-1, Qt::AscendingOrder);  // as the CSV: by the id columns
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setAlternatingRowColors(true);
        view->verticalHeader()->setVisible(false);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        const int table = static_cast<int>(i);
        connect(view, &QTableView::clicked, this, [this, table, sorted](const QModelIndex& index) {
            showRow(table, sorted->mapToSource(index).row());
        });
        tables_->addTab(view, tr("%1 (%2)").arg(views[i].title).arg(views[i].table.rows.size()));
    }
    exportButton_->setEnabled(!views.empty());
    emit resultReady(outcome);
}

const ResultView& AnalysisDock::shownView(int table) const {
    // The tables shown are those of the runner's last outcome.
    return runner_->outcome().value().views.at(static_cast<std::size_t>(table));
}

int AnalysisDock::tableCount() const {
    return tables_->count();
}

QTableView& AnalysisDock::tableView(int index) const {
    return *qobject_cast<QTableView*>(tables_->widget(index));
}

void AnalysisDock::showRow(int table, int row) {
    const ResultView& view = shownView(table);
    const auto& values = view.table.rows.at(static_cast<std::size_t>(row));
    errors_.run(tr("show the row on the map"), [&] {
        std::vector<core::Wkb> geometries;
        for (const RowLink& link : view.links) {
            auto found = locator_(link, values.at(link.column));
            std::move(found.begin(), found.end(), std::back_inserter(geometries));
        }
        if (!geometries.empty()) {
            emit featuresChosen(geometries);
        }
    });
}

void AnalysisDock::exportTable(int table, const std::filesystem::path& file) const {
    const ResultView& view = shownView(table);
    core::writeCsv(file, view.table.header, view.table.rows);
}

QString AnalysisDock::summary() const {
    return summary_->text();
}

void AnalysisDock::chooseExportFile() {
    const int table = tables_->currentIndex();
    if (table < 0) {
        return;
    }
    QString name = shownView(table).title.toLower();
    name.replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save table as CSV"), name + QStringLiteral(".csv"), tr("CSV (*.csv)"));
    if (!file.isEmpty()) {
        errors_.run(tr("save the table"), [&] { exportTable(table, file.toStdString()); });
    }
}

}  // namespace gigamap::desktop

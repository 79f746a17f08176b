#pragma once

#include <QDockWidget>
#include <filesystem>
#include <functional>
#include <vector>

#include "analysis/analysis_outcome.h"
#include "gigamap/core/feature.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace gigamap::desktop {

class AnalysisForm;
class AnalysisRunner;
class UserErrors;

// The analysis panel: pick an analysis, set its parameters, run it in the
// background with progress and cancel; its tables below, each row linked to
// the map (a click zooms to and highlights the features it names); a result
// layer is announced for the map, and each table can be saved as the CSV
// gigamap-cli writes.
class AnalysisDock : public QDockWidget {
    Q_OBJECT

public:
    // Finds the geometries a row points at (see RowLink).
    using Locator = std::function<std::vector<core::Wkb>(const RowLink&, const core::Value&)>;

    AnalysisDock(UserErrors& errors, Locator locator, QWidget* parent = nullptr);
    ~AnalysisDock() override;

    // The project analyses run on (each run opens its own connection); empty: none.
    void setProject(const std::filesystem::path& project);

    // Chooses the analysis by its place in the list (0 coverage, 1 gap, 2
    // nearest duct, 3 One Dig) and starts it.
    void selectAnalysis(int index);
    [[nodiscard]] AnalysisForm& form(int index) const;
    void run();
    void cancel();
    [[nodiscard]] AnalysisRunner& runner() const { return *runner_; }

    [[nodiscard]] int tableCount() const;
    [[nodiscard]] QTableView& tableView(int index) const;
    // Shows row `row` of table `table` on the map (what a click does).
    void showRow(int table, int row);
    // Writes table `table` as CSV, exactly as gigamap-cli writes it.
    void exportTable(int table, const std::filesystem::path& file) const;
    [[nodiscard]] QString summary() const;

signals:
    // A row's features, for the map to zoom to and highlight.
    void featuresChosen(const std::vector<gigamap::core::Wkb>& geometries);
    // A run's result layer (gap polygons, One Dig pairs); none when cancelled.
    void resultReady(const gigamap::desktop::AnalysisOutcome& outcome);

private:
    void addForm(AnalysisForm* form);
    void showOutcome();
    void setRunning(bool running);
    void chooseExportFile();
    [[nodiscard]] const ResultView& shownView(int table) const;

    UserErrors& errors_;
    Locator locator_;
    std::filesystem::path project_;
    AnalysisRunner* runner_;
    QComboBox* choice_;
    QLabel* explanation_;
    QStackedWidget* forms_;
    QPushButton* runButton_;
    QPushButton* cancelButton_;
    QProgressBar* progress_;
    QLabel* summary_;
    QTabWidget* tables_;
    QPushButton* exportButton_;
};

}  // namespace gigamap::desktop

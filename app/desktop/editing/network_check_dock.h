#pragma once

#include <QDockWidget>
#include <vector>

#include "gigamap/core/network_check.h"

class QLabel;
class QTreeWidget;

namespace gigamap::desktop {

// The network check's problems in a list: kind and description per row;
// clicking a row asks for the map to go there (problemChosen).
class NetworkCheckDock : public QDockWidget {
    Q_OBJECT

public:
    explicit NetworkCheckDock(QWidget* parent = nullptr);

    void showProblems(std::vector<core::NetworkProblem> problems);
    // Empties the list, before any check of a newly opened project.
    void clear();
    [[nodiscard]] const std::vector<core::NetworkProblem>& problems() const { return problems_; }
    [[nodiscard]] QTreeWidget& list() const { return *list_; }

signals:
    void checkRequested();
    void problemChosen(const gigamap::core::NetworkProblem& problem);

private:
    QTreeWidget* list_;
    QLabel* summary_;
    std::vector<core::NetworkProblem> problems_;
};

}  // namespace gigamap::desktop

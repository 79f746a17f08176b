#pragma once

#include <QWidget>

#include "analysis/analysis_outcome.h"

namespace gigamap::desktop {

// The parameters of one analysis in the analysis panel, and the job they make.
class AnalysisForm : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The analysis's name in the panel's list.
    [[nodiscard]] virtual QString title() const = 0;
    // What the analysis answers, for someone who has never run it.
    [[nodiscard]] virtual QString explanation() const = 0;
    [[nodiscard]] virtual AnalysisJob job() const = 0;
};

}  // namespace gigamap::desktop

#pragma once

#include "analysis/analysis_form.h"

class QComboBox;
class QDoubleSpinBox;

namespace gigamap::desktop {

// Nearest duct: who is underserved, and which ducts to measure to.
class NearestDuctForm : public AnalysisForm {
    Q_OBJECT

public:
    explicit NearestDuctForm(QWidget* parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString explanation() const override;
    [[nodiscard]] AnalysisJob job() const override;

private:
    QComboBox* metric_;
    QDoubleSpinBox* below_;
    QComboBox* status_;
};

}  // namespace gigamap::desktop

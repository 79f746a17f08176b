#pragma once

#include "analysis/analysis_form.h"

class QDoubleSpinBox;

namespace gigamap::desktop {

// One Dig: how near a street work and a planned duct must be to share a dig.
class OneDigForm : public AnalysisForm {
    Q_OBJECT

public:
    explicit OneDigForm(QWidget* parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString explanation() const override;
    [[nodiscard]] AnalysisJob job() const override;

private:
    QDoubleSpinBox* distance_;
};

}  // namespace gigamap::desktop

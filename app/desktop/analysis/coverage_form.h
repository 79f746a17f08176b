#pragma once

#include "analysis/analysis_form.h"

class QComboBox;

namespace gigamap::desktop {

// Coverage by area: which kind of boundary to count postcodes in.
class CoverageForm : public AnalysisForm {
    Q_OBJECT

public:
    explicit CoverageForm(QWidget* parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString explanation() const override;
    [[nodiscard]] AnalysisJob job() const override;
    void setBoundaryKind(const QString& kind);

private:
    QComboBox* kind_;
};

}  // namespace gigamap::desktop

#pragma once

#include "analysis/analysis_form.h"

class QDateEdit;
class QDoubleSpinBox;
class QSpinBox;

namespace gigamap::desktop {

// One Dig: how near a street work and a planned duct must be to share a dig,
// how many days apart two digs are still a near miss (the command line's
// --gap) and the day join-by days are missed before (--date; today at first).
class OneDigForm : public AnalysisForm {
    Q_OBJECT

public:
    explicit OneDigForm(QWidget* parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString explanation() const override;
    [[nodiscard]] AnalysisJob job() const override;

    [[nodiscard]] QDoubleSpinBox& distanceBox() const { return *distance_; }
    [[nodiscard]] QSpinBox& gapBox() const { return *gap_; }
    [[nodiscard]] QDateEdit& dateEdit() const { return *date_; }

private:
    QDoubleSpinBox* distance_;
    QSpinBox* gap_;
    QDateEdit* date_;
};

}  // namespace gigamap::desktop

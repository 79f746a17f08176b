#pragma once

#include <QDialog>

#include <vector>

#include "gigamap/core/cost_model.h"

class QDoubleSpinBox;
class QLineEdit;

namespace gigamap::desktop {

// Edits the rates of a cost model: each rate's value and its source, and the
// distance within which premises count as passed.
class CostModelDialog : public QDialog {
    Q_OBJECT

public:
    CostModelDialog(const core::CostModel& costs, bool readOnly, QWidget* parent = nullptr);

    // The model as edited.
    [[nodiscard]] core::CostModel costs() const;

private:
    core::CostModel original_;
    std::vector<QDoubleSpinBox*> values_;
    std::vector<QLineEdit*> sources_;
    QDoubleSpinBox* passed_;
};

}  // namespace gigamap::desktop

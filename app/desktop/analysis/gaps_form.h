#pragma once

#include "analysis/analysis_form.h"

class QCheckBox;
class QLineEdit;

namespace gigamap::desktop {

// Area gap: the district, what counts as covered, and which mobile coverage.
class GapsForm : public AnalysisForm {
    Q_OBJECT

public:
    explicit GapsForm(QWidget* parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString explanation() const override;
    // Throws core::AnalysisError for a mobile filter that is not field=value pairs.
    [[nodiscard]] AnalysisJob job() const override;

private:
    QLineEdit* district_;
    QCheckBox* hotspots_;
    QCheckBox* mobile_;
    QLineEdit* mobileWhere_;
};

}  // namespace gigamap::desktop

#pragma once

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace gigamap::desktop {

// The editing preferences: the snapping tolerance in screen pixels and
// whether a new feature's attribute form opens before it is added.
class EditingPreferencesDialog : public QDialog {
    Q_OBJECT

public:
    EditingPreferencesDialog(int tolerancePixels, bool formOnCreate, QWidget* parent = nullptr);

    [[nodiscard]] int tolerancePixels() const;
    [[nodiscard]] bool formOnCreate() const;

private:
    QSpinBox* tolerance_;
    QCheckBox* form_;
};

}  // namespace gigamap::desktop

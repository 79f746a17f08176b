#pragma once

#include <QDialog>

#include "gigamap/render/map_export.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace gigamap::desktop {

// Asks where and how to export the map: PNG or PDF (by the file's name),
// paper size and orientation, resolution and title. The extent is the
// caller's (the map as shown).
class ExportMapDialog : public QDialog {
    Q_OBJECT

public:
    ExportMapDialog(const QString& title, QWidget* parent = nullptr);

    [[nodiscard]] render::MapExportOptions options(const core::BoundingBox& extent) const;
    void setFile(const QString& file);

private:
    void chooseFile();

    QLineEdit* file_;
    QComboBox* paper_;
    QComboBox* orientation_;
    QSpinBox* dpi_;
    QLineEdit* title_;
};

}  // namespace gigamap::desktop

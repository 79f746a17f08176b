#pragma once

#include <QWidget>

#include "gigamap/render/symbol.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;

namespace gigamap::desktop {

class ColourButton;

// Edits one symbol: outline or line colour, width and dash; fill colour or
// hatching; opacity; marker shape and size.
class SymbolEditor : public QWidget {
    Q_OBJECT

public:
    explicit SymbolEditor(QWidget* parent = nullptr);

    [[nodiscard]] render::Symbol symbol() const;
    void setSymbol(const render::Symbol& symbol);

private:
    ColourButton* stroke_;
    QDoubleSpinBox* width_;
    QComboBox* dash_;
    ColourButton* fill_;
    QCheckBox* hatched_;
    QDoubleSpinBox* opacity_;
    QComboBox* marker_;
    QDoubleSpinBox* size_;
};

}  // namespace gigamap::desktop

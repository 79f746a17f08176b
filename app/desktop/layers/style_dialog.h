#pragma once

#include <QDialog>
#include <optional>

#include "gigamap/render/layer_style.h"
#include "layers/field_values.h"

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QTableWidget;

namespace gigamap::desktop {

class ColourButton;
class SymbolEditor;

// A layer's style, as in QGIS's symbology page: single symbol, categorised by
// a field's values, or graduated by a numeric field with a colour ramp and
// class breaks; labels by a field; for points, a circle sized by a field.
// Apply shows the style on the map without closing.
class StyleDialog : public QDialog {
    Q_OBJECT

public:
    // `values` is absent for background files, which have one symbol only.
    StyleDialog(const QString& title, const render::LayerStyle& initial,
                const core::LayerSchema* layer, std::optional<FieldValues> values,
                QWidget* parent = nullptr);

    [[nodiscard]] render::LayerStyle style() const;

signals:
    void applied(const gigamap::render::LayerStyle& style);

private:
    void classify();
    void showClasses();
    void updateEnabled();
    void editClassColour(int row);

    const core::LayerSchema* layer_;
    std::optional<FieldValues> values_;
    render::LayerStyle style_;  // categories and classes as edited
    QComboBox* renderer_;
    QComboBox* field_;
    SymbolEditor* symbol_;
    QComboBox* ramp_;
    QComboBox* method_;
    QSpinBox* classCount_;
    QTableWidget* classes_;
    QComboBox* labelField_;
    QDoubleSpinBox* labelSize_;
    ColourButton* labelColour_;
    QComboBox* radiusField_;
};

}  // namespace gigamap::desktop

#include "layers/symbol_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>

#include "layers/colour_button.h"

namespace gigamap::desktop {
namespace {

QDoubleSpinBox* spinBox(double min, double max, double step, const QString& suffix) {
    auto* box = new QDoubleSpinBox;
    box->setRange(min, max);
    box->setSingleStep(step);
    box->setSuffix(suffix);
    return box;
}

}  // namespace

SymbolEditor::SymbolEditor(QWidget* parent)
    : QWidget(parent),
      stroke_(new ColourButton),
      width_(spinBox(0.0, 20.0, 0.2, tr(" px"))),
      dash_(new QComboBox),
      fill_(new ColourButton),
      hatched_(new QCheckBox(tr("Hatched"))),
      opacity_(spinBox(0.0, 100.0, 5.0, tr(" %"))),
      marker_(new QComboBox),
      size_(spinBox(1.0, 60.0, 1.0, tr(" px"))) {
    dash_->addItem(tr("Solid"), static_cast<int>(render::LineDash::Solid));
    dash_->addItem(tr("Dashed"), static_cast<int>(render::LineDash::Dash));
    dash_->addItem(tr("Dotted"), static_cast<int>(render::LineDash::Dot));
    dash_->addItem(tr("Dash-dot"), static_cast<int>(render::LineDash::DashDot));
    marker_->addItem(tr("Circle"), static_cast<int>(render::MarkerShape::Circle));
    marker_->addItem(tr("Square"), static_cast<int>(render::MarkerShape::Square));
    marker_->addItem(tr("Triangle"), static_cast<int>(render::MarkerShape::Triangle));
    marker_->addItem(tr("Diamond"), static_cast<int>(render::MarkerShape::Diamond));
    marker_->addItem(tr("Star"), static_cast<int>(render::MarkerShape::Star));
    marker_->addItem(tr("Cross"), static_cast<int>(render::MarkerShape::Cross));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Line / outline"), stroke_);
    form->addRow(tr("Width"), width_);
    form->addRow(tr("Dash"), dash_);
    form->addRow(tr("Fill"), fill_);
    form->addRow(QString(), hatched_);
    form->addRow(tr("Opacity"), opacity_);
    form->addRow(tr("Point symbol"), marker_);
    form->addRow(tr("Point size"), size_);
}

render::Symbol SymbolEditor::symbol() const {
    render::Symbol symbol;
    symbol.stroke = stroke_->colour();
    symbol.strokeWidth = width_->value();
    symbol.dash = static_cast<render::LineDash>(dash_->currentData().toInt());
    symbol.fill = fill_->colour();
    symbol.hatched = hatched_->isChecked();
    symbol.opacity = opacity_->value() / 100.0;
    symbol.marker = static_cast<render::MarkerShape>(marker_->currentData().toInt());
    symbol.size = size_->value();
    return symbol;
}

void SymbolEditor::setSymbol(const render::Symbol& symbol) {
    stroke_->setColour(symbol.stroke);
    width_->setValue(symbol.strokeWidth);
    dash_->setCurrentIndex(dash_->findData(static_cast<int>(symbol.dash)));
    fill_->setColour(symbol.fill);
    hatched_->setChecked(symbol.hatched);
    opacity_->setValue(symbol.opacity * 100.0);
    marker_->setCurrentIndex(marker_->findData(static_cast<int>(symbol.marker)));
    size_->setValue(symbol.size);
}

}  // namespace gigamap::desktop

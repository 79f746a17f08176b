#include "layers/style_dialog.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "gigamap/render/classification.h"
#include "gigamap/render/legend.h"
#include "layers/colour_button.h"
#include "layers/symbol_editor.h"

namespace gigamap::desktop {
namespace {

constexpr int kMaxCategories = 64;
constexpr int kSampleSize = 200'000;

void addFields(QComboBox& combo, const core::LayerSchema* layer, bool numericOnly) {
    combo.addItem(QObject::tr("(none)"), QString());
    if (layer == nullptr) {
        return;
    }
    for (const auto& field : layer->fields) {
        if (!numericOnly || field.type != core::FieldType::Text) {
            const QString name = QString::fromStdString(field.name);
            combo.addItem(name, name);
        }
    }
}

void selectData(QComboBox& combo, const QString& value) {
    const int index = combo.findData(value);
    combo.setCurrentIndex(index < 0 ? 0 : index);
}

bool isLineLayer(const core::LayerSchema* layer) {
    return layer != nullptr && layer->geometryType == core::GeometryType::LineString;
}

}  // namespace

StyleDialog::StyleDialog(const QString& title, const render::LayerStyle& initial,
                         const core::LayerSchema* layer, std::optional<FieldValues> values,
                         QWidget* parent)
    : QDialog(parent),
      layer_(layer),
      values_(std::move(values)),
      style_(initial),
      renderer_(new QComboBox),
      field_(new QComboBox),
      symbol_(new SymbolEditor),
      ramp_(new QComboBox),
      method_(new QComboBox),
      classCount_(new QSpinBox),
      classes_(new QTableWidget(0, 2)),
      labelField_(new QComboBox),
      labelSize_(new QDoubleSpinBox),
      labelColour_(new ColourButton),
      radiusField_(new QComboBox) {
    setWindowTitle(tr("Style: %1").arg(title));
    renderer_->addItem(tr("Single symbol"), static_cast<int>(render::RendererKind::SingleSymbol));
    if (layer_ != nullptr) {
        renderer_->addItem(tr("Categorised"), static_cast<int>(render::RendererKind::Categorised));
        renderer_->addItem(tr("Graduated"), static_cast<int>(render::RendererKind::Graduated));
    }
    renderer_->setCurrentIndex(renderer_->findData(static_cast<int>(initial.renderer)));
    addFields(*field_, layer_, false);
    selectData(*field_, initial.field);
    symbol_->setSymbol(initial.symbol);
    for (const auto& ramp : render::ColourRamp::builtIn()) {
        ramp_->addItem(ramp.name(), ramp.name());
    }
    selectData(*ramp_, initial.rampName);
    method_->addItem(tr("Equal interval"),
                     static_cast<int>(render::Classification::Method::EqualInterval));
    method_->addItem(tr("Quantile"), static_cast<int>(render::Classification::Method::Quantile));
    classCount_->setRange(1, 12);
    classCount_->setValue(initial.classes.empty() ? 5 : static_cast<int>(initial.classes.size()));
    classes_->setHorizontalHeaderLabels({tr("Symbol"), tr("Legend")});
    classes_->horizontalHeader()->setStretchLastSection(true);
    classes_->setIconSize(QSize(24, 14));
    addFields(*labelField_, layer_, false);
    selectData(*labelField_, initial.labelField);
    labelSize_->setRange(4.0, 36.0);
    labelSize_->setValue(initial.labelSize);
    labelColour_->setColour(initial.labelColour);
    addFields(*radiusField_, layer_, true);
    selectData(*radiusField_, initial.radiusField);

    auto* top = new QFormLayout;
    top->addRow(tr("Renderer"), renderer_);
    top->addRow(tr("Field"), field_);
    auto* symbolBox = new QGroupBox(tr("Symbol (and features no class matches)"));
    (new QVBoxLayout(symbolBox))->addWidget(symbol_);
    auto* classBox = new QGroupBox(tr("Classes"));
    auto* classForm = new QFormLayout(classBox);
    auto* classifyButton = new QPushButton(tr("Classify"));
    classifyButton->setObjectName(QStringLiteral("classify"));
    classForm->addRow(tr("Colour ramp"), ramp_);
    classForm->addRow(tr("Breaks"), method_);
    classForm->addRow(tr("Classes"), classCount_);
    classForm->addRow(QString(), classifyButton);
    classForm->addRow(classes_);
    auto* labelBox = new QGroupBox(tr("Labels and circles"));
    auto* labelForm = new QFormLayout(labelBox);
    labelForm->addRow(tr("Label with"), labelField_);
    labelForm->addRow(tr("Label size"), labelSize_);
    labelForm->addRow(tr("Label colour"), labelColour_);
    labelForm->addRow(tr("Circle radius (m) from"), radiusField_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::Apply);
    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addLayout(top);
    left->addWidget(symbolBox);
    left->addWidget(labelBox);
    left->addStretch();
    columns->addLayout(left);
    columns->addWidget(classBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    connect(classifyButton, &QPushButton::clicked, this, &StyleDialog::classify);
    connect(renderer_, &QComboBox::currentIndexChanged, this, &StyleDialog::updateEnabled);
    connect(classes_, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int /*column*/) { editClassColour(row); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            [this] { emit applied(style()); });
    if (layer_ == nullptr) {
        field_->setEnabled(false);
        labelBox->setEnabled(false);
        classBox->setEnabled(false);
    }
    showClasses();
    updateEnabled();
}

render::LayerStyle StyleDialog::style() const {
    render::LayerStyle style = style_;
    style.renderer = static_cast<render::RendererKind>(renderer_->currentData().toInt());
    style.field = field_->currentData().toString();
    style.symbol = symbol_->symbol();
    style.labelField = labelField_->currentData().toString();
    style.labelSize = labelSize_->value();
    style.labelColour = labelColour_->colour();
    style.radiusField = radiusField_->currentData().toString();
    // Legend texts as edited in the table.
    const bool categorised = style.renderer == render::RendererKind::Categorised;
    for (int row = 0; row < classes_->rowCount(); ++row) {
        const QString label = classes_->item(row, 1)->text();
        const auto index = static_cast<std::size_t>(row);
        if (categorised && index < style.categories.size()) {
            style.categories[index].label = label;
        } else if (!categorised && index < style.classes.size()) {
            style.classes[index].label = label;
        }
    }
    return style;
}

void StyleDialog::classify() {
    const QString field = field_->currentData().toString();
    if (!values_ || field.isEmpty()) {
        return;
    }
    style_ = style();
    style_.rampName = ramp_->currentData().toString();
    const bool lines = isLineLayer(layer_);
    const render::Classification classification(
        static_cast<render::Classification::Method>(method_->currentData().toInt()),
        classCount_->value(), render::ColourRamp::named(ramp_->currentData().toString()),
        symbol_->symbol(), lines);
    if (style_.renderer == render::RendererKind::Categorised) {
        style_.categories =
            classification.categories(values_->distinct(field.toStdString(), kMaxCategories));
    } else if (style_.renderer == render::RendererKind::Graduated) {
        style_.classes = classification.classes(values_->numbers(field.toStdString(), kSampleSize));
    }
    showClasses();
}

void StyleDialog::showClasses() {
    const bool categorised =
        renderer_->currentData().toInt() == static_cast<int>(render::RendererKind::Categorised);
    const auto geometry = layer_ == nullptr ? core::GeometryType::Any : layer_->geometryType;
    std::vector<std::pair<render::Symbol, QString>> rows;
    if (categorised) {
        for (const auto& category : style_.categories) {
            rows.emplace_back(category.symbol, category.label);
        }
    } else {
        for (const auto& graduated : style_.classes) {
            rows.emplace_back(graduated.symbol, graduated.label);
        }
    }
    classes_->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < classes_->rowCount(); ++row) {
        const auto& [symbol, label] = rows[static_cast<std::size_t>(row)];
        auto* swatch = new QTableWidgetItem(
            QIcon(QPixmap::fromImage(render::legendSwatch(symbol, geometry, {24, 14}))), QString());
        swatch->setFlags(Qt::ItemIsEnabled);
        swatch->setToolTip(tr("Double-click to change the colour"));
        classes_->setItem(row, 0, swatch);
        classes_->setItem(row, 1, new QTableWidgetItem(label));
    }
}

void StyleDialog::editClassColour(int row) {
    style_ = style();
    const bool categorised = style_.renderer == render::RendererKind::Categorised;
    const auto index = static_cast<std::size_t>(row);
    render::Symbol* symbol = nullptr;
    if (categorised && index < style_.categories.size()) {
        symbol = &style_.categories[index].symbol;
    } else if (!categorised && index < style_.classes.size()) {
        symbol = &style_.classes[index].symbol;
    }
    if (symbol == nullptr) {
        return;
    }
    const bool lines = isLineLayer(layer_);
    const QColor chosen =
        QColorDialog::getColor(lines ? symbol->stroke : symbol->fill, this, tr("Class colour"),
                               QColorDialog::ShowAlphaChannel);
    if (chosen.isValid()) {
        (lines ? symbol->stroke : symbol->fill) = chosen;
        showClasses();
    }
}

void StyleDialog::updateEnabled() {
    const auto kind = static_cast<render::RendererKind>(renderer_->currentData().toInt());
    const bool classified = kind != render::RendererKind::SingleSymbol;
    field_->setEnabled(classified && layer_ != nullptr);
    method_->setEnabled(kind == render::RendererKind::Graduated);
    classes_->setEnabled(classified);
    showClasses();
}

}  // namespace gigamap::desktop

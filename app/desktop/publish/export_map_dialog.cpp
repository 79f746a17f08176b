#include "publish/export_map_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace gigamap::desktop {

ExportMapDialog::ExportMapDialog(const QString& title, QWidget* parent)
    : QDialog(parent),
      file_(new QLineEdit(this)),
      paper_(new QComboBox(this)),
      orientation_(new QComboBox(this)),
      dpi_(new QSpinBox(this)),
      title_(new QLineEdit(title, this)) {
    setWindowTitle(tr("Export map"));
    file_->setPlaceholderText(tr("map.png or map.pdf"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportMapDialog::chooseFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(file_);
    fileRow->addWidget(browse);
    for (const auto& [name, id] :
         std::initializer_list<std::pair<QString, QPageSize::PageSizeId>>{{"A4", QPageSize::A4},
                                                                          {"A3", QPageSize::A3},
                                                                          {"A2", QPageSize::A2},
                                                                          {"A1", QPageSize::A1},
                                                                          {"A0", QPageSize::A0}}) {
        paper_->addItem(name, static_cast<int>(id));
    }
    orientation_->addItem(tr("Landscape"), static_cast<int>(QPageLayout::Landscape));
    orientation_->addItem(tr("Portrait"), static_cast<int>(QPageLayout::Portrait));
    dpi_->setRange(30, 1200);
    dpi_->setValue(150);
    dpi_->setSuffix(tr(" dpi"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("File"), fileRow);
    form->addRow(tr("Title"), title_);
    form->addRow(tr("Paper"), paper_);
    form->addRow(tr("Orientation"), orientation_);
    form->addRow(tr("Resolution"), dpi_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void ExportMapDialog::setFile(const QString& file) {
    file_->setText(file);
}

void ExportMapDialog::chooseFile() {
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export map"), file_->text(), tr("PNG image (*.png);;PDF document (*.pdf)"));
    if (!file.isEmpty()) {
        file_->setText(file);
    }
}

render::MapExportOptions ExportMapDialog::options(const core::BoundingBox& extent) const {
    render::MapExportOptions options;
    options.out = file_->text().toStdString();
    options.extent = extent;
    options.dpi = dpi_->value();
    options.paper = static_cast<QPageSize::PageSizeId>(paper_->currentData().toInt());
    options.orientation =
        static_cast<QPageLayout::Orientation>(orientation_->currentData().toInt());
    options.sheet.title = title_->text();
    return options;
}

}  // namespace gigamap::desktop

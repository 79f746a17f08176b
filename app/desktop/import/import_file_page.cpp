#include "import/import_file_page.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "common/qt_text.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/project.h"
#include "gigamap/importers/rejects_file.h"
#include "import/file_drop_line_edit.h"
#include "import/import_wizard.h"

namespace gigamap::desktop {
namespace {

QString geometryName(core::GeometryType type) {
    switch (type) {
        case core::GeometryType::Point:
            return QObject::tr("points");
        case core::GeometryType::LineString:
            return QObject::tr("lines");
        case core::GeometryType::MultiPolygon:
            return QObject::tr("areas");
        case core::GeometryType::Any:
            break;
    }
    return QObject::tr("points, lines or areas");
}

std::optional<std::string> textOrNothing(const QLineEdit& edit) {
    const QString text = edit.text().trimmed();
    return text.isEmpty() ? std::nullopt : std::optional(text.toStdString());
}

}  // namespace

ImportFilePage::ImportFilePage(ImportWizard& wizard)
    : wizard_(wizard),
      file_(new FileDropLineEdit),
      browse_(new QPushButton(tr("Browse…"))),
      table_(new QComboBox),
      sourceLayer_(new QComboBox),
      district_(new QLineEdit),
      vintage_(new QLineEdit),
      attribution_(new QLineEdit),
      rejects_(new QLabel),
      error_(new QLabel),
      form_(new QFormLayout(this)) {
    file_->setObjectName(QStringLiteral("file"));
    file_->setPlaceholderText(tr("Type a path, browse, or drop a file here"));
    table_->setObjectName(QStringLiteral("table"));
    sourceLayer_->setObjectName(QStringLiteral("sourceLayer"));
    district_->setObjectName(QStringLiteral("district"));
    district_->setPlaceholderText(tr("ONS code, e.g. E07000121 — leave empty to keep every row"));
    vintage_->setObjectName(QStringLiteral("vintage"));
    vintage_->setPlaceholderText(tr("e.g. 2025.4.0 or 2023-05 — shown in reports"));
    attribution_->setObjectName(QStringLiteral("attribution"));
    attribution_->setPlaceholderText(
        tr("Leave empty for the source's own, e.g. “Contains OS data © Crown copyright”"));
    rejects_->setWordWrap(true);
    rejects_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error_->setObjectName(QStringLiteral("fileError"));
    error_->setWordWrap(true);
    error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error_->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    for (const auto& layer : core::projectLayers()) {
        const QString name = qtText(layer.table);
        table_->addItem(tr("%1 (%2)").arg(name, geometryName(layer.geometryType)), name);
    }

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(file_, 1);
    fileRow->addWidget(browse_);
    auto* fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(file_);
    form_->addRow(fileLabel, fileRow);
    form_->addRow(tr("Import &into layer:"), table_);
    form_->addRow(tr("&Layer in the file:"), sourceLayer_);
    form_->addRow(tr("Only &district:"), district_);
    form_->addRow(tr("Data &version:"), vintage_);
    form_->addRow(tr("&Attribution:"), attribution_);
    form_->addRow(rejects_);
    form_->addRow(error_);

    connect(browse_, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(file_, &QLineEdit::textChanged, this, &ImportFilePage::fileChanged);
    connect(table_, &QComboBox::currentIndexChanged, this, &ImportFilePage::showRejectsPath);
}

void ImportFilePage::initializePage() {
    const auto& kind = wizard_.kind();
    const bool vector = kind.kind == importers::ImportKind::Vector;
    setTitle(tr("Choose the file"));
    setSubTitle(kind.manyFiles
                    ? tr("%1: choose the file, or several separated by “;”. You can also drag "
                         "files from your file manager onto the box.")
                          .arg(qtText(kind.title))
                    : tr("%1: choose the file and the layer of the project it goes into. You can "
                         "also drag a file from your file manager onto the box.")
                          .arg(qtText(kind.title)));
    form_->setRowVisible(table_, vector);
    form_->setRowVisible(sourceLayer_, vector);
    form_->setRowVisible(district_, kind.district);
    error_->clear();
    fileChanged();
}

std::vector<std::filesystem::path> ImportFilePage::paths() const {
    std::vector<std::filesystem::path> result;
    for (const QString& part : file_->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString path = part.trimmed();
        if (!path.isEmpty()) {
            result.emplace_back(path.toStdString());
        }
    }
    return result;
}

bool ImportFilePage::isComplete() const {
    return !paths().empty();
}

void ImportFilePage::browse() {
    const auto& kind = wizard_.kind();
    const QString filter = qtText(kind.fileTypes);
    const QString start = paths().empty()
                              ? QString()
                              : QString::fromStdString(paths().front().parent_path().string());
    if (kind.manyFiles) {
        const QStringList files =
            QFileDialog::getOpenFileNames(this, tr("Choose files to import"), start, filter);
        if (!files.isEmpty()) {
            file_->setText(files.join(QStringLiteral("; ")));
        }
    } else {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Choose a file to import"), start, filter);
        if (!file.isEmpty()) {
            file_->setText(file);
        }
    }
}

void ImportFilePage::fileChanged() {
    error_->clear();
    emit completeChanged();
    if (wizard_.kind().kind != importers::ImportKind::Vector) {
        showRejectsPath();
        return;
    }
    // The file's layers, when it is one GDAL reads; problems wait for Next.
    sourceLayer_->clear();
    const auto files = paths();
    if (files.size() == 1 && std::filesystem::is_regular_file(files.front())) {
        try {
            for (const auto& layer :
                 importers::previewSource(files.front(), importers::ImportKind::Vector, {}, 0)
                     .layers) {
                sourceLayer_->addItem(QString::fromStdString(layer));
            }
        } catch (const std::exception&) {
        }
    }
    sourceLayer_->setEnabled(sourceLayer_->count() > 1);
    showRejectsPath();
}

void ImportFilePage::showRejectsPath() {
    const auto& kind = wizard_.kind();
    const std::string name = kind.kind == importers::ImportKind::Vector
                                 ? "vector-" + table_->currentData().toString().toStdString()
                                 : std::string(kind.name);
    const auto path = importers::defaultRejectsPath(wizard_.project().path(), name);
    rejects_->setText(tr("Rows that cannot be imported are listed, with their line and the "
                         "reason, in %1")
                          .arg(QString::fromStdString(path.string())));
}

bool ImportFilePage::validatePage() {
    const auto files = paths();
    auto& job = wizard_.job();
    job.paths = files;
    job.district = textOrNothing(*district_);
    job.source.vintage = vintage_->text().trimmed().toStdString();
    job.source.attribution = attribution_->text().trimmed().toStdString();
    if (job.kind == importers::ImportKind::Vector) {
        job.vector.table = table_->currentData().toString().toStdString();
        job.vector.layer = sourceLayer_->count() > 1
                               ? std::optional(sourceLayer_->currentText().toStdString())
                               : std::nullopt;
        if (files.size() != 1) {
            error_->setText(tr("Choose one map file: they are imported one at a time."));
            return false;
        }
    }
    for (const auto& file : files) {
        const bool folder = std::filesystem::is_directory(file);
        if (!std::filesystem::exists(file) || (folder && !wizard_.kind().folders)) {
            error_->setText(
                tr("%1 %2.").arg(QString::fromStdString(file.string()),
                                 folder ? tr("is a folder; choose a file") : tr("does not exist")));
            return false;
        }
    }
    try {
        wizard_.setPreview(importers::previewSource(files.front(), job.kind, job.vector.layer));
    } catch (const std::exception& error) {
        error_->setText(tr("This file cannot be imported as %1: %2")
                            .arg(qtText(wizard_.kind().title), QString::fromUtf8(error.what())));
        return false;
    }
    return true;
}

}  // namespace gigamap::desktop

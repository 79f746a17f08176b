#include "import/field_mapping_table.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>

#include "gigamap/core/layer_schema.h"

namespace gigamap::desktop {
namespace {

QString typeName(core::FieldType type) {
    switch (type) {
        case core::FieldType::Integer:
            return QObject::tr("whole number");
        case core::FieldType::Real:
            return QObject::tr("number");
        case core::FieldType::Text:
            break;
    }
    return QObject::tr("text");
}

}  // namespace

FieldMappingTable::FieldMappingTable(QWidget* parent) : QTableWidget(parent) {
    setColumnCount(3);
    setHorizontalHeaderLabels(
        {tr("Field of the layer"), tr("Comes from"), tr("Value for every feature")});
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    verticalHeader()->hide();
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
}

void FieldMappingTable::setFields(const core::LayerSchema& layer,
                                  const std::vector<std::string>& sourceFields) {
    sourceFields_ = sourceFields;
    clearContents();
    setRowCount(static_cast<int>(layer.fields.size()));
    for (int row = 0; row < rowCount(); ++row) {
        const core::FieldSpec& field = layer.fields[static_cast<std::size_t>(row)];
        const QString name = QString::fromStdString(field.name);
        auto* item =
            new QTableWidgetItem(QStringLiteral("%1  (%2)").arg(name, typeName(field.type)));
        item->setData(Qt::UserRole, name);
        setItem(row, 0, item);

        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("source-") + name);
        combo->addItem(tr("— leave empty —"));
        combo->addItem(tr("the same value for every feature →"));
        int chosen = Empty;
        for (std::size_t i = 0; i < sourceFields.size(); ++i) {
            const QString source = QString::fromStdString(sourceFields[i]);
            combo->addItem(tr("column %1").arg(source), source);
            if (source.compare(name, Qt::CaseInsensitive) == 0) {
                chosen = FirstSource + static_cast<int>(i);
            }
        }
        combo->setCurrentIndex(chosen);
        setCellWidget(row, 1, combo);

        auto* constant = new QLineEdit;
        constant->setObjectName(QStringLiteral("value-") + name);
        constant->setEnabled(chosen == Constant);
        setCellWidget(row, 2, constant);
        connect(combo, &QComboBox::currentIndexChanged, constant, [combo, constant] {
            constant->setEnabled(combo->currentIndex() == Constant);
            if (combo->currentIndex() == Constant) {
                constant->setFocus();
            }
        });
    }
    resizeRowsToContents();
}

int FieldMappingTable::rowOf(const QString& target) const {
    for (int row = 0; row < rowCount(); ++row) {
        if (this->target(row) == target) {
            return row;
        }
    }
    return -1;
}

QString FieldMappingTable::target(int row) const {
    return item(row, 0)->data(Qt::UserRole).toString();
}

void FieldMappingTable::setSource(const QString& target, const QString& source) {
    const int row = rowOf(target);
    if (row < 0) {
        return;
    }
    auto* combo = qobject_cast<QComboBox*>(cellWidget(row, 1));
    const int index = combo->findData(source);
    combo->setCurrentIndex(index >= 0 ? index : Empty);
}

void FieldMappingTable::setConstant(const QString& target, const QString& value) {
    const int row = rowOf(target);
    if (row < 0) {
        return;
    }
    qobject_cast<QComboBox*>(cellWidget(row, 1))->setCurrentIndex(Constant);
    qobject_cast<QLineEdit*>(cellWidget(row, 2))->setText(value);
}

std::map<std::string, std::string> FieldMappingTable::sources() const {
    std::map<std::string, std::string> result;
    for (int row = 0; row < rowCount(); ++row) {
        const auto* combo = qobject_cast<QComboBox*>(cellWidget(row, 1));
        const auto* value = qobject_cast<QLineEdit*>(cellWidget(row, 2));
        if (combo->currentIndex() >= FirstSource) {
            result[target(row).toStdString()] = combo->currentData().toString().toStdString();
        } else if (combo->currentIndex() == Empty || value->text().isEmpty()) {
            result[target(row).toStdString()] = std::string();
        }
    }
    return result;
}

std::map<std::string, std::string> FieldMappingTable::constants() const {
    std::map<std::string, std::string> result;
    for (int row = 0; row < rowCount(); ++row) {
        const auto* combo = qobject_cast<QComboBox*>(cellWidget(row, 1));
        const auto* value = qobject_cast<QLineEdit*>(cellWidget(row, 2));
        if (combo->currentIndex() == Constant && !value->text().isEmpty()) {
            result[target(row).toStdString()] = value->text().toStdString();
        }
    }
    return result;
}

}  // namespace gigamap::desktop

#include "editing/attribute_form.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "gigamap/core/attribute_rules.h"
#include "gigamap/core/layer_schema.h"

namespace gigamap::desktop {
namespace {

QString display(const core::Value& value) {
    if (const auto* text = std::get_if<std::string>(&value)) {
        return QString::fromStdString(*text);
    }
    if (const auto* integer = std::get_if<std::int64_t>(&value)) {
        return QString::number(*integer);
    }
    if (const auto* real = std::get_if<double>(&value)) {
        return QString::number(*real, 'g', 17);  // reads back as the same double
    }
    return {};
}

}  // namespace

AttributeForm::AttributeForm(const core::LayerSchema& layer,
                             const std::map<std::string, core::Value>& values, const QString& title,
                             QWidget* parent)
    : QDialog(parent), layer_(layer), problemsLabel_(new QLabel) {
    setWindowTitle(title);
    auto* form = new QFormLayout;
    for (const auto& field : layer.fields) {
        const core::FieldRule rule = core::fieldRule(layer.table, field.name);
        const auto it = values.find(field.name);
        const QString current = it == values.end() ? QString() : display(it->second);
        QWidget* editor = nullptr;
        if (!rule.values.empty()) {
            auto* combo = new QComboBox;
            combo->setEditable(!rule.closedList);
            combo->addItem(QString());
            for (const auto& value : rule.values) {
                combo->addItem(QString::fromStdString(value));
            }
            if (!current.isEmpty() && combo->findText(current) < 0) {
                combo->addItem(current);  // a value from an import stays choosable
            }
            combo->setCurrentText(current);
            editor = combo;
        } else {
            auto* line = new QLineEdit(current);
            if (layer.table == "ducts" &&
                (field.name == "from_chamber" || field.name == "to_chamber")) {
                // Kept by the geometry: drawing or moving an end onto a chamber sets it.
                line->setReadOnly(true);
                line->setToolTip(
                    tr("The chamber at this end of the duct; move the end onto a "
                       "chamber to change it"));
            } else if (core::isDateField(field.name)) {
                line->setPlaceholderText(tr("YYYY-MM-DD"));
            } else if (field.type != core::FieldType::Text) {
                line->setPlaceholderText(field.type == core::FieldType::Integer ? tr("whole number")
                                                                                : tr("number"));
            }
            editor = line;
        }
        editor->setObjectName(QString::fromStdString(field.name));
        editors_.emplace(field.name, editor);
        auto* label = new QLabel(QString::fromStdString(field.name) +
                                 (rule.mandatory ? QStringLiteral(" *") : QString()));
        if (rule.mandatory) {
            label->setStyleSheet(QStringLiteral("font-weight: bold"));
            label->setToolTip(tr("Required"));
        }
        form->addRow(label, editor);
    }
    problemsLabel_->setStyleSheet(QStringLiteral("color: #b00020"));
    problemsLabel_->setWordWrap(true);
    problemsLabel_->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &AttributeForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("* required")));
    layout->addWidget(problemsLabel_);
    layout->addWidget(buttons);
}

QWidget* AttributeForm::editor(const std::string& field) const {
    const auto it = editors_.find(field);
    return it == editors_.end() ? nullptr : it->second;
}

QString AttributeForm::text(const std::string& field) const {
    QWidget* widget = editor(field);
    if (auto* combo = qobject_cast<QComboBox*>(widget)) {
        return combo->currentText().trimmed();
    }
    if (auto* line = qobject_cast<QLineEdit*>(widget)) {
        return line->text().trimmed();
    }
    return {};
}

void AttributeForm::setText(const std::string& field, const QString& value) {
    QWidget* widget = editor(field);
    if (auto* combo = qobject_cast<QComboBox*>(widget)) {
        combo->setCurrentText(value);
    } else if (auto* line = qobject_cast<QLineEdit*>(widget)) {
        line->setText(value);
    }
}

std::map<std::string, core::Value> AttributeForm::attributes() const {
    std::map<std::string, core::Value> values;
    for (const auto& field : layer_.fields) {
        const QString typed = text(field.name);
        core::Value value;
        if (!typed.isEmpty()) {
            bool ok = true;
            switch (field.type) {
                case core::FieldType::Integer: {
                    const qlonglong number = typed.toLongLong(&ok);
                    value = ok ? core::Value(static_cast<std::int64_t>(number))
                               : core::Value(typed.toStdString());
                    break;
                }
                case core::FieldType::Real: {
                    const double number = typed.toDouble(&ok);
                    value = ok ? core::Value(number) : core::Value(typed.toStdString());
                    break;
                }
                case core::FieldType::Text:
                    value = typed.toStdString();
                    break;
            }
        }
        values.emplace(field.name, std::move(value));
    }
    return values;
}

QStringList AttributeForm::problems() const {
    QStringList found;
    const auto values = attributes();
    for (const auto& field : layer_.fields) {
        if (field.type != core::FieldType::Text &&
            std::holds_alternative<std::string>(values.at(field.name))) {
            found << tr("%1 must be %2")
                         .arg(QString::fromStdString(field.name),
                              field.type == core::FieldType::Integer ? tr("a whole number")
                                                                     : tr("a number"));
        }
    }
    if (!found.isEmpty()) {
        return found;
    }
    for (const auto& problem : core::validateAttributes(layer_, values)) {
        found << QString::fromStdString(problem);
    }
    return found;
}

void AttributeForm::accept() {
    const QStringList wrong = problems();
    if (!wrong.isEmpty()) {
        problemsLabel_->setText(wrong.join(QLatin1Char('\n')));
        problemsLabel_->show();
        return;
    }
    QDialog::accept();
}

}  // namespace gigamap::desktop

#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>
#include <map>
#include <string>

#include "gigamap/core/value.h"

class QLabel;
class QWidget;

namespace gigamap::core {
struct LayerSchema;
}

namespace gigamap::desktop {

// The attributes of one feature, field by field: the domain's value lists as
// drop-downs (closed lists only offer their values, open ones suggest), dates
// as YYYY-MM-DD, mandatory fields marked with an asterisk. OK checks the
// values (core::validateAttributes plus numbers that are numbers) and stays
// open listing what is wrong until they may be stored.
class AttributeForm : public QDialog {
    Q_OBJECT

public:
    AttributeForm(const core::LayerSchema& layer, const std::map<std::string, core::Value>& values,
                  const QString& title, QWidget* parent = nullptr);

    // The values as typed (empty fields are NULL), when they parse; see problems().
    [[nodiscard]] std::map<std::string, core::Value> attributes() const;
    // What is wrong with the values now, one sentence each.
    [[nodiscard]] QStringList problems() const;
    // Sets a field's text, as a user would type or choose it.
    void setText(const std::string& field, const QString& text);
    [[nodiscard]] QWidget* editor(const std::string& field) const;

    void accept() override;

private:
    [[nodiscard]] QString text(const std::string& field) const;

    const core::LayerSchema& layer_;
    std::map<std::string, QWidget*> editors_;
    QLabel* problemsLabel_;
};

}  // namespace gigamap::desktop

#pragma once

#include <QTableWidget>
#include <map>
#include <string>
#include <vector>

namespace gigamap::core {
struct LayerSchema;
}

namespace gigamap::desktop {

// Where each field of a project layer comes from in an imported file: one row
// per layer field, with a choice of the file's columns, "leave empty" or "the
// same value for every feature" (typed beside it). Columns of the same name
// (ignoring case) are chosen from the start.
class FieldMappingTable : public QTableWidget {
    Q_OBJECT

public:
    explicit FieldMappingTable(QWidget* parent = nullptr);

    void setFields(const core::LayerSchema& layer, const std::vector<std::string>& sourceFields);

    // Choices for tests and scripts: take `target` from column `source`, or a constant.
    void setSource(const QString& target, const QString& source);
    void setConstant(const QString& target, const QString& value);

    // The choices, as the vector importer takes them: target -> source
    // column ("" for a field left empty) and target -> constant.
    [[nodiscard]] std::map<std::string, std::string> sources() const;
    [[nodiscard]] std::map<std::string, std::string> constants() const;

private:
    enum Choice { Empty = 0, Constant = 1, FirstSource = 2 };
    int rowOf(const QString& target) const;
    [[nodiscard]] QString target(int row) const;

    std::vector<std::string> sourceFields_;
};

}  // namespace gigamap::desktop

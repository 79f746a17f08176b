#pragma once

#include <QLineEdit>

namespace gigamap::desktop {

// A line edit for file paths that also takes files dropped from a file
// manager: their paths replace the text, separated by "; ".
class FileDropLineEdit : public QLineEdit {
    Q_OBJECT

public:
    explicit FileDropLineEdit(QWidget* parent = nullptr);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
};

}  // namespace gigamap::desktop

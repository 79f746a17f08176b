#pragma once

#include <QColor>
#include <QPushButton>

namespace gigamap::desktop {

// A button showing a colour; clicking it picks another (with transparency).
class ColourButton : public QPushButton {
    Q_OBJECT

public:
    explicit ColourButton(QWidget* parent = nullptr);

    [[nodiscard]] const QColor& colour() const { return colour_; }
    void setColour(const QColor& colour);

signals:
    void colourChanged(const QColor& colour);

private:
    QColor colour_;
};

}  // namespace gigamap::desktop

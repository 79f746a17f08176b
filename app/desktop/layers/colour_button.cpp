#include "layers/colour_button.h"

#include <QColorDialog>
#include <QPainter>
#include <QPixmap>

namespace gigamap::desktop {

ColourButton::ColourButton(QWidget* parent) : QPushButton(parent) {
    setIconSize(QSize(32, 14));
    connect(this, &QPushButton::clicked, this, [this] {
        const QColor chosen =
            QColorDialog::getColor(colour_, this, tr("Colour"), QColorDialog::ShowAlphaChannel);
        if (chosen.isValid()) {
            setColour(chosen);
        }
    });
}

void ColourButton::setColour(const QColor& colour) {
    colour_ = colour;
    QPixmap swatch(iconSize());
    swatch.fill(Qt::white);
    {
        QPainter painter(&swatch);
        painter.fillRect(swatch.rect(), colour);
        painter.setPen(Qt::gray);
        painter.drawRect(swatch.rect().adjusted(0, 0, -1, -1));
    }
    setIcon(QIcon(swatch));
    setText(colour.alpha() == 0 ? tr("none") : colour.name());
    emit colourChanged(colour);
}

}  // namespace gigamap::desktop

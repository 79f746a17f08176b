#include "import/file_drop_line_edit.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>

namespace gigamap::desktop {

FileDropLineEdit::FileDropLineEdit(QWidget* parent) : QLineEdit(parent) {
    setAcceptDrops(true);
}

void FileDropLineEdit::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
        return;
    }
    QLineEdit::dragEnterEvent(event);
}

void FileDropLineEdit::dropEvent(QDropEvent* event) {
    if (!event->mimeData()->hasUrls()) {
        QLineEdit::dropEvent(event);
        return;
    }
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    if (!paths.isEmpty()) {
        setText(paths.join(QStringLiteral("; ")));
        event->acceptProposedAction();
    }
}

}  // namespace gigamap::desktop

#include "common/user_errors.h"

#include <QMessageBox>
#include <QWidget>
#include <exception>

namespace gigamap::desktop {

UserErrors::UserErrors(QWidget& parent) : QObject(&parent), parent_(parent) {}

bool UserErrors::run(const QString& what, const std::function<void()>& action) {
    try {
        action();
        return true;
    } catch (const std::exception& error) {
        report(tr("Could not %1: %2").arg(what, QString::fromUtf8(error.what())));
    } catch (...) {
        report(tr("Could not %1: an unexpected error occurred.").arg(what));
    }
    return false;
}

void UserErrors::report(const QString& message) {
    emit reported(message);
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("gigamap"), message, QMessageBox::Ok, &parent_);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

}  // namespace gigamap::desktop

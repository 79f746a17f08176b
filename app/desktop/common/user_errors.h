#pragma once

#include <QObject>
#include <QString>
#include <functional>

class QWidget;

namespace gigamap::desktop {

// Where the desktop's action slots send what went wrong: every action runs
// through run(), which catches and shows the error to the user in a message
// box that does not block (so scripted and offscreen runs carry on).
class UserErrors : public QObject {
    Q_OBJECT

public:
    explicit UserErrors(QWidget& parent);

    // Runs `action`; an exception becomes a message "Could not <what>: <why>".
    // Returns whether it succeeded.
    bool run(const QString& what, const std::function<void()>& action);
    void report(const QString& message);

signals:
    void reported(const QString& message);

private:
    QWidget& parent_;
};

}  // namespace gigamap::desktop

#pragma once

#include <QObject>

#include "gigamap/core/feedback.h"

namespace gigamap::desktop {

// A core::Feedback whose progress, reported on the worker thread, reaches the
// GUI as a signal (queued to the receiver's thread), once per whole percent:
// what an import or an analysis run shows in its progress bar.
class ProgressFeedback : public QObject, public core::Feedback {
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void progressed(int percent);

protected:
    void onProgress(double percent) override;

private:
    int last_ = -1;  // touched by the worker thread only
};

}  // namespace gigamap::desktop

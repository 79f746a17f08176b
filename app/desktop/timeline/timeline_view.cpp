#include "timeline/timeline_view.h"

#include <QDate>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPolygonF>
#include <QScrollBar>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <functional>

#include "common/qt_day.h"
#include "timeline/timeline_colours.h"

namespace gigamap::desktop {
namespace {

using namespace timeline_colours;

constexpr double kLabelWidth = 210.0;
constexpr double kLegendRow = 14.0;
constexpr double kAxisHeight = 4 * kLegendRow + 8.0;  // four legend rows beside the months
constexpr double kLaneHeight = 12.0;
constexpr double kRowPadding = 4.0;
constexpr double kRightMargin = 12.0;
constexpr double kMarkerRadius = 5.0;

QString rowTitle(const TimelineRow& row) {
    return row.usrn ? QStringLiteral("%1 · %2").arg(row.street).arg(*row.usrn) : row.street;
}

QString barText(const TimelineBar& bar) {
    QString text =
        QStringLiteral("<b>%1</b><br>%2<br>%3 – %4 (%5 days)")
            .arg(bar.label.toHtmlEscaped(), QString::fromStdString(bar.key).toHtmlEscaped(),
                 qDateOfDay(bar.days.start).toString(Qt::ISODate),
                 qDateOfDay(bar.days.end).toString(Qt::ISODate))
            .arg(bar.days.days());
    if (bar.kind == TimelineBar::Kind::Restriction) {
        text += bar.proposed ? QObject::tr(
                                   "<br>Proposed: dig before it starts, or wait until it "
                                   "ends if it comes into force")
                             : QObject::tr("<br>In force: no digging until it ends");
    }
    if (bar.opportunity) {
        text += QObject::tr("<br>Dig-once opportunity");
    }
    for (const auto& joinBy : bar.joinBy) {
        const QString day = qDateOfDay(joinBy.day).toString(Qt::ISODate);
        text += joinBy.missed
                    ? QObject::tr("<br>Join by <s>%1</s> (missed)").arg(day)
                    : QObject::tr("<br>Join by %1: apply for the permit by then").arg(day);
    }
    if (bar.conflict) {
        text += QObject::tr("<br>Conflicts with another work");
    }
    return text;
}

// A diamond centred on `centre`.
QPolygonF diamond(QPointF centre, double radius) {
    return QPolygonF({centre + QPointF(0, -radius), centre + QPointF(radius, 0),
                      centre + QPointF(0, radius), centre + QPointF(-radius, 0)});
}

void paintRestriction(QPainter& painter, const QRectF& rect, bool proposed) {
    const QColor& colour = proposed ? kProposedRestriction : kRestriction;
    QColor tint = colour;
    tint.setAlpha(40);
    painter.fillRect(rect, tint);
    painter.fillRect(rect, QBrush(colour, proposed ? Qt::FDiagPattern : Qt::BDiagPattern));
    painter.setPen(QPen(colour, 1.0, proposed ? Qt::DashLine : Qt::SolidLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect.adjusted(0, 0, -1, -1));
}

void paintJoinBy(QPainter& painter, QPointF centre, bool missed) {
    painter.setPen(QPen(Qt::white, 1.0));
    painter.setBrush(missed ? kMissedJoinBy : kJoinBy);
    painter.drawPolygon(diamond(centre, kMarkerRadius));
    if (missed) {  // struck through, as in the One Dig panel
        painter.setPen(QPen(kStrike, 2.0));
        painter.drawLine(centre - QPointF(kMarkerRadius + 2, 0),
                         centre + QPointF(kMarkerRadius + 2, 0));
    }
    painter.setBrush(Qt::NoBrush);
}

// The axis above the rows, in the scroll area's top margin.
class TimelineAxis : public QWidget {
public:
    TimelineAxis(QWidget* parent, std::function<void(QPainter&)> paint)
        : QWidget(parent), paint_(std::move(paint)) {}

protected:
    void paintEvent(QPaintEvent* /*event*/) override {
        QPainter painter(this);
        paint_(painter);
    }

private:
    std::function<void(QPainter&)> paint_;
};

}  // namespace

TimelineView::TimelineView(QWidget* parent)
    : QAbstractScrollArea(parent),
      axis_(new TimelineAxis(this, [this](QPainter& painter) { paintAxis(painter); })) {
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setViewportMargins(0, static_cast<int>(kAxisHeight), 0, 0);
    viewport()->setMouseTracking(true);
    setMinimumHeight(160);
}

void TimelineView::setModel(TimelineModel model) {
    model_ = std::move(model);
    span_ = model_.span();
    rowTops_.assign(1, 0.0);
    for (const auto& row : model_.rows()) {
        rowTops_.push_back(rowTops_.back() + row.lanes * kLaneHeight + 2 * kRowPadding);
    }
    updateScrollRange();
    viewport()->update();
    axis_->update();
}

void TimelineView::setDay(std::optional<int> day) {
    day_ = day;
    viewport()->update();
    axis_->update();
}

double TimelineView::pixelsPerDay() const {
    if (!span_) {
        return 1.0;
    }
    const double width = std::max(50.0, viewport()->width() - kLabelWidth - kRightMargin);
    return width / (span_->days());
}

double TimelineView::xOfDay(int day) const {
    return span_ ? kLabelWidth + (day - span_->start) * pixelsPerDay() : kLabelWidth;
}

double TimelineView::rowTop(std::size_t row) const {
    return rowTops_.at(row);
}

QPointF TimelineView::joinByPoint(std::size_t row, std::size_t bar, std::size_t mark) const {
    const TimelineBar& b = model_.rows().at(row).bars.at(bar);
    const QRectF rect = barRect(row, bar);
    return {std::round(xOfDay(b.joinBy.at(mark).day) + pixelsPerDay() / 2.0),
            std::round(rect.center().y())};
}

QRectF TimelineView::barRect(std::size_t row, std::size_t bar) const {
    const TimelineBar& b = model_.rows().at(row).bars.at(bar);
    const double top =
        rowTop(row) - verticalScrollBar()->value() + kRowPadding + b.lane * kLaneHeight;
    const double left = xOfDay(b.days.start);
    const double right = std::max(left + 2.0, xOfDay(b.days.end + 1));
    return {QPointF(left, top + 1.0), QPointF(right, top + kLaneHeight - 1.0)};
}

void TimelineView::ensureRowVisible(std::size_t row) {
    const int top = static_cast<int>(rowTop(row));
    QScrollBar* bar = verticalScrollBar();
    if (top < bar->value() || top > bar->value() + viewport()->height() - 20) {
        bar->setValue(top);
    }
}

void TimelineView::updateScrollRange() {
    const double content = rowTops_.empty() ? 0.0 : rowTops_.back();
    verticalScrollBar()->setRange(0, std::max(0, static_cast<int>(content) - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(static_cast<int>(kLaneHeight + 2 * kRowPadding));
}

void TimelineView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    axis_->setGeometry(0, 0, width(), static_cast<int>(kAxisHeight));
    updateScrollRange();
}

void TimelineView::paintEvent(QPaintEvent* /*event*/) {
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().base());
    if (model_.rows().empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No street works with dates and no planned ducts with a planned "
                            "window in this project."));
        return;
    }
    const int scroll = verticalScrollBar()->value();
    const auto first = static_cast<std::size_t>(
        std::upper_bound(rowTops_.begin(), rowTops_.end(), static_cast<double>(scroll)) -
        rowTops_.begin() - 1);
    for (std::size_t row = first; row < model_.rows().size(); ++row) {
        const double top = rowTop(row) - scroll;
        if (top > viewport()->height()) {
            break;
        }
        paintRow(painter, row, top);
    }
    if (day_) {
        painter.setPen(QPen(kDay, 2.0));
        const double x = xOfDay(*day_) + pixelsPerDay() / 2.0;
        painter.drawLine(QPointF(x, 0), QPointF(x, viewport()->height()));
    }
}

void TimelineView::paintRow(QPainter& painter, std::size_t row, double top) const {
    const TimelineRow& r = model_.rows()[row];
    const double height = rowTops_[row + 1] - rowTops_[row];
    if (row % 2 == 1) {
        painter.fillRect(QRectF(0, top, viewport()->width(), height), palette().alternateBase());
    }
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRectF(6, top, kLabelWidth - 10, height), Qt::AlignVCenter | Qt::AlignLeft,
                     painter.fontMetrics().elidedText(rowTitle(r), Qt::ElideRight,
                                                      static_cast<int>(kLabelWidth - 10)));
    for (std::size_t bar = 0; bar < r.bars.size(); ++bar) {
        const TimelineBar& b = r.bars[bar];
        const QRectF rect = barRect(row, bar);
        if (b.kind == TimelineBar::Kind::Restriction) {
            paintRestriction(painter, rect, b.proposed);
            continue;
        }
        painter.fillRect(rect, b.kind == TimelineBar::Kind::Work ? kWork : kDuct);
        if (b.conflict || b.opportunity) {
            painter.setPen(QPen(b.conflict ? kConflict : kOpportunity, 2.0));
            painter.drawRect(rect.adjusted(-1, -1, 1, 1));
        }
    }
    // Join-by markers over every bar, a dotted lead from each to its duct.
    for (std::size_t bar = 0; bar < r.bars.size(); ++bar) {
        const TimelineBar& b = r.bars[bar];
        for (std::size_t mark = 0; mark < b.joinBy.size(); ++mark) {
            const QPointF centre = joinByPoint(row, bar, mark);
            const double barLeft = barRect(row, bar).left();
            if (centre.x() + kMarkerRadius < barLeft) {
                painter.setPen(
                    QPen(b.joinBy[mark].missed ? kMissedJoinBy : kJoinBy, 1.0, Qt::DotLine));
                painter.drawLine(centre + QPointF(kMarkerRadius, 0), QPointF(barLeft, centre.y()));
            }
            paintJoinBy(painter, centre, b.joinBy[mark].missed);
        }
    }
}

void TimelineView::paintAxis(QPainter& painter) const {
    const QRectF area(0, 0, axis_->width(), kAxisHeight);
    painter.fillRect(area, palette().window());
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(QPointF(0, kAxisHeight - 1), QPointF(axis_->width(), kAxisHeight - 1));
    // A legend where the street names go, two keys a row.
    const QFontMetrics metrics = painter.fontMetrics();
    double x = 6;
    double y = 4;
    const auto keyText = [&](const QString& text) {
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QPointF(x + 18, y + 9), text);
        x += 24 + metrics.horizontalAdvance(text);
    };
    const auto key = [&](const QColor& fill, const QColor& outline, const QString& text) {
        const QRectF swatch(x, y, 14, 9);
        if (fill.isValid()) {
            painter.fillRect(swatch, fill);
        }
        if (outline.isValid()) {
            painter.setPen(QPen(outline, 2.0));
            painter.drawRect(swatch);
        }
        keyText(text);
    };
    const auto nextRow = [&] {
        x = 6;
        y += kLegendRow;
    };
    key(kWork, {}, tr("street work"));
    key(kDuct, {}, tr("planned duct"));
    nextRow();
    paintRestriction(painter, QRectF(x, y, 14, 9), false);
    keyText(tr("Section 58"));
    paintRestriction(painter, QRectF(x, y, 14, 9), true);
    keyText(tr("proposed s58"));
    nextRow();
    key({}, kOpportunity, tr("dig once"));
    key({}, kConflict, tr("conflict"));
    nextRow();
    paintJoinBy(painter, QPointF(x + 7, y + 5), false);
    keyText(tr("join by"));
    paintJoinBy(painter, QPointF(x + 7, y + 5), true);
    keyText(tr("join by, missed"));
    if (!span_) {
        return;
    }
    painter.setPen(palette().color(QPalette::Text));
    const double perDay = pixelsPerDay();
    QDate month = qDateOfDay(span_->start);
    month = QDate(month.year(), month.month(), 1);
    const int every = perDay * 30 < 40 ? 3 : 1;  // quarters when months are cramped
    bool labelled = false;
    for (; dayOfQDate(month) <= span_->end + 1; month = month.addMonths(every)) {
        const double mx = xOfDay(dayOfQDate(month));
        if (mx >= kLabelWidth) {
            painter.setPen(palette().color(QPalette::Mid));
            painter.drawLine(QPointF(mx, kAxisHeight - 10), QPointF(mx, kAxisHeight));
        }
        painter.setPen(palette().color(QPalette::Text));
        if (mx + 2 >= kLabelWidth) {
            // The year on the first label and on each January.
            const QString label = month.month() == 1 || !labelled
                                      ? month.toString(QStringLiteral("MMM yyyy"))
                                      : month.toString(QStringLiteral("MMM"));
            painter.drawText(QPointF(mx + 2, kAxisHeight - 14), label);
            labelled = true;
        }
    }
    if (day_) {
        const double dx = xOfDay(*day_) + perDay / 2.0;
        painter.setPen(QPen(kDay, 2.0));
        painter.drawLine(QPointF(dx, kAxisHeight - 8), QPointF(dx, kAxisHeight));
    }
}

std::optional<TimelineView::Hit> TimelineView::barAt(QPointF pixel) const {
    const double content = pixel.y() + verticalScrollBar()->value();
    const auto it = std::upper_bound(rowTops_.begin(), rowTops_.end(), content);
    if (it == rowTops_.begin() || it == rowTops_.end()) {
        return std::nullopt;
    }
    const auto row = static_cast<std::size_t>(it - rowTops_.begin() - 1);
    const auto& bars = model_.rows()[row].bars;
    for (std::size_t bar = 0; bar < bars.size(); ++bar) {
        if (barRect(row, bar).adjusted(-2, -1, 2, 1).contains(pixel)) {
            return Hit{row, bar};
        }
        for (std::size_t mark = 0; mark < bars[bar].joinBy.size(); ++mark) {
            const QPointF offset = pixel - joinByPoint(row, bar, mark);
            if (std::abs(offset.x()) + std::abs(offset.y()) <= kMarkerRadius + 1) {
                return Hit{row, bar};  // a join-by marker stands for its duct
            }
        }
    }
    return std::nullopt;
}

void TimelineView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        if (const auto hit = barAt(event->position())) {
            emit barClicked(model_.rows()[hit->row].bars[hit->bar]);
        }
    }
    QAbstractScrollArea::mousePressEvent(event);
}

bool TimelineView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        if (const auto hit = barAt(help->pos())) {
            QToolTip::showText(help->globalPos(), barText(model_.rows()[hit->row].bars[hit->bar]),
                               viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

}  // namespace gigamap::desktop

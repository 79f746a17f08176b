#pragma once

#include <QAbstractScrollArea>
#include <optional>
#include <vector>

#include "timeline/timeline_model.h"

namespace gigamap::desktop {

// Draws the One Dig timeline: a street per row (USRN and name on the left),
// time across (months on the axis), street works and planned ducts as bars,
// Section 58 restrictions as hatched bars above them (proposed ones in
// another colour, hatched the other way and dashed), dig-once opportunities
// outlined in amber and conflicts in red, each opportunity's join-by day as a
// diamond on its duct's lane (a missed one grey and struck through), and the
// chosen day as a vertical line. Rows scroll; time fits the width.
// Colours: timeline_colours.h.
class TimelineView : public QAbstractScrollArea {
    Q_OBJECT

public:
    explicit TimelineView(QWidget* parent = nullptr);

    void setModel(TimelineModel model);
    [[nodiscard]] const TimelineModel& model() const { return model_; }
    void setDay(std::optional<int> day);

    // Where bar `bar` of row `row` is drawn, in viewport pixels (scrolled).
    [[nodiscard]] QRectF barRect(std::size_t row, std::size_t bar) const;
    // The centre of join-by marker `mark` of bar `bar` of row `row`, in
    // viewport pixels (scrolled).
    [[nodiscard]] QPointF joinByPoint(std::size_t row, std::size_t bar, std::size_t mark) const;
    // The x of a day's start, in viewport pixels.
    [[nodiscard]] double xOfDay(int day) const;
    // Scrolls so that row `row` is in view.
    void ensureRowVisible(std::size_t row);

signals:
    void barClicked(const gigamap::desktop::TimelineBar& bar);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    struct Hit {
        std::size_t row;
        std::size_t bar;
    };
    [[nodiscard]] std::optional<Hit> barAt(QPointF pixel) const;
    [[nodiscard]] double rowTop(std::size_t row) const;  // in content pixels
    [[nodiscard]] double pixelsPerDay() const;
    void updateScrollRange();
    void paintAxis(QPainter& painter) const;
    void paintRow(QPainter& painter, std::size_t row, double top) const;

    QWidget* axis_;
    TimelineModel model_;
    std::optional<core::DayRange> span_;
    std::vector<double> rowTops_;  // content pixels, one more than the rows
    std::optional<int> day_;
};

}  // namespace gigamap::desktop

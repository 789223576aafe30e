#pragma once
// The heat map's legend in a corner of the graph view: what the colours mean and the
// scale (0 to the largest figure shown, or the fixed ratio scale).

#include <QWidget>

namespace fusebox::studio {

class GraphScene;

class HeatLegend : public QWidget {
    Q_OBJECT

public:
    // Lives on `view` (the graph's viewport) and follows the scene's heat map.
    HeatLegend(GraphScene* scene, QWidget* view);

    QString minimumLabel() const;
    QString maximumLabel() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override; // keeps it in the view's bottom-right corner

private:
    void refresh();

    GraphScene* scene_;
};

} // namespace fusebox::studio

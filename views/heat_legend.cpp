#include "heat_legend.h"

#include "graph_scene.h"
#include "heat_scale.h"

#include <QEvent>
#include <QLinearGradient>
#include <QPainter>

namespace fusebox::studio {
namespace {

constexpr QSize kLegendSize(300, 62);
constexpr int kMargin = 8;
constexpr int kGradientStops = 16;

} // namespace

HeatLegend::HeatLegend(GraphScene* scene, QWidget* view) : QWidget(view), scene_(scene) {
    setAttribute(Qt::WA_TransparentForMouseEvents);
    resize(kLegendSize);
    if (view) view->installEventFilter(this);
    connect(scene_, &GraphScene::heatMapChanged, this, &HeatLegend::refresh);
    refresh();
}

bool HeatLegend::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Resize && watched == parentWidget()) {
        move(parentWidget()->width() - width() - kMargin, parentWidget()->height() - height() - kMargin);
    }
    return QWidget::eventFilter(watched, event);
}

void HeatLegend::refresh() {
    setVisible(scene_->heatMap() != nullptr);
    update();
}

QString HeatLegend::minimumLabel() const {
    const HeatMap* heat = scene_->heatMap();
    if (!heat) return {};
    return heat->metric == HeatMetric::Ratio ? tr("%1× faster").arg(kRatioScaleFactor) : heat->formatValue(0);
}

QString HeatLegend::maximumLabel() const {
    const HeatMap* heat = scene_->heatMap();
    if (!heat) return {};
    return heat->metric == HeatMetric::Ratio ? tr("%1× slower").arg(kRatioScaleFactor) : heat->formatValue(scene_->heatScaleMax());
}

void HeatLegend::paintEvent(QPaintEvent*) {
    const HeatMap* heat = scene_->heatMap();
    if (!heat) return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QColor(0x99, 0x99, 0x99));
    painter.setBrush(QColor(255, 255, 255, 230));
    painter.drawRoundedRect(rect().adjusted(0, 0, -1, -1), 4, 4);
    const QRect bar(kMargin, 24, width() - 2 * kMargin, 14);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    for (int i = 0; i <= kGradientStops; ++i) {
        const double t = double(i) / kGradientStops;
        const double ratio = std::pow(kRatioScaleFactor, 2 * t - 1);
        gradient.setColorAt(t, heat->metric == HeatMetric::Ratio ? ratioColor(ratio) : sequentialColor(t));
    }
    painter.setBrush(gradient);
    painter.drawRect(bar);
    painter.setPen(Qt::black);
    painter.drawText(QRect(kMargin, 4, bar.width(), 18), Qt::AlignLeft | Qt::AlignVCenter, heat->title);
    const QRect labels(kMargin, bar.bottom() + 2, bar.width(), 18);
    painter.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, minimumLabel());
    painter.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, maximumLabel());
    if (heat->metric == HeatMetric::Ratio) painter.drawText(labels, Qt::AlignHCenter | Qt::AlignVCenter, tr("equal"));
}

} // namespace fusebox::studio

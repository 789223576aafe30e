#include "exports.h"

#include "core/file_io.h"
#include "partition/plan_dot.h"
#include "partition/plan_json.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace fusebox::studio {
namespace {

constexpr int kMaxImageSide = 16000; // pixels; larger scenes are scaled down to fit

// The translation context of this file's messages.
class Exports {
    Q_DECLARE_TR_FUNCTIONS(Exports)
};

QString writeText(const QString& path, const std::string& text) {
    const Status status = writeFileAtomically(path.toStdString(), text);
    return status ? QString() : QString::fromStdString(status.error().message());
}

} // namespace

QString exportScenePng(QGraphicsScene& scene, const QString& path) {
    const QRectF area = scene.itemsBoundingRect().adjusted(-10, -10, 10, 10);
    const double scale = std::min(1.0, kMaxImageSide / std::max(area.width(), area.height()));
    QImage image((area.size() * scale).toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), image.size()), area);
    painter.end();
    return image.save(path, "PNG") ? QString() : Exports::tr("%1: cannot write the image").arg(path);
}

QString exportSceneSvg(QGraphicsScene& scene, const QString& path) {
    const QRectF area = scene.itemsBoundingRect().adjusted(-10, -10, 10, 10);
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(area.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), area.size()));
    generator.setTitle(Exports::tr("Fusebox partition"));
    QPainter painter;
    if (!painter.begin(&generator)) return Exports::tr("%1: cannot write the SVG file").arg(path);
    scene.render(&painter, QRectF(QPointF(0, 0), area.size()), area);
    painter.end();
    return {};
}

QString exportPlanDot(const PartitionedModel& session, const QString& path) {
    return writeText(path, planToDot(session.model().graph, session.plan));
}

QString exportPlanJson(const PartitionedModel& session, const QString& path) {
    return writeText(path, planToJson(session.model().graph, session.plan));
}

} // namespace fusebox::studio

#pragma once
// Writing the view (PNG, SVG) and the plan (DOT, JSON) to files.

#include "workflow/model_session.h"

#include <QString>

class QGraphicsScene;

namespace fusebox::studio {

// Each returns an empty string on success, else the error message naming the file.
QString exportScenePng(QGraphicsScene& scene, const QString& path);
QString exportSceneSvg(QGraphicsScene& scene, const QString& path);
QString exportPlanDot(const PartitionedModel& session, const QString& path);
QString exportPlanJson(const PartitionedModel& session, const QString& path);

} // namespace fusebox::studio

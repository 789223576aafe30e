#pragma once
// The colour scales of profile figures, one home for the heat map, its legend and the
// compare table's speed-up colour: a sequential scale for times and shares, a diverging
// one (green faster, red slower, white equal) for ratios between two runs.

#include <QColor>
#include <QString>

namespace fusebox::studio {

// Ratios beyond this factor either way get the scale's end colour.
inline constexpr double kRatioScaleFactor = 4.0;

// t in [0, 1] (clamped): pale yellow to dark red.
QColor sequentialColor(double t);
// ratio = new / old: below 1 (faster) green, above 1 red, on a log scale to kRatioScaleFactor.
QColor ratioColor(double ratio);
// Where a ratio sits on the diverging scale, 0 (kRatioScaleFactor times faster) to 1.
double ratioPosition(double ratio);

} // namespace fusebox::studio

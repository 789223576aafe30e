#include "heat_scale.h"

#include <algorithm>
#include <cmath>

namespace fusebox::studio {
namespace {

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

QColor sequentialColor(double t) {
    t = std::clamp(t, 0.0, 1.0);
    const QColor low(0xff, 0xf7, 0xbc), middle(0xfe, 0x99, 0x29), high(0x99, 0x0f, 0x02);
    return t < 0.5 ? mix(low, middle, t * 2) : mix(middle, high, (t - 0.5) * 2);
}

double ratioPosition(double ratio) {
    if (!(ratio > 0)) return 0.5;
    return std::clamp(0.5 + std::log(ratio) / std::log(kRatioScaleFactor) / 2, 0.0, 1.0);
}

QColor ratioColor(double ratio) {
    const double t = ratioPosition(ratio);
    const QColor faster(0x1a, 0x98, 0x50), equal(0xf7, 0xf7, 0xf7), slower(0xd7, 0x30, 0x27);
    return t < 0.5 ? mix(faster, equal, t * 2) : mix(equal, slower, (t - 0.5) * 2);
}

} // namespace fusebox::studio

#include "measurement_gate.h"

namespace fusebox::studio {

bool MeasurementGate::acquire(const QObject* holder, const QString& what, QString* why) {
    if (heldByOther(holder)) {
        if (why) *why = tr("Waiting for %1 to end: two measurements at once would slow each other down.").arg(what_);
        return false;
    }
    holder_ = holder;
    what_ = what;
    emit changed();
    return true;
}

QString MeasurementGate::waitingText(const QObject* holder) const {
    return heldByOther(holder) ? tr("Waiting for %1 to end.").arg(what_) : QString();
}

void MeasurementGate::release(const QObject* holder) {
    if (holder_ != holder) return;
    holder_ = nullptr;
    what_.clear();
    emit changed();
}

} // namespace fusebox::studio

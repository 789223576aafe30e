#pragma once
// One measurement at a time in the studio. A profile and a tuning job running together
// would each take cores from the other, and both would store figures of a busy machine.
// The docks that measure share one gate: a dock starts its job only while the gate is
// free or its own, holds it until the job ends, and disables its start buttons while
// another dock holds it.

#include <QObject>
#include <QPointer>
#include <QString>

namespace fusebox::studio {

class MeasurementGate : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // Takes the gate for `holder`, whose job `what` describes ("a profile run"); false
    // when another holds it, with `why` saying which job that is.
    bool acquire(const QObject* holder, const QString& what, QString* why);
    void release(const QObject* holder);
    // Whether a holder other than `holder` has the gate.
    bool heldByOther(const QObject* holder) const { return holder_ && holder_ != holder; }
    // "Waiting for a profile run to end." while another holds the gate, else empty: for
    // the tooltip of `holder`'s disabled start buttons.
    QString waitingText(const QObject* holder) const;

signals:
    void changed();

private:
    QPointer<const QObject> holder_;
    QString what_;
};

} // namespace fusebox::studio

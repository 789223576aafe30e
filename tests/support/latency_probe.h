#pragma once
// How responsive the UI thread stays while background work runs: a timer that should
// fire every `intervalMs` records how late it came. The suites assert the studio's bound,
// an event loop never more than kMaxUiLatencyMs late.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>

namespace fusebox::test {

inline constexpr qint64 kMaxUiLatencyMs = 100;

class LatencyProbe {
public:
    explicit LatencyProbe(int intervalMs = 10) : intervalMs_(intervalMs) {
        timer_.setInterval(intervalMs_);
        QObject::connect(&timer_, &QTimer::timeout, [this] {
            maxLateMs_ = std::max(maxLateMs_, clock_.restart() - intervalMs_);
            ++ticks_;
        });
        clock_.start();
        timer_.start();
    }
    void stop() { timer_.stop(); }
    qint64 maxLateMs() const { return maxLateMs_; }
    int ticks() const { return ticks_; }

private:
    int intervalMs_;
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 maxLateMs_ = 0;
    int ticks_ = 0;
};

} // namespace fusebox::test

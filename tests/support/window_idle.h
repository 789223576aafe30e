#pragma once
// Waiting for the studio's main window in the suites that build one (tst_studio,
// tst_profile_views): its idle() signal says that partition, layout and run loading are done.

#include "main_window.h"

#include <QSignalSpy>

namespace fusebox::test {

// True once the window is idle; false when it is still busy after `timeoutMs`.
inline bool waitForIdle(studio::MainWindow& window, int timeoutMs) {
    if (!window.isBusy()) return true;
    QSignalSpy idle(&window, &studio::MainWindow::idle);
    return idle.wait(timeoutMs) && !window.isBusy();
}

} // namespace fusebox::test

// ONNX backend conformance on the host adapter: the pass count may only go up. The
// number to beat is recorded in tests/conformance_baseline.txt; raise it when kernels
// improve.
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString kNodeTests = QStringLiteral("/usr/share/libonnx-testdata/data/node");

int recordedBaseline() {
    QFile file(QStringLiteral(FUSEBOX_CONFORMANCE_BASELINE));
    if (!file.open(QIODevice::ReadOnly)) return -1;
    for (const QString& line : QString::fromUtf8(file.readAll()).split('\n')) {
        const auto match = QRegularExpression(R"(^node\s+(\d+))").match(line);
        if (match.hasMatch()) return match.captured(1).toInt();
    }
    return -1;
}

} // namespace

class TestConformance : public QObject {
    Q_OBJECT

private slots:
    void nodeTestsPassAtLeastTheBaseline() {
        if (!QDir(kNodeTests).exists()) QSKIP("libonnx-testdata is not installed (scripts/setup.sh installs it)");
        const int baseline = recordedBaseline();
        QVERIFY2(baseline > 0, "tests/conformance_baseline.txt has no 'node N' line");

        QProcess process;
        process.start(fusebox::test::cliPath(), {"conformance", kNodeTests});
        QVERIFY(process.waitForFinished(600000));
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const auto match = QRegularExpression(R"((\d+) passed, (\d+) failed, (\d+) skipped\s*$)").match(out);
        QVERIFY2(match.hasMatch(), qPrintable(out.right(500)));
        const int passed = match.captured(1).toInt();
        const int total = passed + match.captured(2).toInt() + match.captured(3).toInt();
        QCOMPARE(total, 932); // every case of the suite was run or skipped
        qInfo("conformance: %d passed (baseline %d)", passed, baseline);
        QVERIFY2(passed >= baseline, qPrintable(QString("%1 passed, below the recorded %2:\n%3").arg(passed).arg(baseline).arg(out.right(3000))));
    }
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"

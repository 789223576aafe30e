// ONNX backend conformance on the host adapter and on each device adapter (the nodes a
// device accepts run there, the rest on host): the pass count may only go up. The
// numbers to beat are recorded in tests/conformance_baseline.txt; raise them when
// kernels improve.
#include "runtime/adapter.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString kNodeTests = QStringLiteral("/usr/share/libonnx-testdata/data/node");

// "node N" (host) or "node DEVICE N"; -1 when the file has no line for `device`.
int recordedBaseline(const QString& device) {
    QFile file(QStringLiteral(FUSEBOX_CONFORMANCE_BASELINE));
    if (!file.open(QIODevice::ReadOnly)) return -1;
    for (const QString& line : QString::fromUtf8(file.readAll()).split('\n')) {
        const auto match = QRegularExpression(R"(^node\s+(?:([a-z0-9_]+)\s+)?(\d+)\s*$)").match(line);
        if (match.hasMatch() && (match.captured(1).isEmpty() ? QString("host") : match.captured(1)) == device) {
            return match.captured(2).toInt();
        }
    }
    return -1;
}

} // namespace

class TestConformance : public QObject {
    Q_OBJECT

private slots:
    void nodeTestsPassAtLeastTheBaseline_data() {
        QTest::addColumn<QString>("device");
        QTest::addColumn<int>("minimumDeviceCases"); // cases in which the device ran nodes
        QTest::newRow("host") << "host" << 0;
        QTest::newRow("onednn") << "onednn" << 250;
        QTest::newRow("xnnpack") << "xnnpack" << 100;
    }

    void nodeTestsPassAtLeastTheBaseline() {
        QFETCH(QString, device);
        QFETCH(int, minimumDeviceCases);
        if (!QDir(kNodeTests).exists()) QSKIP("libonnx-testdata is not installed (scripts/setup.sh installs it)");
        const fusebox::Adapter* adapter = fusebox::AdapterRegistry::find(device.toStdString());
        if (!adapter || !adapter->probe().available) QSKIP(qPrintable(device + " is not available in this build"));
        const int baseline = recordedBaseline(device);
        QVERIFY2(baseline > 0, qPrintable("tests/conformance_baseline.txt has no line for " + device));

        QProcess process;
        process.start(fusebox::test::cliPath(), {"conformance", kNodeTests, "--device", device, "--json"});
        QVERIFY(process.waitForFinished(600000));
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const auto match = QRegularExpression(R"((\d+) passed, (\d+) failed, (\d+) skipped\s*$)").match(out);
        QVERIFY2(match.hasMatch(), qPrintable(out.right(500)));
        const int passed = match.captured(1).toInt();
        const int total = passed + match.captured(2).toInt() + match.captured(3).toInt();
        QCOMPARE(total, 932); // every case of the suite was run or skipped

        const QJsonObject json = QJsonDocument::fromJson(out.left(match.capturedStart()).toUtf8()).object();
        QCOMPARE(json["passed"].toInt(), passed);
        int deviceCases = 0;
        for (const QJsonValue& c : json["cases"].toArray()) deviceCases += c.toObject()["nodes_on_device"].toInt() > 0;
        if (device == "host") QCOMPARE(deviceCases, 0);
        else QVERIFY2(deviceCases >= minimumDeviceCases, qPrintable(QString("%1 ran nodes in only %2 cases").arg(device).arg(deviceCases)));

        qInfo("conformance on %s: %d passed (baseline %d), device nodes in %d cases", qPrintable(device), passed, baseline, deviceCases);
        QVERIFY2(passed >= baseline, qPrintable(QString("%1 passed, below the recorded %2:\n%3").arg(passed).arg(baseline).arg(out.right(3000))));
    }
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"

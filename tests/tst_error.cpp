// Error: its place (file, line, column) and node are fields, and message() is the one
// text users see, built from them.
#include "core/result.h"

#include <QTest>

using namespace fusebox;

class TestError : public QObject {
    Q_OBJECT

private slots:
    void messageWithoutAPlaceIsTheDescription() {
        const Error error("no host adapter is built in", ErrorKind::Failed);
        QVERIFY(!error.location());
        QVERIFY(error.node().empty());
        QCOMPARE(error.message(), std::string("no host adapter is built in"));
        QCOMPARE(error.description(), error.message());
        QCOMPARE(error.kind(), ErrorKind::Failed);
    }

    void messageStartsWithThePlace_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("line and column") << "cfg.toml" << 3 << 5 << "cfg.toml:3:5: unknown key 'devic'";
        QTest::newRow("line only") << "keep.txt" << 4 << 0 << "keep.txt:4: unknown key 'devic'";
        QTest::newRow("file only") << "model.onnx" << 0 << 0 << "model.onnx: unknown key 'devic'";
        QTest::newRow("nothing known") << "" << 0 << 0 << "unknown key 'devic'";
    }

    void messageStartsWithThePlace() {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const Error error(SourceLocation{file.toStdString(), line, column}, "unknown key 'devic'");
        QCOMPARE(QString::fromStdString(error.message()), message);
        QCOMPARE(error.description(), std::string("unknown key 'devic'"));
        QCOMPARE(error.location().has_value(), !file.isEmpty());
        if (error.location()) QCOMPARE(error.location()->line, line);
    }

    void theNodeIsNamedOnce() {
        const Error unnamed = Error("attribute 'axis' is out of range").atNode("conv1");
        QCOMPARE(unnamed.node(), std::string("conv1"));
        QCOMPARE(unnamed.message(), std::string("node 'conv1': attribute 'axis' is out of range"));

        const Error named = Error("Conv 'conv1': the kernel produced no output 0").atNode("conv1");
        QCOMPARE(named.node(), std::string("conv1"));
        QCOMPARE(named.message(), std::string("Conv 'conv1': the kernel produced no output 0"));

        // The node inside an If body is the one at fault; the If around it does not replace it.
        const Error nested = Error("bad attribute").atNode("inner").atNode("outer_if");
        QCOMPARE(nested.node(), std::string("inner"));
    }

    void contextGoesAfterThePlace() {
        const Error plain = Error("external data is missing").withContext("tensor 'w'");
        QCOMPARE(plain.message(), std::string("tensor 'w': external data is missing"));

        const Error located(SourceLocation{"cfg.toml", 2, 7}, "ops is a string");
        QCOMPARE(located.withContext("[[rule]]").message(), std::string("cfg.toml:2:7: [[rule]]: ops is a string"));
        QCOMPARE(located.withContext("cfg.toml").message(), located.message()); // no doubled file name

        const Error atNode = Error("bad attribute").atNode("conv1").withContext("model.onnx");
        QCOMPARE(atNode.node(), std::string("conv1"));
        QCOMPARE(atNode.kind(), ErrorKind::InvalidInput);
    }

    void inFilePlacesAnErrorThatHasNoPlace() {
        const Error error = Error("the file is empty, expected an ONNX model", ErrorKind::Failed).inFile("m.onnx");
        QVERIFY(error.location());
        QCOMPARE(error.location()->file, std::string("m.onnx"));
        QCOMPARE(error.location()->line, 0);
        QCOMPARE(error.message(), std::string("m.onnx: the file is empty, expected an ONNX model"));
        QCOMPARE(error.kind(), ErrorKind::Failed);
        QCOMPARE(error.inFile("m.onnx").message(), error.message());

        // A place in another file stays; the outer file becomes context.
        const Error inner(SourceLocation{"weights.toml", 1, 2}, "bad value");
        const Error outer = inner.inFile("m.onnx");
        QCOMPARE(outer.location()->file, std::string("weights.toml"));
        QCOMPARE(outer.message(), std::string("weights.toml:1:2: m.onnx: bad value"));
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"

// placeholder, filled in below
#include <QTest>
class TestHostNn : public QObject {
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestHostNn)
#include "tst_host_nn.moc"

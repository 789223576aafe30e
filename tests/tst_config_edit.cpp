// Text edits of partition configs (engine/config/config_edit.h): appended rules parse,
// win over earlier rules, and leave the hand-written text untouched.
#include "config/config_edit.h"
#include "config/partition_config.h"

#include <QTest>

using namespace fusebox;

class TstConfigEdit : public QObject {
    Q_OBJECT

private slots:
    void appendKeepsTextAndComments() {
        const std::string original = "# keep me\n[partition]\ntargets = [\"xnnpack\"] # inline\n";
        const std::string edited = appendRules(original, {deviceRuleForNodes({"conv_1"}, "host")});
        QVERIFY(edited.starts_with(original));
        QCOMPARE(QString::fromStdString(edited.substr(original.size())),
                 QStringLiteral("\n[[rule]]\nnodes = [\"conv_1\"]\ndevice = \"host\"\n"));
    }

    void appendedRuleParsesAtItsLine() {
        const std::string original = "[partition]\ntargets = [\"xnnpack\"]\n\n[[rule]]\nops = [\"Conv\"]\ndevice = \"onednn\"";
        const std::string edited = appendRules(original, {deviceRuleForNodes({"a", "b"}, "xnnpack")});
        auto config = parsePartitionConfig(edited, "cfg.toml");
        QVERIFY2(config.ok(), config.ok() ? "" : config.error().message().c_str());
        QCOMPARE(config->rules.size(), std::size_t(2));
        const Rule& rule = config->rules.back();
        QCOMPARE(rule.nodes, (std::vector<std::string>{"a", "b"}));
        QCOMPARE(rule.device, std::string("xnnpack"));
        QCOMPARE(rule.where.line, 8); // a blank line after the unterminated last line, then the header
    }

    void appendToEmptyText() {
        const std::string edited = appendRules("", {groupRuleForNodes({"x"}, "group_1")});
        QCOMPARE(QString::fromStdString(edited), QStringLiteral("[[rule]]\nnodes = [\"x\"]\ngroup = \"group_1\"\n"));
        QVERIFY(parsePartitionConfig(edited, "cfg.toml").ok());
    }

    void nodeNamesAreExactNotGlobs() {
        const Rule rule = deviceRuleForNodes({"conv*1", "a?b", "x[0]"}, "host");
        QCOMPARE(rule.nodes, (std::vector<std::string>{"conv[*]1", "a[?]b", "x[[]0]"}));
        QVERIFY(globMatch(rule.nodes[0], "conv*1"));
        QVERIFY(!globMatch(rule.nodes[0], "conv_21"));
        QVERIFY(globMatch(rule.nodes[2], "x[0]"));
    }

    void namesNeedingEscapesSurviveToml() {
        const std::string edited = appendRules("", {deviceRuleForNodes({"say \"hi\"\\"}, "host")});
        auto config = parsePartitionConfig(edited, "cfg.toml");
        QVERIFY(config.ok());
        QCOMPARE(config->rules.front().nodes.front(), std::string("say \"hi\"\\"));
    }

    void unusedGroupNameSkipsTaken() {
        auto config = parsePartitionConfig("[[rule]]\nnodes = [\"a\"]\ngroup = \"group_1\"\n", "cfg.toml");
        QVERIFY(config.ok());
        QCOMPARE(unusedGroupName(*config), std::string("group_2"));
        QCOMPARE(unusedGroupName(PartitionConfig{}), std::string("group_1"));
    }
};

QTEST_GUILESS_MAIN(TstConfigEdit)
#include "tst_config_edit.moc"

// The graph IR: links, naming, order, removal, shapes and constant data.
#include "ir/graph.h"

#include <QTest>

using namespace fusebox;

class TestIr : public QObject {
    Q_OBJECT

private:
    // x -> A -> a -> B -> b ; a -> C -> c ; (b, c) -> D -> d
    struct Diamond {
        Graph graph;
        NodeId a = 0, b = 0, c = 0, d = 0;
    };
    static Diamond diamond() {
        Diamond g;
        const ValueId x = g.graph.addValue("x", ElementType::Float32, Shape::of({1, 4}));
        g.graph.addInput(x);
        const ValueId va = g.graph.addValue("a"), vb = g.graph.addValue("b"), vc = g.graph.addValue("c"),
                      vd = g.graph.addValue("d");
        g.a = g.graph.addNode({"Relu", "", "A", {x}, {va}, {}});
        g.b = g.graph.addNode({"Sigmoid", "", "", {va}, {vb}, {}});
        g.c = g.graph.addNode({"Tanh", "", "", {va}, {vc}, {}});
        g.d = g.graph.addNode({"Add", "", "D", {vb, vc}, {vd}, {}});
        g.graph.addOutput(vd);
        return g;
    }

private slots:
    void producersAndConsumersAreLinked() {
        Diamond g = diamond();
        const Value& a = g.graph.value(*g.graph.findValue("a"));
        QCOMPARE(a.producer, g.a);
        QCOMPARE(a.consumers, (std::vector<NodeId>{g.b, g.c}));
        QCOMPARE(g.graph.value(*g.graph.findValue("x")).producer, kNoNode);
        QCOMPARE(g.graph.nodeCount(), std::size_t(4));
    }

    void unnamedNodesTakeTheirFirstOutputName() {
        Diamond g = diamond();
        QCOMPARE(g.graph.node(g.b).name, std::string("b"));
        QCOMPARE(g.graph.node(g.c).name, std::string("c"));
        QCOMPARE(*g.graph.findNode("D"), g.d);
    }

    void derivedNamesSurviveEditsElsewhere() {
        Diamond g = diamond();
        g.graph.removeNode(g.b);
        QCOMPARE(g.graph.node(g.c).name, std::string("c"));
        QVERIFY(!g.graph.findNode("b"));
        QCOMPARE(g.graph.nodeCount(), std::size_t(3));
    }

    void duplicateNamesAreMadeUnique() {
        Graph graph;
        const ValueId x = graph.addValue("x"), y = graph.addValue("y"), z = graph.addValue("z");
        const NodeId first = graph.addNode({"Relu", "", "conv", {x}, {y}, {}});
        const NodeId second = graph.addNode({"Relu", "", "conv", {y}, {z}, {}});
        QCOMPARE(graph.node(first).name, std::string("conv"));
        QCOMPARE(graph.node(second).name, std::string("conv_2"));
    }

    void reservedNamesAreNotTakenByDerivedNames() {
        // An unnamed node whose output is called "late" must not steal the name of the
        // explicitly named node "late" that comes after it in the file.
        Graph graph;
        graph.reserveNodeName("late");
        const ValueId x = graph.addValue("x"), late = graph.addValue("late"), y = graph.addValue("y");
        const NodeId unnamed = graph.addNode({"Relu", "", "", {x}, {late}, {}});
        const NodeId named = graph.addNode({"Relu", "", "late", {late}, {y}, {}});
        QCOMPARE(graph.node(named).name, std::string("late"));
        QCOMPARE(graph.node(unnamed).name, std::string("late_2"));
    }

    void topologicalOrderPutsProducersFirstDeterministically() {
        // Added in reverse: D's producers come later in id order.
        Graph graph;
        const ValueId x = graph.addValue("x"), a = graph.addValue("a"), b = graph.addValue("b"), c = graph.addValue("c");
        const NodeId last = graph.addNode({"Add", "", "last", {a, b}, {c}, {}});
        const NodeId second = graph.addNode({"Relu", "", "second", {a}, {b}, {}});
        const NodeId first = graph.addNode({"Relu", "", "first", {x}, {a}, {}});
        auto order = graph.topologicalOrder();
        QVERIFY(order.ok());
        QCOMPARE(*order, (std::vector<NodeId>{first, second, last}));
    }

    void cycleIsAnError() {
        Graph graph;
        const ValueId a = graph.addValue("a"), b = graph.addValue("b");
        graph.addNode({"Relu", "", "one", {b}, {a}, {}});
        graph.addNode({"Relu", "", "two", {a}, {b}, {}});
        auto order = graph.topologicalOrder();
        QVERIFY(!order.ok());
        QVERIFY(order.error().message().find("cycle") != std::string::npos);
    }

    void removeNodeUnlinksEverySlot() {
        Graph graph;
        const ValueId x = graph.addValue("x"), y = graph.addValue("y");
        const NodeId square = graph.addNode({"Mul", "", "", {x, x}, {y}, {}});
        QCOMPARE(graph.value(x).consumers.size(), std::size_t(2));
        graph.removeNode(square);
        QVERIFY(graph.value(x).consumers.empty());
        QCOMPARE(graph.value(y).producer, kNoNode);
        QVERIFY(!graph.hasNode(square));
    }

    void replaceAllUsesRedirectsConsumersAndOutputs() {
        Diamond g = diamond();
        const ValueId x = *g.graph.findValue("x"), a = *g.graph.findValue("a"), d = *g.graph.findValue("d");
        g.graph.replaceAllUses(a, x);
        QCOMPARE(g.graph.node(g.b).inputs[0], x);
        QCOMPARE(g.graph.node(g.c).inputs[0], x);
        QCOMPARE(g.graph.value(x).consumers.size(), std::size_t(3));
        g.graph.replaceAllUses(d, x);
        QCOMPARE(g.graph.outputs()[0], x);
    }

    void shapesDescribeStaticSymbolicAndUnknownDims() {
        const Shape image = Shape::of({1, 3, 224, 224});
        QVERIFY(image.isStatic());
        QCOMPARE(*image.elementCount(), int64_t(150528));
        QCOMPARE(image.toString(), std::string("1x3x224x224"));
        const Shape batch({Dim::symbolic("N"), Dim::fixed(8), Dim()});
        QVERIFY(!batch.isStatic());
        QVERIFY(!batch.elementCount());
        QCOMPARE(batch.toString(), std::string("Nx8x?"));
        QCOMPARE(Shape().toString(), std::string("?"));
        QCOMPARE(Shape(std::vector<Dim>{}).toString(), std::string("[]"));
        QCOMPARE(*Shape(std::vector<Dim>{}).elementCount(), int64_t(1));
    }

    void tensorDataKeepsItsOwnerAlive() {
        auto buffer = std::make_shared<std::vector<float>>(std::vector<float>{1.5f, -2.0f, 3.25f});
        std::span<const std::byte> view = std::as_bytes(std::span(*buffer));
        const std::byte* address = view.data();
        TensorData data(ElementType::Float32, {3}, view, buffer);
        buffer.reset(); // only the TensorData holds it now
        QCOMPARE(data.bytes().data(), address); // a view, not a copy
        QCOMPARE(data.values<float>(), (std::vector<float>{1.5f, -2.0f, 3.25f}));
        QCOMPARE(data.elementCount(), int64_t(3));
    }

    void elementTypeNamesRoundTrip() {
        for (int i = 0; i <= 16; ++i) {
            const auto type = static_cast<ElementType>(i);
            QCOMPARE(elementTypeFromName(elementTypeName(type)), std::optional<ElementType>(type));
        }
        QCOMPARE(elementSize(ElementType::Float32), std::size_t(4));
        QCOMPARE(elementSize(ElementType::BFloat16), std::size_t(2));
        QVERIFY(!elementTypeFromOnnx(99));
    }

    void attributesAreTypedAndOrdered() {
        Attributes attributes;
        attributes.set("kernel_shape", std::vector<int64_t>{3, 3});
        attributes.set("group", int64_t(4));
        attributes.set("group", int64_t(8)); // replaces, keeps position
        QCOMPARE(attributes.size(), std::size_t(2));
        QCOMPARE(attributes.all()[1].name, std::string("group"));
        QCOMPARE(attributes.getInt("group", 1), int64_t(8));
        QCOMPARE(attributes.getInt("missing", 1), int64_t(1));
        QVERIFY(!attributes.get<float>("group")); // wrong type is absent, not converted
        QCOMPARE(attributeToString(*attributes.find("kernel_shape")), std::string("[3, 3]"));
    }
};

QTEST_GUILESS_MAIN(TestIr)
#include "tst_ir.moc"

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Exports</name>
    <message>
        <source>%1: cannot write the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusebox partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the SVG file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::CompareView</name>
    <message>
        <source>median ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3 ms&lt;/td&gt;&lt;td align=right&gt;%4 ms&lt;/td&gt;&lt;td align=right&gt;%5 ms&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;th align=left&gt;run&lt;/th&gt;&lt;th align=left&gt;devices&lt;/th&gt;&lt;th&gt;end to end (median)&lt;/th&gt;&lt;th&gt;per-layer sum&lt;/th&gt;&lt;th&gt;difference&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per subgraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per op type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::ConfigEditor</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::DeviceTotalsModel</name>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Est. ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::GraphLayouter</name>
    <message>
        <source>Graphviz could not lay out the graph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::GraphScene</name>
    <message>
        <source>subgraph %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusebox::studio::HeatLegend</name>
    <message>
        <source>%1× faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1× slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::HeatMap</name>
    <message>
        <source>%1 sg %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
%1 µs, %2% of the per-layer sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
%1 GFLOP/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cos %2, max abs %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
ratio %1×</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::LayerReportModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLOPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GFLOP/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::LayerReportView</name>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Run %1&lt;/b&gt; (%2) of %3 on %4&lt;br&gt;Latency %5 ms end to end (median), %6 ms per-layer sum (%7 ms between layers)&lt;br&gt;Nodes %8 in %n subgraph(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Run %1&lt;/b&gt; (%2) of %3 on %4&lt;br&gt;Latency %5 ms end to end (median), %6 ms per-layer sum (%7 ms between layers)&lt;br&gt;Nodes %8 in %n subgraph</numerusform>
            <numerusform>&lt;b&gt;Run %1&lt;/b&gt; (%2) of %3 on %4&lt;br&gt;Latency %5 ms end to end (median), %6 ms per-layer sum (%7 ms between layers)&lt;br&gt;Nodes %8 in %n subgraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;%n layout conversion(s) at subgraph boundaries</source>
        <translation>
            <numerusform>&lt;br&gt;%n layout conversion at subgraph boundaries</numerusform>
            <numerusform>&lt;br&gt;%n layout conversions at subgraph boundaries</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;Peak memory %1 KiB of intermediate tensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Note: %1: no shapes, FLOPs or bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Layer Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::MainWindow</name>
    <message>
        <source>Partitioning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Config &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Paddle Lite Config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan as DOT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz DOT (*.dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Selection on &amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;used Subgraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Default Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when the studio starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find node, op or tensor (regex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes: %2 subgraphs, %3 on host, estimated %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Match %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep on Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group into One Subgraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run %n node(s) on %1</source>
        <translation>
            <numerusform>Run %n node on %1</numerusform>
            <numerusform>Run %n nodes on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select at least two nodes to group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Group %n node(s)</source>
        <translation>
            <numerusform>Group %n node</numerusform>
            <numerusform>Group %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONNX models (*.onnx);;Partition configs (*.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition configs (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Paddle Lite Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paddle Lite configs (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Fusebox Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the runs did not load in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the runs could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view compare needs --runs with two or more run ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view report and heat need --run ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1 with config &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partition and layout did not finish in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model could not be partitioned; see the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--select: no node named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Layout of %n node(s): %1 ms</source>
        <translation>
            <numerusform>Layout of %n node: %1 ms</numerusform>
            <numerusform>Layout of %n nodes: %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Profile &amp;Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Profile Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspect Selected Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Selected Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heat Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio of Two Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::NodeAlignmentModel</name>
    <message>
        <source>timed with its subgraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fused into its producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folded into a constant before partitioning: no run executes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ratio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::NodeInspector</name>
    <message>
        <source> (constant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (subgraph %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned first to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLOPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (dynamic shape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each device said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why same-device neighbours are in other subgraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Select a node in the graph.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::ProfileViews</name>
    <message>
        <source>A ratio heat map needs two runs: compare them first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::RunsBrowser</name>
    <message>
        <source>Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) and their figures?</source>
        <translation>
            <numerusform>Delete %n run and their figures?</numerusform>
            <numerusform>Delete %n runs and their figures?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in %1</source>
        <translation>
            <numerusform>%n run in %1</numerusform>
            <numerusform>%n runs in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>all models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs of different models cannot be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one run to inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more runs to compare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::RunsModel</name>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cos %1, max abs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timings spread by %1% of the median (max − min): measure again with more iterations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against host run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p90 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::StudioDocument</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::SubgraphTableModel</name>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Est. ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Fusebox Studio: see and edit how a model is partitioned across devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ONNX model to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partition config (TOML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window offscreen to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select this node (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot zoom in percent (default: fit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile database (default: the CLI&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot of: graph (default), compare, heat or report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored run ids for --view, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One stored run id for --view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs exactly one MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view %1: expected graph, compare, heat or report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--runs %1: expected run ids such as 1,2,3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusebox-studio: no display found (DISPLAY and WAYLAND_DISPLAY are not set).
Run it under a virtual display:  xvfb-run -a fusebox-studio MODEL --config CFG
or render a picture:             fusebox-studio --screenshot out.png MODEL --config CFG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot of the fused view (one box per subgraph).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

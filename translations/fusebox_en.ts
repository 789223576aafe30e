<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Exports</name>
    <message>
        <location filename="../views/exports.cpp" line="39"/>
        <source>%1: cannot write the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/exports.cpp" line="48"/>
        <source>Fusebox partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/exports.cpp" line="50"/>
        <source>%1: cannot write the SVG file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::ConfigEditor</name>
    <message>
        <location filename="../views/config_editor.cpp" line="83"/>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::DeviceTotalsModel</name>
    <message>
        <location filename="../views/partition_models.cpp" line="113"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partition_models.cpp" line="149"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partition_models.cpp" line="150"/>
        <source>Subgraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partition_models.cpp" line="151"/>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partition_models.cpp" line="152"/>
        <source>Est. ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::GraphLayouter</name>
    <message>
        <location filename="../views/graph_layout.cpp" line="83"/>
        <source>Graphviz could not lay out the graph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::GraphScene</name>
    <message>
        <location filename="../views/graph_scene.cpp" line="95"/>
        <source>subgraph %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/graph_scene.cpp" line="128"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusebox::studio::MainWindow</name>
    <message>
        <location filename="../app/studio/main_window.cpp" line="91"/>
        <source>Partitioning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="100"/>
        <source>Layout cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="130"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="131"/>
        <source>Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="132"/>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="133"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="141"/>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="144"/>
        <source>Cancel layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="152"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="153"/>
        <source>&amp;Open Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="154"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="156"/>
        <source>&amp;Save Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="157"/>
        <source>Save Config &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="158"/>
        <source>&amp;Import Paddle Lite Config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="159"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="160"/>
        <source>View as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="160"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="161"/>
        <source>View as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="161"/>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="162"/>
        <source>Plan as DOT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="162"/>
        <source>Graphviz DOT (*.dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="163"/>
        <source>Plan as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="163"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="166"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="168"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="169"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="171"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="176"/>
        <source>Keep Selection on &amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="177"/>
        <source>&amp;Group Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="179"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="184"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="185"/>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="187"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="188"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="189"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="190"/>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="191"/>
        <source>Actual &amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="192"/>
        <source>F&amp;used Subgraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="207"/>
        <source>Restore &amp;Default Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="209"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="211"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="218"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="218"/>
        <source>The language changes when the studio starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="222"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="225"/>
        <source>Find node, op or tensor (regex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="234"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="235"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="245"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="286"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="311"/>
        <source>%1 nodes: %2 subgraphs, %3 on host, estimated %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="322"/>
        <source>Config error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="323"/>
        <source>%1:%2:%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="417"/>
        <source>Invalid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/main_window.cpp" line="421"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="431"/>
        <source>Match %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="455"/>
        <source>Run on Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="460"/>
        <source>Keep on Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="461"/>
        <source>Group into One Subgraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/main_window.cpp" line="475"/>
        <source>Run %n node(s) on %1</source>
        <translation>
            <numerusform>Run %n node on %1</numerusform>
            <numerusform>Run %n nodes on %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="483"/>
        <source>Select at least two nodes to group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/main_window.cpp" line="490"/>
        <source>Group %n node(s)</source>
        <translation>
            <numerusform>Group %n node</numerusform>
            <numerusform>Group %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="500"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="505"/>
        <source>Open Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="506"/>
        <source>ONNX models (*.onnx);;Partition configs (*.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="516"/>
        <location filename="../app/studio/main_window.cpp" line="546"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="526"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="530"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="535"/>
        <source>Save Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="535"/>
        <source>Partition configs (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="543"/>
        <source>Import Paddle Lite Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="543"/>
        <source>Paddle Lite configs (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="553"/>
        <location filename="../app/studio/main_window.cpp" line="561"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="560"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="581"/>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="588"/>
        <source>no model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="589"/>
        <source>%1 — Fusebox Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/screenshot.cpp" line="27"/>
        <source>cannot open %1 with config &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/screenshot.cpp" line="29"/>
        <source>partition and layout did not finish in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/screenshot.cpp" line="30"/>
        <source>the model could not be partitioned; see the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/screenshot.cpp" line="38"/>
        <source>--select: no node named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/screenshot.cpp" line="42"/>
        <source>%1: cannot write the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/main_window.cpp" line="341"/>
        <source>Layout of %n node(s): %1 ms</source>
        <translation>
            <numerusform>Layout of %n node: %1 ms</numerusform>
            <numerusform>Layout of %n nodes: %1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusebox::studio::NodeInspector</name>
    <message>
        <location filename="../views/node_inspector.cpp" line="24"/>
        <source> (constant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/node_inspector.cpp" line="46"/>
        <source>Op type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/node_inspector.cpp" line="53"/>
        <source> (subgraph %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/node_inspector.cpp" line="54"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/node_inspector.cpp" line="55"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/node_inspector.cpp" line="57"/>
        <source>Assigned first to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/node_inspector.cpp" line="61"/>
        <source>FLOPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/node_inspector.cpp" line="61"/>
        <source>unknown (dynamic shape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/node_inspector.cpp" line="62"/>
        <source>Bytes in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/node_inspector.cpp" line="67"/>
        <source>What each device said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/node_inspector.cpp" line="74"/>
        <source>Why same-device neighbours are in other subgraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/node_inspector.cpp" line="83"/>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/node_inspector.cpp" line="90"/>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/node_inspector.cpp" line="91"/>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/node_inspector.cpp" line="102"/>
        <source>&lt;p&gt;&lt;i&gt;Select a node in the graph.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::ProfileDock</name>
    <message>
        <location filename="../views/profile_dock.cpp" line="67"/>
        <source>Run %1 (%2): median %3 ms, speed-up %4x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="72"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="73"/>
        <source>%1 skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="85"/>
        <source>Run Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="85"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="87"/>
        <source>all cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="92"/>
        <source>Iteration %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="95"/>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="96"/>
        <source>Warm-up runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="97"/>
        <source>Timed runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="98"/>
        <source>Input seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="104"/>
        <source>Devices (host always runs as the baseline):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="114"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="125"/>
        <source>Profile cancelled: the finished runs are stored, the run being measured stays incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="144"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="175"/>
        <source>no device profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="219"/>
        <source>A profile is running; cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="223"/>
        <source>Open a model and save its config first: a profile stores the config file as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="245"/>
        <source>Run 1 of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="248"/>
        <source>Profiling %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="254"/>
        <source>Profile failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="262"/>
        <source>Profile finished: %1 of %2 runs stored in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="281"/>
        <source>Run %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="301"/>
        <source>Model %1 with %2 (the saved file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="303"/>
        <source>No model with a saved config is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::ProfileFileActions</name>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="39"/>
        <source>Run %1: %2 on %3 (%4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="63"/>
        <source>&amp;Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="64"/>
        <source>Profile &amp;Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="66"/>
        <source>Export Run as &amp;Model Explorer Node Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="68"/>
        <source>Export Run as &amp;Perfetto Trace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="69"/>
        <source>&amp;Import ONNX Runtime Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="73"/>
        <source>Profile Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="74"/>
        <source>Profile databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="78"/>
        <source>Profile database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="85"/>
        <source>No runs stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="86"/>
        <location filename="../views/profile_file_actions.cpp" line="92"/>
        <location filename="../views/profile_file_actions.cpp" line="98"/>
        <location filename="../views/profile_file_actions.cpp" line="102"/>
        <source>Export Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="86"/>
        <source>%1
Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="92"/>
        <source>Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="98"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="105"/>
        <source>Exported run %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="109"/>
        <source>Import ONNX Runtime Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="110"/>
        <source>ONNX Runtime profiles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="116"/>
        <source>Open the model that was profiled first: the profile is stored as a run of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="121"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="126"/>
        <source>Import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="130"/>
        <source>Stored run %1: %2 nodes, %3 inferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="132"/>
        <source>%1 profiled nodes are not in %2 (fused or renamed by ONNX Runtime&apos;s graph optimizations)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::StudioDocument</name>
    <message>
        <location filename="../views/studio_document.cpp" line="81"/>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::SubgraphTableModel</name>
    <message>
        <location filename="../views/partition_models.cpp" line="58"/>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partition_models.cpp" line="87"/>
        <source>Subgraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partition_models.cpp" line="88"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partition_models.cpp" line="89"/>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partition_models.cpp" line="90"/>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partition_models.cpp" line="91"/>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partition_models.cpp" line="92"/>
        <source>Boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partition_models.cpp" line="93"/>
        <source>Est. ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partition_models.cpp" line="94"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="45"/>
        <source>Fusebox Studio: see and edit how a model is partitioned across devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="48"/>
        <source>The ONNX model to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="49"/>
        <source>The partition config (TOML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="51"/>
        <source>Render the main window offscreen to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="53"/>
        <source>Select this node (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="54"/>
        <source>Screenshot zoom in percent (default: fit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="58"/>
        <source>The profile database (default: the one the fusebox CLI uses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="67"/>
        <source>--screenshot needs exactly one MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="74"/>
        <source>fusebox-studio: no display found (DISPLAY and WAYLAND_DISPLAY are not set).
Run it under a virtual display:  xvfb-run -a fusebox-studio MODEL --config CFG
or render a picture:             fusebox-studio --screenshot out.png MODEL --config CFG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="56"/>
        <source>Screenshot of the fused view (one box per subgraph).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

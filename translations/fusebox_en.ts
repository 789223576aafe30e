<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConfigTextCommand</name>
    <message>
        <location filename="../views/config_text_command.cpp" line="21"/>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/config_text_command.cpp" line="22"/>
        <source>Type “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>MainWindow</name>
    <message>
        <location filename="../app/studio/main_window.cpp" line="84"/>
        <source>Unsaved Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="85"/>
        <source>The config has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::ConfigEditor</name>
    <message>
        <location filename="../views/config_editor.cpp" line="114"/>
        <source>No config: every node runs on host. Type rules here, edit the graph, or start from a sample: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/config_editor.cpp" line="137"/>
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
    <name>fusebox::studio::GraphEditController</name>
    <message numerus="yes">
        <location filename="../views/graph_edit_controller.cpp" line="37"/>
        <source>Run %n node(s) on %1</source>
        <translation type="unfinished">
            <numerusform>Run %n node on %1</numerusform>
            <numerusform>Run %n nodes on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/graph_edit_controller.cpp" line="38"/>
        <source>The config already runs %n node(s) on %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/graph_edit_controller.cpp" line="50"/>
        <source>Select at least two nodes to group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/graph_edit_controller.cpp" line="55"/>
        <source>Group %n node(s)</source>
        <translation type="unfinished">
            <numerusform>Group %n node</numerusform>
            <numerusform>Group %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/graph_edit_controller.cpp" line="65"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph_edit_controller.cpp" line="93"/>
        <source>Select nodes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/graph_edit_controller.cpp" line="98"/>
        <source>%1 — accepts all %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/graph_edit_controller.cpp" line="99"/>
        <source>%1 — accepts %2 of %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/graph_edit_controller.cpp" line="110"/>
        <source>Run on Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph_edit_controller.cpp" line="111"/>
        <source>Keep on Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph_edit_controller.cpp" line="112"/>
        <source>Group into One Subgraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/graph_edit_controller.cpp" line="139"/>
        <source>%n node(s) moved to %1 went back to host (min_subgraph_size = %2, max_subgraphs = %3): %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/graph_edit_controller.cpp" line="145"/>
        <source>%1 refuses %n of the moved node(s): %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusebox::studio::GraphLayouter</name>
    <message>
        <location filename="../views/graph_layout.cpp" line="78"/>
        <source>Graphviz could not lay out the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph_layout.cpp" line="137"/>
        <source>Could not start the layout helper %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph_layout.cpp" line="153"/>
        <source>The layout helper %1 failed (exit code %2)</source>
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
    <name>fusebox::studio::JobStatusWidget</name>
    <message>
        <location filename="../views/job_status_widget.cpp" line="30"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/job_status_widget.cpp" line="31"/>
        <source>Cancel %1 (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/job_status_widget.cpp" line="66"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/job_status_widget.cpp" line="67"/>
        <source>%1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::MainWindow</name>
    <message>
        <location filename="../app/studio/main_window.cpp" line="114"/>
        <source>Partitioning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="116"/>
        <source>Layout cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="152"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="153"/>
        <source>Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="154"/>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="155"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="166"/>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="171"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="172"/>
        <source>&amp;Open Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="173"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="175"/>
        <source>&amp;Save Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="176"/>
        <source>Save Config &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="177"/>
        <source>&amp;Import Paddle Lite Config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="178"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="179"/>
        <source>View as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="179"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="180"/>
        <source>View as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="180"/>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="181"/>
        <source>Plan as DOT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="181"/>
        <source>Graphviz DOT (*.dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="182"/>
        <source>Plan as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="182"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="185"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="242"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="243"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="245"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="250"/>
        <source>Run on &amp;Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="252"/>
        <source>Choose &amp;Device for Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="253"/>
        <source>Keep Selection on &amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="255"/>
        <source>&amp;Group Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="257"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="262"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="263"/>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="507"/>
        <source>Select nodes to run on a device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="520"/>
        <source>Use sample %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="613"/>
        <source>%1[*] — Fusebox Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="189"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="150"/>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="156"/>
        <source>Undo History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="190"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="191"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="192"/>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="193"/>
        <source>Actual &amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="194"/>
        <source>F&amp;used Subgraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="209"/>
        <source>Restore &amp;Default Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="211"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="213"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="220"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="220"/>
        <source>The language changes when the studio starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="224"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="227"/>
        <source>Find node, op or tensor (regex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="236"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="237"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="272"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="341"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="360"/>
        <source>%1 nodes: %2 subgraphs, %3 on host, estimated %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="367"/>
        <source>No config: every node runs on host. The Config dock offers the sample configs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="377"/>
        <source>Config error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="375"/>
        <source>%1:%2:%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="469"/>
        <source>Invalid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/main_window.cpp" line="473"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="483"/>
        <source>Match %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="524"/>
        <source>Open Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="525"/>
        <source>ONNX models (*.onnx);;Partition configs (*.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="534"/>
        <location filename="../app/studio/main_window.cpp" line="570"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="550"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="554"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="559"/>
        <source>Save Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="559"/>
        <source>Partition configs (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="567"/>
        <source>Import Paddle Lite Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="567"/>
        <source>Paddle Lite configs (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="577"/>
        <location filename="../app/studio/main_window.cpp" line="585"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="584"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="605"/>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="612"/>
        <source>no model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/screenshot.cpp" line="40"/>
        <source>partition and layout did not finish in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/screenshot.cpp" line="49"/>
        <source>--select: no node named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/screenshot.cpp" line="53"/>
        <source>%1: cannot write the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/main_window.cpp" line="393"/>
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
        <location filename="../views/studio_document.cpp" line="83"/>
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
        <location filename="../app/studio/main.cpp" line="75"/>
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

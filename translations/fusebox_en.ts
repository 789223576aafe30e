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
        <location filename="../app/studio/main_window.cpp" line="72"/>
        <source>Unsaved Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="73"/>
        <source>The config has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::CompareView</name>
    <message>
        <location filename="../views/compare_view.cpp" line="53"/>
        <source>median ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/compare_view.cpp" line="142"/>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3 ms&lt;/td&gt;&lt;td align=right&gt;%4 ms&lt;/td&gt;&lt;td align=right&gt;%5 ms&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/compare_view.cpp" line="149"/>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;th align=left&gt;run&lt;/th&gt;&lt;th align=left&gt;devices&lt;/th&gt;&lt;th&gt;end to end (median)&lt;/th&gt;&lt;th&gt;per-layer sum&lt;/th&gt;&lt;th&gt;difference&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/compare_view.cpp" line="154"/>
        <source>Time per subgraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/compare_view.cpp" line="155"/>
        <source>Time per op type</source>
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
        <location filename="../views/graph_layout.cpp" line="79"/>
        <source>Graphviz could not lay out the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph_layout.cpp" line="138"/>
        <source>Could not start the layout helper %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph_layout.cpp" line="154"/>
        <source>The layout helper %1 failed (exit code %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::GraphPicture</name>
    <message>
        <location filename="../views/graph_picture.cpp" line="26"/>
        <source>%L1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph_picture.cpp" line="105"/>
        <source>subgraph %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph_picture.cpp" line="180"/>
        <location filename="../views/graph_picture.cpp" line="188"/>
        <source>host nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph_picture.cpp" line="181"/>
        <source>subgraph %1 and host nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph_picture.cpp" line="182"/>
        <source>subgraphs %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph_picture.cpp" line="198"/>
        <source>host · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::HeatLegend</name>
    <message>
        <location filename="../views/heat_legend.cpp" line="42"/>
        <source>%1× faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/heat_legend.cpp" line="48"/>
        <source>%1× slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/heat_legend.cpp" line="73"/>
        <source>equal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::HeatMap</name>
    <message>
        <location filename="../views/heat_map.cpp" line="17"/>
        <source>%1 sg %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/heat_map.cpp" line="21"/>
        <source>%1 (%2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/heat_map.cpp" line="22"/>
        <source>
%1 µs, %2% of the per-layer sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/heat_map.cpp" line="24"/>
        <source>
%1 GFLOP/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/heat_map.cpp" line="42"/>
        <source>%1: cos %2, max abs %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/heat_map.cpp" line="65"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/heat_map.cpp" line="65"/>
        <source>%1 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/heat_map.cpp" line="66"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/heat_map.cpp" line="67"/>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/heat_map.cpp" line="75"/>
        <source>Share of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/heat_map.cpp" line="75"/>
        <source>Time of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/heat_map.cpp" line="94"/>
        <source>Time of %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/heat_map.cpp" line="105"/>
        <source>
ratio %1×</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::JobRunner</name>
    <message>
        <location filename="../views/background_job.cpp" line="78"/>
        <source>out of memory: the model&apos;s tensors or a library&apos;s buffers need more than this machine gives</source>
        <translation type="unfinished"></translation>
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
    <name>fusebox::studio::LayerReportModel</name>
    <message>
        <location filename="../views/layer_report_model.cpp" line="73"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/layer_report_model.cpp" line="74"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/layer_report_model.cpp" line="75"/>
        <source>Op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/layer_report_model.cpp" line="76"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/layer_report_model.cpp" line="77"/>
        <source>Subgraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/layer_report_model.cpp" line="78"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/layer_report_model.cpp" line="79"/>
        <source>Input shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/layer_report_model.cpp" line="80"/>
        <source>Output shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/layer_report_model.cpp" line="81"/>
        <source>Time µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/layer_report_model.cpp" line="82"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/layer_report_model.cpp" line="83"/>
        <source>FLOPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/layer_report_model.cpp" line="84"/>
        <source>GFLOP/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/layer_report_model.cpp" line="85"/>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/layer_report_model.cpp" line="86"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::LayerReportView</name>
    <message>
        <location filename="../views/layer_report_view.cpp" line="26"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/layer_report_view.cpp" line="41"/>
        <source>&lt;b&gt;Run %1&lt;/b&gt; (%2) of %3 on %4&lt;br&gt;Latency %5 ms end to end (median), %6 ms per-layer sum (%7 ms between layers)&lt;br&gt;Nodes %8 in %n subgraph(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/layer_report_view.cpp" line="52"/>
        <source>&lt;br&gt;%n layout conversion(s) at subgraph boundaries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/layer_report_view.cpp" line="53"/>
        <source>&lt;br&gt;Peak memory %1 KiB of intermediate tensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/layer_report_view.cpp" line="56"/>
        <source>&lt;br&gt;Note: %1: no shapes, FLOPs or bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/layer_report_view.cpp" line="71"/>
        <source>Export Layer Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/layer_report_view.cpp" line="71"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/layer_report_view.cpp" line="73"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::MainWindow</name>
    <message>
        <location filename="../app/studio/main_window.cpp" line="103"/>
        <source>Partitioning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="105"/>
        <source>Layout cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="106"/>
        <source>Layout failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="141"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="142"/>
        <source>Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="143"/>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="144"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="155"/>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="160"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="161"/>
        <source>&amp;Open Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="162"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="164"/>
        <source>&amp;Save Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="165"/>
        <source>Save Config &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="166"/>
        <source>&amp;Import Paddle Lite Config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="167"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="168"/>
        <source>View as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="168"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="169"/>
        <source>View as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="169"/>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="170"/>
        <source>Plan as DOT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="170"/>
        <source>Graphviz DOT (*.dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="171"/>
        <source>Plan as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="171"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="174"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="184"/>
        <source>O&amp;verview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="241"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="242"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="244"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="249"/>
        <source>Run on &amp;Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="251"/>
        <source>Choose &amp;Device for Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="252"/>
        <source>Keep Selection on &amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="254"/>
        <source>&amp;Group Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="256"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="261"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="262"/>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="504"/>
        <source>Select nodes to run on a device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_files.cpp" line="36"/>
        <source>Use sample %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="513"/>
        <source>%1[*] — Fusebox Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="178"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="139"/>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="145"/>
        <source>Undo History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="179"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="180"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="181"/>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="182"/>
        <source>Actual &amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="192"/>
        <source>F&amp;used Subgraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="208"/>
        <source>Restore &amp;Default Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="210"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="212"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="219"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="219"/>
        <source>The language changes when the studio starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="223"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="226"/>
        <source>Find node, op or tensor (regex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="235"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="236"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="43"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="51"/>
        <source>Tune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="67"/>
        <source>Reading the runs failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="69"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="70"/>
        <source>Layer Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="71"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="72"/>
        <source>Profile Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="93"/>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="94"/>
        <source>&amp;Reload Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="95"/>
        <source>&amp;Inspect Selected Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="96"/>
        <source>&amp;Compare Selected Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="103"/>
        <source>&amp;Tune Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="107"/>
        <source>Find &amp;Accuracy Culprit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="112"/>
        <source>&amp;Heat Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="114"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="115"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="116"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="117"/>
        <source>Ratio of Two Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="327"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="349"/>
        <source>%1 nodes: %2 subgraphs, %3 on host, estimated %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="361"/>
        <source>No config: every node runs on host. The Config dock offers the sample configs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="371"/>
        <source>Config error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="369"/>
        <source>%1:%2:%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="463"/>
        <source>Invalid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/main_window.cpp" line="467"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="480"/>
        <source>Match %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_files.cpp" line="40"/>
        <source>Open Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_files.cpp" line="41"/>
        <source>ONNX models (*.onnx);;Partition configs (*.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_files.cpp" line="50"/>
        <location filename="../app/studio/main_window_files.cpp" line="86"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_files.cpp" line="66"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_files.cpp" line="70"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_files.cpp" line="75"/>
        <source>Save Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_files.cpp" line="75"/>
        <source>Partition configs (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_files.cpp" line="83"/>
        <source>Import Paddle Lite Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_files.cpp" line="83"/>
        <source>Paddle Lite configs (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_files.cpp" line="93"/>
        <location filename="../app/studio/main_window_files.cpp" line="101"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_files.cpp" line="100"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_files.cpp" line="121"/>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="512"/>
        <source>no model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/screenshot.cpp" line="29"/>
        <source>partition and layout did not finish in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/screenshot.cpp" line="38"/>
        <source>--select: no node named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/screenshot.cpp" line="53"/>
        <source>%1: cannot write the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/screenshot.cpp" line="65"/>
        <source>the runs did not load in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/screenshot.cpp" line="66"/>
        <source>the runs could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/screenshot.cpp" line="74"/>
        <source>--view compare needs --runs with two or more run ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/screenshot.cpp" line="75"/>
        <source>--view report and heat need --run ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/main_window.cpp" line="387"/>
        <source>Layout of %n node(s): %1 ms</source>
        <translation>
            <numerusform>Layout of %n node: %1 ms</numerusform>
            <numerusform>Layout of %n nodes: %1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusebox::studio::MeasurementGate</name>
    <message>
        <location filename="../views/measurement_gate.cpp" line="7"/>
        <source>Waiting for %1 to end: two measurements at once would slow each other down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/measurement_gate.cpp" line="17"/>
        <source>Waiting for %1 to end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::NodeAlignmentModel</name>
    <message>
        <location filename="../views/node_alignment_model.cpp" line="10"/>
        <source>timed with its subgraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/node_alignment_model.cpp" line="11"/>
        <source>fused into its producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/node_alignment_model.cpp" line="12"/>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/node_alignment_model.cpp" line="35"/>
        <source>Folded into a constant before partitioning: no run executes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/node_alignment_model.cpp" line="36"/>
        <source>Not in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/node_alignment_model.cpp" line="54"/>
        <source>folded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/node_alignment_model.cpp" line="55"/>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/node_alignment_model.cpp" line="72"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/node_alignment_model.cpp" line="73"/>
        <source>Op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/node_alignment_model.cpp" line="78"/>
        <source>%1 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/node_alignment_model.cpp" line="79"/>
        <source>%1 share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/node_alignment_model.cpp" line="80"/>
        <source>%1 ratio</source>
        <translation type="unfinished"></translation>
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
        <location filename="../views/profile_dock.cpp" line="68"/>
        <source>Run %1 (%2): median %3 ms, speed-up %4x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="73"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="74"/>
        <source>%1 skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="86"/>
        <source>Run Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="86"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="88"/>
        <source>all cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="93"/>
        <source>Iteration %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="96"/>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="97"/>
        <source>Warm-up runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="98"/>
        <source>Timed runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="99"/>
        <source>Input seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="105"/>
        <source>Devices (host always runs as the baseline):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="115"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="126"/>
        <source>Profile cancelled: the finished runs are stored, the run being measured stays incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="146"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="177"/>
        <source>no device profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="221"/>
        <source>A profile is running; cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="225"/>
        <source>Open a model and save its config first: a profile stores the config file as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="228"/>
        <source>a profile run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="252"/>
        <source>Run 1 of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="255"/>
        <source>Profiling %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="128"/>
        <location filename="../views/profile_dock.cpp" line="261"/>
        <source>Profile failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="269"/>
        <source>Profile finished: %1 of %2 runs stored in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="288"/>
        <source>Run %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="317"/>
        <source>Model %1 with %2 (the saved file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="319"/>
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
        <location filename="../views/profile_file_actions.cpp" line="65"/>
        <source>&amp;Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="66"/>
        <source>Profile &amp;Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="68"/>
        <source>Export Run as &amp;Model Explorer Node Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="70"/>
        <source>Export Run as &amp;Perfetto Trace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="71"/>
        <source>&amp;Import ONNX Runtime Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="75"/>
        <source>Profile Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="76"/>
        <source>Profile databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="80"/>
        <source>Profile database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="87"/>
        <source>No runs stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="88"/>
        <location filename="../views/profile_file_actions.cpp" line="94"/>
        <location filename="../views/profile_file_actions.cpp" line="100"/>
        <location filename="../views/profile_file_actions.cpp" line="104"/>
        <source>Export Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="88"/>
        <source>%1
Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="94"/>
        <source>Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="100"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="107"/>
        <source>Exported run %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="111"/>
        <source>Import ONNX Runtime Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="112"/>
        <source>ONNX Runtime profiles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="118"/>
        <source>Open the model that was profiled first: the profile is stored as a run of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="123"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="61"/>
        <location filename="../views/profile_file_actions.cpp" line="128"/>
        <source>Import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="132"/>
        <source>Stored run %1: %2 nodes, %3 inferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="134"/>
        <source>%1 profiled nodes are not in %2 (fused or renamed by ONNX Runtime&apos;s graph optimizations)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::ProfileViews</name>
    <message>
        <location filename="../views/profile_views.cpp" line="65"/>
        <source>A ratio heat map needs two runs: compare them first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::RunsBrowser</name>
    <message>
        <location filename="../views/runs_browser.cpp" line="28"/>
        <source>Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="29"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="29"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="40"/>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="41"/>
        <source>config hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="42"/>
        <source>job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="45"/>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="47"/>
        <source>any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="48"/>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="49"/>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="50"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="58"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="89"/>
        <source>Delete Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/runs_browser.cpp" line="89"/>
        <source>Delete %n run(s) and their figures?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/runs_browser.cpp" line="122"/>
        <source>%n run(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="132"/>
        <source>all models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="162"/>
        <source>Runs of different models cannot be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="173"/>
        <source>Select one run to inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="184"/>
        <source>Select two or more runs to compare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::RunsModel</name>
    <message>
        <location filename="../views/runs_model.cpp" line="16"/>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="17"/>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="18"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="34"/>
        <source>not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="35"/>
        <source>Unstable timings: p90/median %1, cv %2 (min %3 ms, max %4 ms). The machine was busy while this run was measured; measure it again (docs/benchmarks.md, Getting stable figures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="76"/>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="79"/>
        <source>cos %1, max abs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="95"/>
        <source>against host run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="138"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="139"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="140"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="141"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="142"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="143"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="144"/>
        <source>Started (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="145"/>
        <source>Median ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="146"/>
        <source>p90 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="147"/>
        <source>Speed-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="148"/>
        <source>Worst accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="149"/>
        <source>Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="150"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::StudioDocument</name>
    <message>
        <location filename="../views/studio_document.cpp" line="84"/>
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
    <name>fusebox::studio::TuneJob</name>
    <message>
        <location filename="../views/tune_job.cpp" line="74"/>
        <source>Cancelled: the runs measured so far are stored under “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/tune_job.cpp" line="75"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/tune_job.cpp" line="84"/>
        <source>A search is running; cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/tune_job.cpp" line="88"/>
        <source>Open a model and wait for its partition first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/tune_job.cpp" line="132"/>
        <source>Tuning failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/tune_job.cpp" line="138"/>
        <source>Bisection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tune_job.cpp" line="172"/>
        <source>%n candidate(s) measured; stopped: %1.</source>
        <translation>
            <numerusform>%n candidate measured; stopped: %1.</numerusform>
            <numerusform>%n candidates measured; stopped: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/tune_job.cpp" line="174"/>
        <source>No candidate keeps %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/tune_job.cpp" line="180"/>
        <source>Best: %1, median %2 ms. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/tune_job.cpp" line="183"/>
        <source>Best: %1, median %2 ms, %3x over the config as written (%4 ms). %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tune_job.cpp" line="192"/>
        <source>The config misses %1 (%2). %n culprit node(s) found; with them on host: %3. %4 probes measured.</source>
        <translation>
            <numerusform>The config misses %1 (%2). %n culprit node found; with it on host: %3. %4 probes measured.</numerusform>
            <numerusform>The config misses %1 (%2). %n culprit nodes found; with them on host: %3. %4 probes measured.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tune_job.cpp" line="196"/>
        <source>The config misses %1 (%2). %n culprit node(s) found. %3 probes measured.</source>
        <translation>
            <numerusform>The config misses %1 (%2). %n culprit node found. %3 probes measured.</numerusform>
            <numerusform>The config misses %1 (%2). %n culprit nodes found. %3 probes measured.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/tune_job.cpp" line="190"/>
        <source>The config keeps %1 (%2): nothing to bisect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusebox::studio::TunePanel</name>
    <message>
        <location filename="../views/tune_panel.cpp" line="40"/>
        <source>Tune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="41"/>
        <source>Find Accuracy Culprit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="41"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="43"/>
        <source>Apply Best Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="43"/>
        <source>Apply Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="51"/>
        <source>Culprit nodes: their move to host restores the bound. Activate one to select it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="54"/>
        <source>Lowest cosine against host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="55"/>
        <source>Budget (runs, tuning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="56"/>
        <source>Warm-up runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="57"/>
        <source>Timed runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="118"/>
        <source>a tuning job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="119"/>
        <source>Tuning (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="124"/>
        <source>an accuracy bisection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="125"/>
        <source>Bisecting (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="139"/>
        <source>%v of %m runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="159"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="159"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="160"/>
        <source>Runs stored under “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="170"/>
        <source>Apply tuned config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="172"/>
        <source>Run accuracy culprits on host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="178"/>
        <source>The search measured %1; open it again to apply its result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="52"/>
        <source>Fusebox Studio: see and edit how a model is partitioned across devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="55"/>
        <source>The ONNX model to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="56"/>
        <source>The partition config (TOML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="58"/>
        <source>Render the main window offscreen to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="60"/>
        <source>Select this node (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="61"/>
        <source>Screenshot zoom in percent (default: fit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="64"/>
        <source>The profile database (default: the one the fusebox CLI uses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="67"/>
        <source>Screenshot of: graph (default), compare, heat or report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="69"/>
        <source>Stored run ids for --view, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="71"/>
        <source>One stored run id for --view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="79"/>
        <source>--screenshot needs exactly one MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="85"/>
        <source>--view %1: expected graph, compare, heat or report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="90"/>
        <source>--runs %1: expected run ids such as 1,2,3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="96"/>
        <source>fusebox-studio: no display found (DISPLAY and WAYLAND_DISPLAY are not set).
Run it under a virtual display:  xvfb-run -a fusebox-studio MODEL --config CFG
or render a picture:             fusebox-studio --screenshot out.png MODEL --config CFG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="63"/>
        <source>Screenshot of the fused view (one box per subgraph).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

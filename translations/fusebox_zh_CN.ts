<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConfigTextCommand</name>
    <message>
        <location filename="../views/config_text_command.cpp" line="21"/>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location filename="../views/config_text_command.cpp" line="22"/>
        <source>Type “%1”</source>
        <translation>输入“%1”</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../views/exports.cpp" line="39"/>
        <source>%1: cannot write the image</source>
        <translation>%1：无法写入图像</translation>
    </message>
    <message>
        <location filename="../views/exports.cpp" line="48"/>
        <source>Fusebox partition</source>
        <translation>Fusebox 划分</translation>
    </message>
    <message>
        <location filename="../views/exports.cpp" line="50"/>
        <source>%1: cannot write the SVG file</source>
        <translation>%1：无法写入 SVG 文件</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/studio/main_window.cpp" line="72"/>
        <source>Unsaved Config</source>
        <translation>配置未保存</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="73"/>
        <source>The config has changes that are not saved. Save them?</source>
        <translation>配置有未保存的更改。是否保存？</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::CompareView</name>
    <message>
        <location filename="../views/compare_view.cpp" line="53"/>
        <source>median ms</source>
        <translation>中位数 ms</translation>
    </message>
    <message>
        <location filename="../views/compare_view.cpp" line="142"/>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3 ms&lt;/td&gt;&lt;td align=right&gt;%4 ms&lt;/td&gt;&lt;td align=right&gt;%5 ms&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3 ms&lt;/td&gt;&lt;td align=right&gt;%4 ms&lt;/td&gt;&lt;td align=right&gt;%5 ms&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../views/compare_view.cpp" line="149"/>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;th align=left&gt;run&lt;/th&gt;&lt;th align=left&gt;devices&lt;/th&gt;&lt;th&gt;end to end (median)&lt;/th&gt;&lt;th&gt;per-layer sum&lt;/th&gt;&lt;th&gt;difference&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;th align=left&gt;运行&lt;/th&gt;&lt;th align=left&gt;设备&lt;/th&gt;&lt;th&gt;端到端（中位数）&lt;/th&gt;&lt;th&gt;逐层总和&lt;/th&gt;&lt;th&gt;差值&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../views/compare_view.cpp" line="154"/>
        <source>Time per subgraph</source>
        <translation>各子图耗时</translation>
    </message>
    <message>
        <location filename="../views/compare_view.cpp" line="155"/>
        <source>Time per op type</source>
        <translation>各算子类型耗时</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::ConfigEditor</name>
    <message>
        <location filename="../views/config_editor.cpp" line="114"/>
        <source>No config: every node runs on host. Type rules here, edit the graph, or start from a sample: %1</source>
        <translation>没有配置：所有节点都在主机上运行。可在此输入规则、在图上编辑，或从示例开始：%1</translation>
    </message>
    <message>
        <location filename="../views/config_editor.cpp" line="137"/>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::DeviceTotalsModel</name>
    <message>
        <location filename="../views/partition_models.cpp" line="113"/>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../views/partition_models.cpp" line="149"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../views/partition_models.cpp" line="150"/>
        <source>Subgraphs</source>
        <translation>子图</translation>
    </message>
    <message>
        <location filename="../views/partition_models.cpp" line="151"/>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../views/partition_models.cpp" line="152"/>
        <source>Est. ms</source>
        <translation>估计 ms</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::GraphEditController</name>
    <message numerus="yes">
        <location filename="../views/graph_edit_controller.cpp" line="37"/>
        <source>Run %n node(s) on %1</source>
        <translation>
            <numerusform>在 %1 上运行 %n 个节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/graph_edit_controller.cpp" line="38"/>
        <source>The config already runs %n node(s) on %1.</source>
        <translation>
            <numerusform>配置已在 %1 上运行这 %n 个节点。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/graph_edit_controller.cpp" line="50"/>
        <source>Select at least two nodes to group.</source>
        <translation>请至少选择两个节点再合并。</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/graph_edit_controller.cpp" line="55"/>
        <source>Group %n node(s)</source>
        <translation>
            <numerusform>合并 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/graph_edit_controller.cpp" line="65"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location filename="../views/graph_edit_controller.cpp" line="93"/>
        <source>Select nodes first</source>
        <translation>请先选择节点</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/graph_edit_controller.cpp" line="98"/>
        <source>%1 — accepts all %n</source>
        <translation>
            <numerusform>%1 — 全部 %n 个可运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/graph_edit_controller.cpp" line="99"/>
        <source>%1 — accepts %2 of %n</source>
        <translation>
            <numerusform>%1 — %n 个中 %2 个可运行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/graph_edit_controller.cpp" line="110"/>
        <source>Run on Device</source>
        <translation>在设备上运行</translation>
    </message>
    <message>
        <location filename="../views/graph_edit_controller.cpp" line="111"/>
        <source>Keep on Host</source>
        <translation>留在主机</translation>
    </message>
    <message>
        <location filename="../views/graph_edit_controller.cpp" line="112"/>
        <source>Group into One Subgraph</source>
        <translation>合并为一个子图</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/graph_edit_controller.cpp" line="139"/>
        <source>%n node(s) moved to %1 went back to host (min_subgraph_size = %2, max_subgraphs = %3): %4</source>
        <translation>
            <numerusform>移到 %1 的 %n 个节点退回了主机（min_subgraph_size = %2，max_subgraphs = %3）：%4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/graph_edit_controller.cpp" line="145"/>
        <source>%1 refuses %n of the moved node(s): %2</source>
        <translation>
            <numerusform>%1 拒绝了移入节点中的 %n 个：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusebox::studio::GraphLayouter</name>
    <message>
        <location filename="../views/graph_layout.cpp" line="79"/>
        <source>Graphviz could not lay out the graph</source>
        <translation>Graphviz 无法为该图布局</translation>
    </message>
    <message>
        <location filename="../views/graph_layout.cpp" line="138"/>
        <source>Could not start the layout helper %1: %2</source>
        <translation>无法启动布局辅助程序 %1：%2</translation>
    </message>
    <message>
        <location filename="../views/graph_layout.cpp" line="154"/>
        <source>The layout helper %1 failed (exit code %2)</source>
        <translation>布局辅助程序 %1 失败（退出码 %2）</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::GraphPicture</name>
    <message>
        <location filename="../views/graph_picture.cpp" line="26"/>
        <source>%L1 nodes</source>
        <translation>%L1 个节点</translation>
    </message>
    <message>
        <location filename="../views/graph_picture.cpp" line="105"/>
        <source>subgraph %1 · %2</source>
        <translation>子图 %1 · %2</translation>
    </message>
    <message>
        <location filename="../views/graph_picture.cpp" line="180"/>
        <location filename="../views/graph_picture.cpp" line="188"/>
        <source>host nodes</source>
        <translation>主机节点</translation>
    </message>
    <message>
        <location filename="../views/graph_picture.cpp" line="181"/>
        <source>subgraph %1 and host nodes</source>
        <translation>子图 %1 与主机节点</translation>
    </message>
    <message>
        <location filename="../views/graph_picture.cpp" line="182"/>
        <source>subgraphs %1–%2</source>
        <translation>子图 %1–%2</translation>
    </message>
    <message>
        <location filename="../views/graph_picture.cpp" line="198"/>
        <source>host · %1</source>
        <translation>主机 · %1</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::HeatLegend</name>
    <message>
        <location filename="../views/heat_legend.cpp" line="42"/>
        <source>%1× faster</source>
        <translation>快 %1 倍</translation>
    </message>
    <message>
        <location filename="../views/heat_legend.cpp" line="48"/>
        <source>%1× slower</source>
        <translation>慢 %1 倍</translation>
    </message>
    <message>
        <location filename="../views/heat_legend.cpp" line="73"/>
        <source>equal</source>
        <translation>相同</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::HeatMap</name>
    <message>
        <location filename="../views/heat_map.cpp" line="17"/>
        <source>%1 sg %2</source>
        <translation>%1 子图 %2</translation>
    </message>
    <message>
        <location filename="../views/heat_map.cpp" line="21"/>
        <source>%1 (%2) on %3</source>
        <translation>%1（%2）在 %3 上</translation>
    </message>
    <message>
        <location filename="../views/heat_map.cpp" line="22"/>
        <source>
%1 µs, %2% of the per-layer sum</source>
        <translation>
%1 µs，占逐层总和的 %2%</translation>
    </message>
    <message>
        <location filename="../views/heat_map.cpp" line="24"/>
        <source>
%1 GFLOP/s</source>
        <translation>
%1 GFLOP/s</translation>
    </message>
    <message>
        <location filename="../views/heat_map.cpp" line="42"/>
        <source>%1: cos %2, max abs %3</source>
        <translation>%1：余弦 %2，最大绝对误差 %3</translation>
    </message>
    <message>
        <location filename="../views/heat_map.cpp" line="65"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../views/heat_map.cpp" line="65"/>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <location filename="../views/heat_map.cpp" line="66"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../views/heat_map.cpp" line="67"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../views/heat_map.cpp" line="75"/>
        <source>Share of %1</source>
        <translation>%1 的占比</translation>
    </message>
    <message>
        <location filename="../views/heat_map.cpp" line="75"/>
        <source>Time of %1</source>
        <translation>%1 的耗时</translation>
    </message>
    <message>
        <location filename="../views/heat_map.cpp" line="94"/>
        <source>Time of %1 / %2</source>
        <translation>耗时比 %1 / %2</translation>
    </message>
    <message>
        <location filename="../views/heat_map.cpp" line="105"/>
        <source>
ratio %1×</source>
        <translation>
比值 %1×</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::JobRunner</name>
    <message>
        <location filename="../views/background_job.cpp" line="78"/>
        <source>out of memory: the model&apos;s tensors or a library&apos;s buffers need more than this machine gives</source>
        <translation>内存不足：模型的张量或某个库的缓冲区需要的内存超过了本机所能提供的</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::JobStatusWidget</name>
    <message>
        <location filename="../views/job_status_widget.cpp" line="30"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../views/job_status_widget.cpp" line="31"/>
        <source>Cancel %1 (Esc)</source>
        <translation>取消%1（Esc）</translation>
    </message>
    <message>
        <location filename="../views/job_status_widget.cpp" line="66"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../views/job_status_widget.cpp" line="67"/>
        <source>%1 (%2 s)</source>
        <translation>%1（%2 秒）</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::LayerReportModel</name>
    <message>
        <location filename="../views/layer_report_model.cpp" line="73"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../views/layer_report_model.cpp" line="74"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../views/layer_report_model.cpp" line="75"/>
        <source>Op</source>
        <translation>算子</translation>
    </message>
    <message>
        <location filename="../views/layer_report_model.cpp" line="76"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../views/layer_report_model.cpp" line="77"/>
        <source>Subgraph</source>
        <translation>子图</translation>
    </message>
    <message>
        <location filename="../views/layer_report_model.cpp" line="78"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../views/layer_report_model.cpp" line="79"/>
        <source>Input shapes</source>
        <translation>输入形状</translation>
    </message>
    <message>
        <location filename="../views/layer_report_model.cpp" line="80"/>
        <source>Output shapes</source>
        <translation>输出形状</translation>
    </message>
    <message>
        <location filename="../views/layer_report_model.cpp" line="81"/>
        <source>Time µs</source>
        <translation>耗时 µs</translation>
    </message>
    <message>
        <location filename="../views/layer_report_model.cpp" line="82"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../views/layer_report_model.cpp" line="83"/>
        <source>FLOPs</source>
        <translation>FLOPs</translation>
    </message>
    <message>
        <location filename="../views/layer_report_model.cpp" line="84"/>
        <source>GFLOP/s</source>
        <translation>GFLOP/s</translation>
    </message>
    <message>
        <location filename="../views/layer_report_model.cpp" line="85"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../views/layer_report_model.cpp" line="86"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::LayerReportView</name>
    <message>
        <location filename="../views/layer_report_view.cpp" line="26"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/layer_report_view.cpp" line="41"/>
        <source>&lt;b&gt;Run %1&lt;/b&gt; (%2) of %3 on %4&lt;br&gt;Latency %5 ms end to end (median), %6 ms per-layer sum (%7 ms between layers)&lt;br&gt;Nodes %8 in %n subgraph(s)</source>
        <translation>
            <numerusform>&lt;b&gt;运行 %1&lt;/b&gt;（%2），模型 %3，设备 %4&lt;br&gt;延迟：端到端 %5 ms（中位数），逐层总和 %6 ms（层间 %7 ms）&lt;br&gt;节点：%8，共 %n 个子图</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/layer_report_view.cpp" line="52"/>
        <source>&lt;br&gt;%n layout conversion(s) at subgraph boundaries</source>
        <translation>
            <numerusform>&lt;br&gt;子图边界处 %n 次布局转换</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/layer_report_view.cpp" line="53"/>
        <source>&lt;br&gt;Peak memory %1 KiB of intermediate tensors</source>
        <translation>&lt;br&gt;中间张量峰值内存 %1 KiB</translation>
    </message>
    <message>
        <location filename="../views/layer_report_view.cpp" line="56"/>
        <source>&lt;br&gt;Note: %1: no shapes, FLOPs or bytes</source>
        <translation>&lt;br&gt;注意：%1：没有形状、FLOPs 和字节数</translation>
    </message>
    <message>
        <location filename="../views/layer_report_view.cpp" line="71"/>
        <source>Export Layer Report</source>
        <translation>导出逐层报告</translation>
    </message>
    <message>
        <location filename="../views/layer_report_view.cpp" line="71"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../views/layer_report_view.cpp" line="73"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::MainWindow</name>
    <message>
        <location filename="../app/studio/main_window.cpp" line="103"/>
        <source>Partitioning…</source>
        <translation>正在划分…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="105"/>
        <source>Layout cancelled.</source>
        <translation>已取消布局。</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="106"/>
        <source>Layout failed: %1</source>
        <translation>布局失败：%1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="141"/>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="142"/>
        <source>Config</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="143"/>
        <source>Partition</source>
        <translation>划分</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="144"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="155"/>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="160"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="161"/>
        <source>&amp;Open Model…</source>
        <translation>打开模型(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="162"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="164"/>
        <source>&amp;Save Config</source>
        <translation>保存配置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="165"/>
        <source>Save Config &amp;As…</source>
        <translation>配置另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="166"/>
        <source>&amp;Import Paddle Lite Config…</source>
        <translation>导入 Paddle Lite 配置(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="167"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="168"/>
        <source>View as PNG…</source>
        <translation>视图导出为 PNG…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="168"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="169"/>
        <source>View as SVG…</source>
        <translation>视图导出为 SVG…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="169"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="170"/>
        <source>Plan as DOT…</source>
        <translation>方案导出为 DOT…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="170"/>
        <source>Graphviz DOT (*.dot)</source>
        <translation>Graphviz DOT (*.dot)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="171"/>
        <source>Plan as JSON…</source>
        <translation>方案导出为 JSON…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="171"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="174"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="184"/>
        <source>O&amp;verview</source>
        <translation>概览(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="241"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="242"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="244"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="249"/>
        <source>Run on &amp;Device</source>
        <translation>在设备上运行(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="251"/>
        <source>Choose &amp;Device for Selection…</source>
        <translation>为所选节点选择设备(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="252"/>
        <source>Keep Selection on &amp;Host</source>
        <translation>所选节点留在主机(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="254"/>
        <source>&amp;Group Selection</source>
        <translation>所选节点合为一组(&amp;G)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="256"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="261"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="262"/>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="504"/>
        <source>Select nodes to run on a device.</source>
        <translation>请选择要在设备上运行的节点。</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_files.cpp" line="36"/>
        <source>Use sample %1</source>
        <translation>使用示例 %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="513"/>
        <source>%1[*] — Fusebox Studio</source>
        <translation>%1[*] — Fusebox Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="178"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="139"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="145"/>
        <source>Undo History</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="179"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="180"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="181"/>
        <source>&amp;Fit</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="182"/>
        <source>Actual &amp;Size</source>
        <translation>实际大小(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="192"/>
        <source>F&amp;used Subgraphs</source>
        <translation>折叠子图(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="208"/>
        <source>Restore &amp;Default Layout</source>
        <translation>恢复默认布局(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="210"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="212"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="219"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="219"/>
        <source>The language changes when the studio starts again.</source>
        <translation>重新启动 Studio 后语言生效。</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="223"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="226"/>
        <source>Find node, op or tensor (regex)</source>
        <translation>查找节点、算子或张量（正则表达式）</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="235"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="236"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="43"/>
        <source>Profile</source>
        <translation>性能分析</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="51"/>
        <source>Tune</source>
        <translation>调优</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="67"/>
        <source>Reading the runs failed: %1</source>
        <translation>读取运行记录失败：%1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="69"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="70"/>
        <source>Layer Report</source>
        <translation>逐层报告</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="71"/>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="72"/>
        <source>Profile Results</source>
        <translation>性能分析结果</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="93"/>
        <source>&amp;Profile</source>
        <translation>性能分析(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="94"/>
        <source>&amp;Reload Runs</source>
        <translation>重新加载运行记录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="95"/>
        <source>&amp;Inspect Selected Run</source>
        <translation>查看所选运行(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="96"/>
        <source>&amp;Compare Selected Runs</source>
        <translation>对比所选运行(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="103"/>
        <source>&amp;Tune Partition</source>
        <translation>调优划分(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="107"/>
        <source>Find &amp;Accuracy Culprit</source>
        <translation>查找精度问题节点(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="112"/>
        <source>&amp;Heat Map</source>
        <translation>热力图(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="114"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="115"/>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="116"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_profiles.cpp" line="117"/>
        <source>Ratio of Two Runs</source>
        <translation>两次运行之比</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="327"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="349"/>
        <source>%1 nodes: %2 subgraphs, %3 on host, estimated %4 ms</source>
        <translation>%1 个节点：%2 个子图，%3 个在主机上，估计 %4 ms</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="361"/>
        <source>No config: every node runs on host. The Config dock offers the sample configs.</source>
        <translation>没有配置：所有节点都在主机上运行。配置面板提供了示例配置。</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="371"/>
        <source>Config error: %1</source>
        <translation>配置错误：%1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="369"/>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3：%4</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="463"/>
        <source>Invalid regular expression: %1</source>
        <translation>正则表达式无效：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/main_window.cpp" line="467"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="480"/>
        <source>Match %1 of %2</source>
        <translation>第 %1 个，共 %2 个匹配</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_files.cpp" line="40"/>
        <source>Open Model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_files.cpp" line="41"/>
        <source>ONNX models (*.onnx);;Partition configs (*.toml);;All files (*)</source>
        <translation>ONNX 模型 (*.onnx);;划分配置 (*.toml);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_files.cpp" line="50"/>
        <location filename="../app/studio/main_window_files.cpp" line="86"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_files.cpp" line="66"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_files.cpp" line="70"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_files.cpp" line="75"/>
        <source>Save Config</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_files.cpp" line="75"/>
        <source>Partition configs (*.toml)</source>
        <translation>划分配置 (*.toml)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_files.cpp" line="83"/>
        <source>Import Paddle Lite Config</source>
        <translation>导入 Paddle Lite 配置</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_files.cpp" line="83"/>
        <source>Paddle Lite configs (*.txt);;All files (*)</source>
        <translation>Paddle Lite 配置 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_files.cpp" line="93"/>
        <location filename="../app/studio/main_window_files.cpp" line="101"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_files.cpp" line="100"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_files.cpp" line="121"/>
        <source>%1 with %2</source>
        <translation>%1（配置 %2）</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="512"/>
        <source>no model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <location filename="../app/studio/screenshot.cpp" line="29"/>
        <source>partition and layout did not finish in time</source>
        <translation>划分和布局未能按时完成</translation>
    </message>
    <message>
        <location filename="../app/studio/screenshot.cpp" line="38"/>
        <source>--select: no node named %1</source>
        <translation>--select：没有名为 %1 的节点</translation>
    </message>
    <message>
        <location filename="../app/studio/screenshot.cpp" line="53"/>
        <source>%1: cannot write the image</source>
        <translation>%1：无法写入图像</translation>
    </message>
    <message>
        <location filename="../app/studio/screenshot.cpp" line="65"/>
        <source>the runs did not load in time</source>
        <translation>运行记录未能及时加载</translation>
    </message>
    <message>
        <location filename="../app/studio/screenshot.cpp" line="66"/>
        <source>the runs could not be read</source>
        <translation>无法读取运行记录</translation>
    </message>
    <message>
        <location filename="../app/studio/screenshot.cpp" line="74"/>
        <source>--view compare needs --runs with two or more run ids</source>
        <translation>--view compare 需要 --runs 给出两个或更多运行 id</translation>
    </message>
    <message>
        <location filename="../app/studio/screenshot.cpp" line="75"/>
        <source>--view report and heat need --run ID</source>
        <translation>--view report 和 heat 需要 --run ID</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/main_window.cpp" line="387"/>
        <source>Layout of %n node(s): %1 ms</source>
        <translation>
            <numerusform>%n 个节点的布局：%1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusebox::studio::MeasurementGate</name>
    <message>
        <location filename="../views/measurement_gate.cpp" line="7"/>
        <source>Waiting for %1 to end: two measurements at once would slow each other down.</source>
        <translation>正在等待%1结束：同时进行两项测量会相互拖慢。</translation>
    </message>
    <message>
        <location filename="../views/measurement_gate.cpp" line="17"/>
        <source>Waiting for %1 to end.</source>
        <translation>正在等待%1结束。</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::NodeAlignmentModel</name>
    <message>
        <location filename="../views/node_alignment_model.cpp" line="10"/>
        <source>timed with its subgraph</source>
        <translation>随所在子图整体计时</translation>
    </message>
    <message>
        <location filename="../views/node_alignment_model.cpp" line="11"/>
        <source>fused into its producer</source>
        <translation>已融合进其生产者</translation>
    </message>
    <message>
        <location filename="../views/node_alignment_model.cpp" line="12"/>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <location filename="../views/node_alignment_model.cpp" line="35"/>
        <source>Folded into a constant before partitioning: no run executes it.</source>
        <translation>划分前已折叠为常量：没有运行会执行它。</translation>
    </message>
    <message>
        <location filename="../views/node_alignment_model.cpp" line="36"/>
        <source>Not in this run.</source>
        <translation>不在此次运行中。</translation>
    </message>
    <message>
        <location filename="../views/node_alignment_model.cpp" line="54"/>
        <source>folded</source>
        <translation>已折叠</translation>
    </message>
    <message>
        <location filename="../views/node_alignment_model.cpp" line="55"/>
        <source>absent</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../views/node_alignment_model.cpp" line="72"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../views/node_alignment_model.cpp" line="73"/>
        <source>Op</source>
        <translation>算子</translation>
    </message>
    <message>
        <location filename="../views/node_alignment_model.cpp" line="78"/>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <location filename="../views/node_alignment_model.cpp" line="79"/>
        <source>%1 share</source>
        <translation>%1 占比</translation>
    </message>
    <message>
        <location filename="../views/node_alignment_model.cpp" line="80"/>
        <source>%1 ratio</source>
        <translation>%1 比值</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::NodeInspector</name>
    <message>
        <location filename="../views/node_inspector.cpp" line="24"/>
        <source> (constant)</source>
        <translation>（常量）</translation>
    </message>
    <message>
        <location filename="../views/node_inspector.cpp" line="46"/>
        <source>Op type</source>
        <translation>算子类型</translation>
    </message>
    <message>
        <location filename="../views/node_inspector.cpp" line="53"/>
        <source> (subgraph %1)</source>
        <translation>（子图 %1）</translation>
    </message>
    <message>
        <location filename="../views/node_inspector.cpp" line="54"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../views/node_inspector.cpp" line="55"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../views/node_inspector.cpp" line="57"/>
        <source>Assigned first to</source>
        <translation>最初分配给</translation>
    </message>
    <message>
        <location filename="../views/node_inspector.cpp" line="61"/>
        <source>FLOPs</source>
        <translation>FLOPs</translation>
    </message>
    <message>
        <location filename="../views/node_inspector.cpp" line="61"/>
        <source>unknown (dynamic shape)</source>
        <translation>未知（动态形状）</translation>
    </message>
    <message>
        <location filename="../views/node_inspector.cpp" line="62"/>
        <source>Bytes in / out</source>
        <translation>输入 / 输出字节</translation>
    </message>
    <message>
        <location filename="../views/node_inspector.cpp" line="67"/>
        <source>What each device said</source>
        <translation>各设备的答复</translation>
    </message>
    <message>
        <location filename="../views/node_inspector.cpp" line="74"/>
        <source>Why same-device neighbours are in other subgraphs</source>
        <translation>同设备的相邻节点为何在其他子图中</translation>
    </message>
    <message>
        <location filename="../views/node_inspector.cpp" line="83"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../views/node_inspector.cpp" line="90"/>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../views/node_inspector.cpp" line="91"/>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../views/node_inspector.cpp" line="102"/>
        <source>&lt;p&gt;&lt;i&gt;Select a node in the graph.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;请在图中选择一个节点。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::ProfileDock</name>
    <message>
        <location filename="../views/profile_dock.cpp" line="68"/>
        <source>Run %1 (%2): median %3 ms, speed-up %4x</source>
        <translation>运行 %1（%2）：中位数 %3 ms，加速比 %4x</translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="73"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="74"/>
        <source>%1 skipped: %2</source>
        <translation>%1 已跳过：%2</translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="86"/>
        <source>Run Profile</source>
        <translation>运行性能分析</translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="86"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="88"/>
        <source>all cores</source>
        <translation>全部核心</translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="93"/>
        <source>Iteration %v of %m</source>
        <translation>第 %v 次迭代，共 %m 次</translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="96"/>
        <source>Threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="97"/>
        <source>Warm-up runs</source>
        <translation>预热次数</translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="98"/>
        <source>Timed runs</source>
        <translation>计时次数</translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="99"/>
        <source>Input seed</source>
        <translation>输入随机种子</translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="105"/>
        <source>Devices (host always runs as the baseline):</source>
        <translation>设备（主机始终作为基准运行）：</translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="115"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="126"/>
        <source>Profile cancelled: the finished runs are stored, the run being measured stays incomplete.</source>
        <translation>性能分析已取消：已完成的运行已保存，正在测量的运行保持未完成状态。</translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="146"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="177"/>
        <source>no device profile</source>
        <translation>没有设备配置文件</translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="221"/>
        <source>A profile is running; cancel it first.</source>
        <translation>性能分析正在进行；请先取消。</translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="225"/>
        <source>Open a model and save its config first: a profile stores the config file as written.</source>
        <translation>请先打开模型并保存其配置：性能分析按文件原样保存配置。</translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="228"/>
        <source>a profile run</source>
        <translation>一次性能分析</translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="252"/>
        <source>Run 1 of %1: %2</source>
        <translation>第 1 次运行，共 %1 次：%2</translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="255"/>
        <source>Profiling %1 on %2…</source>
        <translation>正在 %2 上分析 %1…</translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="128"/>
        <location filename="../views/profile_dock.cpp" line="261"/>
        <source>Profile failed: %1</source>
        <translation>性能分析失败：%1</translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="269"/>
        <source>Profile finished: %1 of %2 runs stored in %3.</source>
        <translation>性能分析完成：%2 次运行中的 %1 次已保存到 %3。</translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="288"/>
        <source>Run %1 of %2: %3</source>
        <translation>第 %1 次运行，共 %2 次：%3</translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="317"/>
        <source>Model %1 with %2 (the saved file)</source>
        <translation>模型 %1，配置 %2（已保存的文件）</translation>
    </message>
    <message>
        <location filename="../views/profile_dock.cpp" line="319"/>
        <source>No model with a saved config is open.</source>
        <translation>没有打开带已保存配置的模型。</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::ProfileFileActions</name>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="39"/>
        <source>Run %1: %2 on %3 (%4, %5)</source>
        <translation>运行 %1：%2，%3（%4，%5）</translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="65"/>
        <source>&amp;Profiles</source>
        <translation>性能分析(&amp;P)</translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="66"/>
        <source>Profile &amp;Database…</source>
        <translation>性能数据库(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="68"/>
        <source>Export Run as &amp;Model Explorer Node Data…</source>
        <translation>将运行导出为 Model Explorer 节点数据(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="70"/>
        <source>Export Run as &amp;Perfetto Trace…</source>
        <translation>将运行导出为 Perfetto 跟踪(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="71"/>
        <source>&amp;Import ONNX Runtime Profile…</source>
        <translation>导入 ONNX Runtime 性能分析(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="75"/>
        <source>Profile Database</source>
        <translation>性能数据库</translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="76"/>
        <source>Profile databases (*.sqlite);;All files (*)</source>
        <translation>性能数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="80"/>
        <source>Profile database: %1</source>
        <translation>性能数据库：%1</translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="87"/>
        <source>No runs stored yet.</source>
        <translation>尚未保存任何运行。</translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="88"/>
        <location filename="../views/profile_file_actions.cpp" line="94"/>
        <location filename="../views/profile_file_actions.cpp" line="100"/>
        <location filename="../views/profile_file_actions.cpp" line="104"/>
        <source>Export Run</source>
        <translation>导出运行</translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="88"/>
        <source>%1
Database: %2</source>
        <translation>%1
数据库：%2</translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="94"/>
        <source>Run:</source>
        <translation>运行：</translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="100"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="107"/>
        <source>Exported run %1 to %2</source>
        <translation>已将运行 %1 导出到 %2</translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="111"/>
        <source>Import ONNX Runtime Profile</source>
        <translation>导入 ONNX Runtime 性能分析</translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="112"/>
        <source>ONNX Runtime profiles (*.json);;All files (*)</source>
        <translation>ONNX Runtime 性能分析 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="118"/>
        <source>Open the model that was profiled first: the profile is stored as a run of it.</source>
        <translation>请先打开被分析的模型：该性能分析将作为它的一次运行保存。</translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="123"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="61"/>
        <location filename="../views/profile_file_actions.cpp" line="128"/>
        <source>Import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="132"/>
        <source>Stored run %1: %2 nodes, %3 inferences</source>
        <translation>已保存运行 %1：%2 个节点，%3 次推理</translation>
    </message>
    <message>
        <location filename="../views/profile_file_actions.cpp" line="134"/>
        <source>%1 profiled nodes are not in %2 (fused or renamed by ONNX Runtime&apos;s graph optimizations)</source>
        <translation>%1 个被分析的节点不在 %2 中（被 ONNX Runtime 的图优化融合或重命名）</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::ProfileViews</name>
    <message>
        <location filename="../views/profile_views.cpp" line="65"/>
        <source>A ratio heat map needs two runs: compare them first.</source>
        <translation>比值热力图需要两次运行：请先对比它们。</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::RunsBrowser</name>
    <message>
        <location filename="../views/runs_browser.cpp" line="28"/>
        <source>Inspect</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="29"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="29"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="40"/>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="41"/>
        <source>config hash</source>
        <translation>配置哈希</translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="42"/>
        <source>job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="45"/>
        <source>any date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="47"/>
        <source>any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="48"/>
        <source>complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="49"/>
        <source>incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="50"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="58"/>
        <source>from</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="89"/>
        <source>Delete Runs</source>
        <translation>删除运行记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/runs_browser.cpp" line="89"/>
        <source>Delete %n run(s) and their figures?</source>
        <translation>
            <numerusform>删除 %n 条运行记录及其数据？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/runs_browser.cpp" line="122"/>
        <source>%n run(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 条运行记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="132"/>
        <source>all models</source>
        <translation>所有模型</translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="162"/>
        <source>Runs of different models cannot be compared.</source>
        <translation>不同模型的运行无法对比。</translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="173"/>
        <source>Select one run to inspect.</source>
        <translation>请选择一条运行记录查看。</translation>
    </message>
    <message>
        <location filename="../views/runs_browser.cpp" line="184"/>
        <source>Select two or more runs to compare.</source>
        <translation>请选择两条或更多运行记录进行对比。</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::RunsModel</name>
    <message>
        <location filename="../views/runs_model.cpp" line="16"/>
        <source>complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="17"/>
        <source>incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="18"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="34"/>
        <source>not stored</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="35"/>
        <source>Unstable timings: p90/median %1, cv %2 (min %3 ms, max %4 ms). The machine was busy while this run was measured; measure it again (docs/benchmarks.md, Getting stable figures).</source>
        <translation>计时不稳定：p90/中位数 %1，变异系数 %2（最小 %3 ms，最大 %4 ms）。测量此运行时机器繁忙；请重新测量（docs/benchmarks.md，Getting stable figures）。</translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="76"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="79"/>
        <source>cos %1, max abs %2</source>
        <translation>余弦 %1，最大绝对误差 %2</translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="95"/>
        <source>against host run %1</source>
        <translation>相对主机运行 %1</translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="138"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="139"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="140"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="141"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="142"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="143"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="144"/>
        <source>Started (UTC)</source>
        <translation>开始时间（UTC）</translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="145"/>
        <source>Median ms</source>
        <translation>中位数 ms</translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="146"/>
        <source>p90 ms</source>
        <translation>p90 ms</translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="147"/>
        <source>Speed-up</source>
        <translation>加速比</translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="148"/>
        <source>Worst accuracy</source>
        <translation>最差精度</translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="149"/>
        <source>Config</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../views/runs_model.cpp" line="150"/>
        <source>Job</source>
        <translation>任务</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::StudioDocument</name>
    <message>
        <location filename="../views/studio_document.cpp" line="84"/>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::SubgraphTableModel</name>
    <message>
        <location filename="../views/partition_models.cpp" line="58"/>
        <source>host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../views/partition_models.cpp" line="87"/>
        <source>Subgraph</source>
        <translation>子图</translation>
    </message>
    <message>
        <location filename="../views/partition_models.cpp" line="88"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../views/partition_models.cpp" line="89"/>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../views/partition_models.cpp" line="90"/>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../views/partition_models.cpp" line="91"/>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../views/partition_models.cpp" line="92"/>
        <source>Boundary</source>
        <translation>边界</translation>
    </message>
    <message>
        <location filename="../views/partition_models.cpp" line="93"/>
        <source>Est. ms</source>
        <translation>估计 ms</translation>
    </message>
    <message>
        <location filename="../views/partition_models.cpp" line="94"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::TuneJob</name>
    <message>
        <location filename="../views/tune_job.cpp" line="74"/>
        <source>Cancelled: the runs measured so far are stored under “%1”.</source>
        <translation>已取消：已测量的运行保存在“%1”下。</translation>
    </message>
    <message>
        <location filename="../views/tune_job.cpp" line="75"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../views/tune_job.cpp" line="84"/>
        <source>A search is running; cancel it first.</source>
        <translation>正在搜索；请先取消。</translation>
    </message>
    <message>
        <location filename="../views/tune_job.cpp" line="88"/>
        <source>Open a model and wait for its partition first.</source>
        <translation>请先打开模型并等待划分完成。</translation>
    </message>
    <message>
        <location filename="../views/tune_job.cpp" line="132"/>
        <source>Tuning failed: %1</source>
        <translation>调优失败：%1</translation>
    </message>
    <message>
        <location filename="../views/tune_job.cpp" line="138"/>
        <source>Bisection failed: %1</source>
        <translation>二分查找失败：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tune_job.cpp" line="172"/>
        <source>%n candidate(s) measured; stopped: %1.</source>
        <translation>
            <numerusform>已测量 %n 个候选；停止原因：%1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/tune_job.cpp" line="174"/>
        <source>No candidate keeps %1. %2</source>
        <translation>没有候选满足 %1。%2</translation>
    </message>
    <message>
        <location filename="../views/tune_job.cpp" line="180"/>
        <source>Best: %1, median %2 ms. %3</source>
        <translation>最佳：%1，中位数 %2 ms。%3</translation>
    </message>
    <message>
        <location filename="../views/tune_job.cpp" line="183"/>
        <source>Best: %1, median %2 ms, %3x over the config as written (%4 ms). %5</source>
        <translation>最佳：%1，中位数 %2 ms，比原配置（%4 ms）快 %3 倍。%5</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tune_job.cpp" line="192"/>
        <source>The config misses %1 (%2). %n culprit node(s) found; with them on host: %3. %4 probes measured.</source>
        <translation>
            <numerusform>配置未满足 %1（%2）。找到 %n 个问题节点；将其留在主机后：%3。共测量 %4 次探测。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tune_job.cpp" line="196"/>
        <source>The config misses %1 (%2). %n culprit node(s) found. %3 probes measured.</source>
        <translation>
            <numerusform>配置未满足 %1（%2）。找到 %n 个问题节点。共测量 %3 次探测。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/tune_job.cpp" line="190"/>
        <source>The config keeps %1 (%2): nothing to bisect.</source>
        <translation>配置满足 %1（%2）：无需二分查找。</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::TunePanel</name>
    <message>
        <location filename="../views/tune_panel.cpp" line="40"/>
        <source>Tune</source>
        <translation>调优</translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="41"/>
        <source>Find Accuracy Culprit</source>
        <translation>查找精度问题节点</translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="41"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="43"/>
        <source>Apply Best Config</source>
        <translation>应用最佳配置</translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="43"/>
        <source>Apply Fix</source>
        <translation>应用修复</translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="51"/>
        <source>Culprit nodes: their move to host restores the bound. Activate one to select it.</source>
        <translation>问题节点：将其移回主机即可恢复精度要求。激活某一项可在图中选中它。</translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="54"/>
        <source>Lowest cosine against host</source>
        <translation>与主机的最低余弦相似度</translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="55"/>
        <source>Budget (runs, tuning)</source>
        <translation>预算（调优的运行次数）</translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="56"/>
        <source>Warm-up runs</source>
        <translation>预热次数</translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="57"/>
        <source>Timed runs</source>
        <translation>计时次数</translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="118"/>
        <source>a tuning job</source>
        <translation>一个调优任务</translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="119"/>
        <source>Tuning (%1)…</source>
        <translation>正在调优（%1）…</translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="124"/>
        <source>an accuracy bisection</source>
        <translation>一次精度二分排查</translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="125"/>
        <source>Bisecting (%1)…</source>
        <translation>正在二分查找（%1）…</translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="139"/>
        <source>%v of %m runs</source>
        <translation>%v / %m 次运行</translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="159"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="159"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="160"/>
        <source>Runs stored under “%1”.</source>
        <translation>运行已保存在“%1”下。</translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="170"/>
        <source>Apply tuned config</source>
        <translation>应用调优后的配置</translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="172"/>
        <source>Run accuracy culprits on host</source>
        <translation>在主机上运行精度问题节点</translation>
    </message>
    <message>
        <location filename="../views/tune_panel.cpp" line="178"/>
        <source>The search measured %1; open it again to apply its result.</source>
        <translation>该搜索测量的是 %1；请重新打开它再应用结果。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="52"/>
        <source>Fusebox Studio: see and edit how a model is partitioned across devices.</source>
        <translation>Fusebox Studio：查看并编辑模型在各设备间的划分。</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="55"/>
        <source>The ONNX model to open.</source>
        <translation>要打开的 ONNX 模型。</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="56"/>
        <source>The partition config (TOML).</source>
        <translation>划分配置（TOML）。</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="58"/>
        <source>Render the main window offscreen to a PNG file and exit.</source>
        <translation>在屏幕外渲染主窗口，写入 PNG 文件后退出。</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="60"/>
        <source>Select this node (repeatable).</source>
        <translation>选中该节点（可重复）。</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="61"/>
        <source>Screenshot zoom in percent (default: fit).</source>
        <translation>截图缩放百分比（默认：适应窗口）。</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="64"/>
        <source>The profile database (default: the one the fusebox CLI uses).</source>
        <translation>性能数据库（默认：fusebox 命令行使用的数据库）。</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="67"/>
        <source>Screenshot of: graph (default), compare, heat or report.</source>
        <translation>截图内容：graph（默认）、compare、heat 或 report。</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="69"/>
        <source>Stored run ids for --view, comma-separated.</source>
        <translation>--view 使用的已存储运行 id，以逗号分隔。</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="71"/>
        <source>One stored run id for --view.</source>
        <translation>--view 使用的一个已存储运行 id。</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="79"/>
        <source>--screenshot needs exactly one MODEL</source>
        <translation>--screenshot 需要且只需要一个 MODEL</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="85"/>
        <source>--view %1: expected graph, compare, heat or report</source>
        <translation>--view %1：应为 graph、compare、heat 或 report</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="90"/>
        <source>--runs %1: expected run ids such as 1,2,3</source>
        <translation>--runs %1：应为运行 id，例如 1,2,3</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="96"/>
        <source>fusebox-studio: no display found (DISPLAY and WAYLAND_DISPLAY are not set).
Run it under a virtual display:  xvfb-run -a fusebox-studio MODEL --config CFG
or render a picture:             fusebox-studio --screenshot out.png MODEL --config CFG</source>
        <translation>fusebox-studio：未找到显示器（未设置 DISPLAY 和 WAYLAND_DISPLAY）。
可在虚拟显示器下运行：  xvfb-run -a fusebox-studio MODEL --config CFG
或渲染一张图片：        fusebox-studio --screenshot out.png MODEL --config CFG</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="63"/>
        <source>Screenshot of the fused view (one box per subgraph).</source>
        <translation>截取折叠视图（每个子图一个方框）。</translation>
    </message>
</context>
</TS>

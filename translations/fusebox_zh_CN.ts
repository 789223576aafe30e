<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Exports</name>
    <message>
        <source>%1: cannot write the image</source>
        <translation>%1：无法写入图像</translation>
    </message>
    <message>
        <source>Fusebox partition</source>
        <translation>Fusebox 划分</translation>
    </message>
    <message>
        <source>%1: cannot write the SVG file</source>
        <translation>%1：无法写入 SVG 文件</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::ConfigEditor</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::DeviceTotalsModel</name>
    <message>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Subgraphs</source>
        <translation>子图</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Est. ms</source>
        <translation>估计 ms</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::GraphLayouter</name>
    <message>
        <source>Graphviz could not lay out the graph</source>
        <translation>Graphviz 无法为该图布局</translation>
    </message>
    <message>
        <source>Could not start the layout helper %1: %2</source>
        <translation>无法启动布局辅助程序 %1：%2</translation>
    </message>
    <message>
        <source>The layout helper %1 failed (exit code %2)</source>
        <translation>布局辅助程序 %1 失败（退出码 %2）</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::GraphScene</name>
    <message>
        <source>subgraph %1 · %2</source>
        <translation>子图 %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n 个节点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusebox::studio::JobStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel %1 (Esc)</source>
        <translation>取消%1（Esc）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1（%2 秒）</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::MainWindow</name>
    <message>
        <source>Partitioning…</source>
        <translation>正在划分…</translation>
    </message>
    <message>
        <source>Layout cancelled.</source>
        <translation>已取消布局。</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>划分</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Model…</source>
        <translation>打开模型(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save Config</source>
        <translation>保存配置(&amp;S)</translation>
    </message>
    <message>
        <source>Save Config &amp;As…</source>
        <translation>配置另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import Paddle Lite Config…</source>
        <translation>导入 Paddle Lite 配置(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>View as PNG…</source>
        <translation>视图导出为 PNG…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>View as SVG…</source>
        <translation>视图导出为 SVG…</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>Plan as DOT…</source>
        <translation>方案导出为 DOT…</translation>
    </message>
    <message>
        <source>Graphviz DOT (*.dot)</source>
        <translation>Graphviz DOT (*.dot)</translation>
    </message>
    <message>
        <source>Plan as JSON…</source>
        <translation>方案导出为 JSON…</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Keep Selection on &amp;Host</source>
        <translation>所选节点留在主机(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Group Selection</source>
        <translation>所选节点合为一组(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation>实际大小(&amp;S)</translation>
    </message>
    <message>
        <source>F&amp;used Subgraphs</source>
        <translation>折叠子图(&amp;U)</translation>
    </message>
    <message>
        <source>Restore &amp;Default Layout</source>
        <translation>恢复默认布局(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language changes when the studio starts again.</source>
        <translation>重新启动 Studio 后语言生效。</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Find node, op or tensor (regex)</source>
        <translation>查找节点、算子或张量（正则表达式）</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>%1 nodes: %2 subgraphs, %3 on host, estimated %4 ms</source>
        <translation>%1 个节点：%2 个子图，%3 个在主机上，估计 %4 ms</translation>
    </message>
    <message>
        <source>Config error: %1</source>
        <translation>配置错误：%1</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3：%4</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>正则表达式无效：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>Match %1 of %2</source>
        <translation>第 %1 个，共 %2 个匹配</translation>
    </message>
    <message>
        <source>Run on Device</source>
        <translation>在设备上运行</translation>
    </message>
    <message>
        <source>Keep on Host</source>
        <translation>留在主机</translation>
    </message>
    <message>
        <source>Group into One Subgraph</source>
        <translation>合并为一个子图</translation>
    </message>
    <message numerus="yes">
        <source>Run %n node(s) on %1</source>
        <translation>
            <numerusform>在 %1 上运行 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>Select at least two nodes to group.</source>
        <translation>请至少选择两个节点再合并。</translation>
    </message>
    <message numerus="yes">
        <source>Group %n node(s)</source>
        <translation>
            <numerusform>合并 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx);;Partition configs (*.toml);;All files (*)</source>
        <translation>ONNX 模型 (*.onnx);;划分配置 (*.toml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save Config</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <source>Partition configs (*.toml)</source>
        <translation>划分配置 (*.toml)</translation>
    </message>
    <message>
        <source>Import Paddle Lite Config</source>
        <translation>导入 Paddle Lite 配置</translation>
    </message>
    <message>
        <source>Paddle Lite configs (*.txt);;All files (*)</source>
        <translation>Paddle Lite 配置 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1（配置 %2）</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <source>%1 — Fusebox Studio</source>
        <translation>%1 — Fusebox Studio</translation>
    </message>
    <message>
        <source>cannot open %1 with config &apos;%2&apos;</source>
        <translation>无法用配置“%2”打开 %1</translation>
    </message>
    <message>
        <source>partition and layout did not finish in time</source>
        <translation>划分和布局未能按时完成</translation>
    </message>
    <message>
        <source>the model could not be partitioned; see the log</source>
        <translation>无法划分该模型；请查看日志</translation>
    </message>
    <message>
        <source>--select: no node named %1</source>
        <translation>--select：没有名为 %1 的节点</translation>
    </message>
    <message>
        <source>%1: cannot write the image</source>
        <translation>%1：无法写入图像</translation>
    </message>
    <message numerus="yes">
        <source>Layout of %n node(s): %1 ms</source>
        <translation>
            <numerusform>%n 个节点的布局：%1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusebox::studio::NodeInspector</name>
    <message>
        <source> (constant)</source>
        <translation>（常量）</translation>
    </message>
    <message>
        <source>Op type</source>
        <translation>算子类型</translation>
    </message>
    <message>
        <source> (subgraph %1)</source>
        <translation>（子图 %1）</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Assigned first to</source>
        <translation>最初分配给</translation>
    </message>
    <message>
        <source>FLOPs</source>
        <translation>FLOPs</translation>
    </message>
    <message>
        <source>unknown (dynamic shape)</source>
        <translation>未知（动态形状）</translation>
    </message>
    <message>
        <source>Bytes in / out</source>
        <translation>输入 / 输出字节</translation>
    </message>
    <message>
        <source>What each device said</source>
        <translation>各设备的答复</translation>
    </message>
    <message>
        <source>Why same-device neighbours are in other subgraphs</source>
        <translation>同设备的相邻节点为何在其他子图中</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Select a node in the graph.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;请在图中选择一个节点。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::StudioDocument</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::SubgraphTableModel</name>
    <message>
        <source>host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Subgraph</source>
        <translation>子图</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>边界</translation>
    </message>
    <message>
        <source>Est. ms</source>
        <translation>估计 ms</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Fusebox Studio: see and edit how a model is partitioned across devices.</source>
        <translation>Fusebox Studio：查看并编辑模型在各设备间的划分。</translation>
    </message>
    <message>
        <source>The ONNX model to open.</source>
        <translation>要打开的 ONNX 模型。</translation>
    </message>
    <message>
        <source>The partition config (TOML).</source>
        <translation>划分配置（TOML）。</translation>
    </message>
    <message>
        <source>Render the main window offscreen to a PNG file and exit.</source>
        <translation>在屏幕外渲染主窗口，写入 PNG 文件后退出。</translation>
    </message>
    <message>
        <source>Select this node (repeatable).</source>
        <translation>选中该节点（可重复）。</translation>
    </message>
    <message>
        <source>Screenshot zoom in percent (default: fit).</source>
        <translation>截图缩放百分比（默认：适应窗口）。</translation>
    </message>
    <message>
        <source>--screenshot needs exactly one MODEL</source>
        <translation>--screenshot 需要且只需要一个 MODEL</translation>
    </message>
    <message>
        <source>fusebox-studio: no display found (DISPLAY and WAYLAND_DISPLAY are not set).
Run it under a virtual display:  xvfb-run -a fusebox-studio MODEL --config CFG
or render a picture:             fusebox-studio --screenshot out.png MODEL --config CFG</source>
        <translation>fusebox-studio：未找到显示器（未设置 DISPLAY 和 WAYLAND_DISPLAY）。
可在虚拟显示器下运行：  xvfb-run -a fusebox-studio MODEL --config CFG
或渲染一张图片：        fusebox-studio --screenshot out.png MODEL --config CFG</translation>
    </message>
    <message>
        <source>Screenshot of the fused view (one box per subgraph).</source>
        <translation>截取折叠视图（每个子图一个方框）。</translation>
    </message>
</context>
</TS>

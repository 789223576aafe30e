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
    <name>fusebox::studio::CompareView</name>
    <message>
        <source>median ms</source>
        <translation>中位数 ms</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3 ms&lt;/td&gt;&lt;td align=right&gt;%4 ms&lt;/td&gt;&lt;td align=right&gt;%5 ms&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3 ms&lt;/td&gt;&lt;td align=right&gt;%4 ms&lt;/td&gt;&lt;td align=right&gt;%5 ms&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;th align=left&gt;run&lt;/th&gt;&lt;th align=left&gt;devices&lt;/th&gt;&lt;th&gt;end to end (median)&lt;/th&gt;&lt;th&gt;per-layer sum&lt;/th&gt;&lt;th&gt;difference&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;th align=left&gt;运行&lt;/th&gt;&lt;th align=left&gt;设备&lt;/th&gt;&lt;th&gt;端到端（中位数）&lt;/th&gt;&lt;th&gt;逐层总和&lt;/th&gt;&lt;th&gt;差值&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Time per subgraph</source>
        <translation>各子图耗时</translation>
    </message>
    <message>
        <source>Time per op type</source>
        <translation>各算子类型耗时</translation>
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
    <name>fusebox::studio::HeatLegend</name>
    <message>
        <source>%1× faster</source>
        <translation>快 %1 倍</translation>
    </message>
    <message>
        <source>%1× slower</source>
        <translation>慢 %1 倍</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>相同</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::HeatMap</name>
    <message>
        <source>%1 sg %2</source>
        <translation>%1 子图 %2</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1（%2）在 %3 上</translation>
    </message>
    <message>
        <source>
%1 µs, %2% of the per-layer sum</source>
        <translation>
%1 µs，占逐层总和的 %2%</translation>
    </message>
    <message>
        <source>
%1 GFLOP/s</source>
        <translation>
%1 GFLOP/s</translation>
    </message>
    <message>
        <source>%1: cos %2, max abs %3</source>
        <translation>%1：余弦 %2，最大绝对误差 %3</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation>%1 的占比</translation>
    </message>
    <message>
        <source>Time of %1</source>
        <translation>%1 的耗时</translation>
    </message>
    <message>
        <source>Time of %1 / %2</source>
        <translation>耗时比 %1 / %2</translation>
    </message>
    <message>
        <source>
ratio %1×</source>
        <translation>
比值 %1×</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::LayerReportModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Subgraph</source>
        <translation>子图</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Input shapes</source>
        <translation>输入形状</translation>
    </message>
    <message>
        <source>Output shapes</source>
        <translation>输出形状</translation>
    </message>
    <message>
        <source>Time µs</source>
        <translation>耗时 µs</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>FLOPs</source>
        <translation>FLOPs</translation>
    </message>
    <message>
        <source>GFLOP/s</source>
        <translation>GFLOP/s</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::LayerReportView</name>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Run %1&lt;/b&gt; (%2) of %3 on %4&lt;br&gt;Latency %5 ms end to end (median), %6 ms per-layer sum (%7 ms between layers)&lt;br&gt;Nodes %8 in %n subgraph(s)</source>
        <translation>
            <numerusform>&lt;b&gt;运行 %1&lt;/b&gt;（%2），模型 %3，设备 %4&lt;br&gt;延迟：端到端 %5 ms（中位数），逐层总和 %6 ms（层间 %7 ms）&lt;br&gt;节点：%8，共 %n 个子图</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;%n layout conversion(s) at subgraph boundaries</source>
        <translation>
            <numerusform>&lt;br&gt;子图边界处 %n 次布局转换</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;Peak memory %1 KiB of intermediate tensors</source>
        <translation>&lt;br&gt;中间张量峰值内存 %1 KiB</translation>
    </message>
    <message>
        <source>&lt;br&gt;Note: %1: no shapes, FLOPs or bytes</source>
        <translation>&lt;br&gt;注意：%1：没有形状、FLOPs 和字节数</translation>
    </message>
    <message>
        <source>Export Layer Report</source>
        <translation>导出逐层报告</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
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
        <source>Cancel layout</source>
        <translation>取消布局</translation>
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
        <source>the runs did not load in time</source>
        <translation>运行记录未能及时加载</translation>
    </message>
    <message>
        <source>the runs could not be read</source>
        <translation>无法读取运行记录</translation>
    </message>
    <message>
        <source>--view compare needs --runs with two or more run ids</source>
        <translation>--view compare 需要 --runs 给出两个或更多运行 id</translation>
    </message>
    <message>
        <source>--view report and heat need --run ID</source>
        <translation>--view report 和 heat 需要 --run ID</translation>
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
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Layer Report</source>
        <translation>逐层报告</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <source>Profile Results</source>
        <translation>性能分析结果</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>性能分析(&amp;P)</translation>
    </message>
    <message>
        <source>Open Profile &amp;Database…</source>
        <translation>打开性能数据库(&amp;D)…</translation>
    </message>
    <message>
        <source>Open Profile Database</source>
        <translation>打开性能数据库</translation>
    </message>
    <message>
        <source>Profile databases (*.sqlite *.db);;All files (*)</source>
        <translation>性能数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Reload Runs</source>
        <translation>重新加载运行记录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Inspect Selected Run</source>
        <translation>查看所选运行(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Compare Selected Runs</source>
        <translation>对比所选运行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Heat Map</source>
        <translation>热力图(&amp;H)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Ratio of Two Runs</source>
        <translation>两次运行之比</translation>
    </message>
    <message>
        <source>Profile database: %1</source>
        <translation>性能数据库：%1</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::NodeAlignmentModel</name>
    <message>
        <source>timed with its subgraph</source>
        <translation>随所在子图整体计时</translation>
    </message>
    <message>
        <source>fused into its producer</source>
        <translation>已融合进其生产者</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <source>Folded into a constant before partitioning: no run executes it.</source>
        <translation>划分前已折叠为常量：没有运行会执行它。</translation>
    </message>
    <message>
        <source>Not in this run.</source>
        <translation>不在此次运行中。</translation>
    </message>
    <message>
        <source>folded</source>
        <translation>已折叠</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 share</source>
        <translation>%1 占比</translation>
    </message>
    <message>
        <source>%1 ratio</source>
        <translation>%1 比值</translation>
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
    <name>fusebox::studio::ProfileViews</name>
    <message>
        <source>A ratio heat map needs two runs: compare them first.</source>
        <translation>比值热力图需要两次运行：请先对比它们。</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::RunsBrowser</name>
    <message>
        <source>Inspect</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>config hash</source>
        <translation>配置哈希</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>from</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Delete Runs</source>
        <translation>删除运行记录</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) and their figures?</source>
        <translation>
            <numerusform>删除 %n 条运行记录及其数据？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 条运行记录</numerusform>
        </translation>
    </message>
    <message>
        <source>all models</source>
        <translation>所有模型</translation>
    </message>
    <message>
        <source>Runs of different models cannot be compared.</source>
        <translation>不同模型的运行无法对比。</translation>
    </message>
    <message>
        <source>Select one run to inspect.</source>
        <translation>请选择一条运行记录查看。</translation>
    </message>
    <message>
        <source>Select two or more runs to compare.</source>
        <translation>请选择两条或更多运行记录进行对比。</translation>
    </message>
</context>
<context>
    <name>fusebox::studio::RunsModel</name>
    <message>
        <source>complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>cos %1, max abs %2</source>
        <translation>余弦 %1，最大绝对误差 %2</translation>
    </message>
    <message>
        <source>The timings spread by %1% of the median (max − min): measure again with more iterations.</source>
        <translation>计时波动达中位数的 %1%（最大值 − 最小值）：请用更多迭代重新测量。</translation>
    </message>
    <message>
        <source>against host run %1</source>
        <translation>相对主机运行 %1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>开始时间（UTC）</translation>
    </message>
    <message>
        <source>Median ms</source>
        <translation>中位数 ms</translation>
    </message>
    <message>
        <source>p90 ms</source>
        <translation>p90 ms</translation>
    </message>
    <message>
        <source>Speed-up</source>
        <translation>加速比</translation>
    </message>
    <message>
        <source>Worst accuracy</source>
        <translation>最差精度</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>配置</translation>
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
        <source>The profile database (default: the CLI&apos;s).</source>
        <translation>性能数据库（默认：与命令行工具相同）。</translation>
    </message>
    <message>
        <source>Screenshot of: graph (default), compare, heat or report.</source>
        <translation>截图内容：graph（默认）、compare、heat 或 report。</translation>
    </message>
    <message>
        <source>Stored run ids for --view, comma-separated.</source>
        <translation>--view 使用的已存储运行 id，以逗号分隔。</translation>
    </message>
    <message>
        <source>One stored run id for --view.</source>
        <translation>--view 使用的一个已存储运行 id。</translation>
    </message>
    <message>
        <source>--screenshot needs exactly one MODEL</source>
        <translation>--screenshot 需要且只需要一个 MODEL</translation>
    </message>
    <message>
        <source>--view %1: expected graph, compare, heat or report</source>
        <translation>--view %1：应为 graph、compare、heat 或 report</translation>
    </message>
    <message>
        <source>--runs %1: expected run ids such as 1,2,3</source>
        <translation>--runs %1：应为运行 id，例如 1,2,3</translation>
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

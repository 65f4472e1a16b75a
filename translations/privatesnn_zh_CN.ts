<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccuracyPlot</name>
    <message>
        <location filename="../widgets/accuracyplot.cpp" line="50"/>
        <source>Timestep</source>
        <translation>时间步</translation>
    </message>
    <message>
        <location filename="../widgets/accuracyplot.cpp" line="51"/>
        <source>Test accuracy (%)</source>
        <translation>测试准确率（%）</translation>
    </message>
    <message>
        <location filename="../widgets/accuracyplot.cpp" line="53"/>
        <source>ANN</source>
        <translation>ANN</translation>
    </message>
</context>
<context>
    <name>AccuracyView</name>
    <message>
        <location filename="../app/gui/accuracyview.cpp" line="46"/>
        <source>Save image…</source>
        <translation>保存图像…</translation>
    </message>
    <message>
        <location filename="../app/gui/accuracyview.cpp" line="51"/>
        <source>No evaluation yet: run the pipeline up to “Evaluate”.</source>
        <translation>尚未评估：请将流程运行到“评估”。</translation>
    </message>
    <message>
        <location filename="../app/gui/accuracyview.cpp" line="52"/>
        <source>ANN %1 · converted SNN %2 · encrypted SNN %3, on %4</source>
        <translation>ANN %1 · 转换后的 SNN %2 · 加密后的 SNN %3，数据：%4</translation>
    </message>
</context>
<context>
    <name>EnergyCurvePlot</name>
    <message>
        <location filename="../widgets/energycurveplot.cpp" line="73"/>
        <source>ANN (one inference)</source>
        <translation>ANN（一次推理）</translation>
    </message>
    <message>
        <location filename="../widgets/energycurveplot.cpp" line="74"/>
        <source>Timesteps T of one inference</source>
        <translation>一次推理的时间步数 T</translation>
    </message>
    <message>
        <location filename="../widgets/energycurveplot.cpp" line="75"/>
        <source>Energy per image (nJ)</source>
        <translation>每张图像的能耗 (nJ)</translation>
    </message>
    <message>
        <location filename="../widgets/energycurveplot.cpp" line="76"/>
        <source>Test accuracy (%, dotted)</source>
        <translation>测试准确率（%，虚线）</translation>
    </message>
</context>
<context>
    <name>EnergyPlot</name>
    <message>
        <location filename="../widgets/energyplot.cpp" line="81"/>
        <source>ANN</source>
        <translation>ANN</translation>
    </message>
    <message>
        <location filename="../widgets/energyplot.cpp" line="82"/>
        <source>SNN</source>
        <translation>SNN</translation>
    </message>
    <message>
        <location filename="../widgets/energyplot.cpp" line="83"/>
        <source>Energy per image (nJ)</source>
        <translation>每张图像的能耗（nJ）</translation>
    </message>
</context>
<context>
    <name>EnergySummary</name>
    <message>
        <location filename="../app/report/energysummary.cpp" line="10"/>
        <source>%1× less energy</source>
        <translation>能耗低 %1×</translation>
    </message>
    <message>
        <location filename="../app/report/energysummary.cpp" line="11"/>
        <source>%1× more energy</source>
        <translation>能耗高 %1×</translation>
    </message>
    <message>
        <location filename="../app/report/energysummary.cpp" line="20"/>
        <source>Per image, one whole inference (T = %1 timesteps): ANN %2 nJ, SNN %3 nJ: the SNN needs %4.</source>
        <translation>每张图像、一次完整推理（T = %1 个时间步）：ANN %2 nJ，SNN %3 nJ：SNN %4。</translation>
    </message>
    <message>
        <location filename="../app/report/energysummary.cpp" line="25"/>
        <source>Per timestep (the convention of the paper&apos;s lab): SNN %1 nJ, %2 than one ANN inference.</source>
        <translation>按时间步计（论文所在实验室的惯例）：SNN %1 nJ，比一次 ANN 推理%2。</translation>
    </message>
    <message>
        <location filename="../app/report/energysummary.cpp" line="33"/>
        <source>The per-inference figure is what a battery pays: the SNN runs all %1 timesteps to give one answer. The per-timestep figure divides the SNN&apos;s spikes by T and sets one average timestep against a whole ANN inference; published figures such as PrivateSNN&apos;s 55× are of this kind. Both use the same spike counts; they differ by the factor T for everything the SNN does every step.</source>
        <translation>按推理计的数字是电池实际付出的：SNN 要运行全部 %1 个时间步才给出一个答案。按时间步计的数字把 SNN 的脉冲数除以 T，用一个平均时间步去对比一次完整的 ANN 推理；PrivateSNN 的 55× 之类的已发表数字就是这种。两者使用相同的脉冲计数；对 SNN 每一步都要做的事情，两者相差 T 倍。</translation>
    </message>
    <message>
        <location filename="../app/report/energysummary.cpp" line="45"/>
        <source>%1: %2 pJ per multiply-accumulate, %3 pJ per accumulate, %4. Source: %5</source>
        <translation>%1：每次乘加 %2 pJ，每次累加 %3 pJ，%4。来源：%5</translation>
    </message>
    <message>
        <location filename="../app/report/energysummary.cpp" line="48"/>
        <source>%1 pJ per neuron update</source>
        <translation>每次神经元更新 %1 pJ</translation>
    </message>
    <message>
        <location filename="../app/report/energysummary.cpp" line="49"/>
        <source>neuron updates not counted</source>
        <translation>不计神经元更新</translation>
    </message>
</context>
<context>
    <name>EnergyView</name>
    <message>
        <location filename="../app/gui/energyview.cpp" line="232"/>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="233"/>
        <source>Runs the energy step again with these costs.</source>
        <translation>用这些能耗值重新运行能耗步骤。</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="234"/>
        <source>Logarithmic scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="235"/>
        <source>Save image…</source>
        <translation>保存图像…</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="151"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="151"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="151"/>
        <source>MACs</source>
        <translation>乘加次数</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="151"/>
        <source>Input spikes per neuron</source>
        <translation>每个神经元的输入脉冲数</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="151"/>
        <source>ANN (nJ)</source>
        <translation>ANN（nJ）</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="152"/>
        <source>SNN per inference (nJ)</source>
        <translation>SNN 每次推理 (nJ)</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="152"/>
        <source>SNN per timestep (nJ)</source>
        <translation>SNN 每个时间步 (nJ)</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="164"/>
        <source>analog</source>
        <translation>模拟</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="173"/>
        <source>Neuron updates</source>
        <translation>神经元更新</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="173"/>
        <source>counted</source>
        <translation>计入</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="173"/>
        <source>not counted</source>
        <translation>不计入</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="207"/>
        <source>converted SNN</source>
        <translation>转换后的 SNN</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="207"/>
        <source>encrypted SNN</source>
        <translation>加密后的 SNN</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="217"/>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="222"/>
        <source>As run: %1</source>
        <translation>运行时所用：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="227"/>
        <source>Multiply-accumulate (pJ)</source>
        <translation>乘加 (pJ)</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="228"/>
        <source>Accumulate (pJ)</source>
        <translation>累加 (pJ)</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="229"/>
        <source>Neuron updates (pJ)</source>
        <translation>神经元更新 (pJ)</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="230"/>
        <source>Each neuron updates its membrane once per timestep; counting it keeps a small T from looking free.</source>
        <translation>每个神经元每个时间步更新一次膜电位；把它计入，较小的 T 就不会显得毫无代价。</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="236"/>
        <source>Energy per layer</source>
        <translation>各层能耗</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="237"/>
        <source>Spikes per neuron</source>
        <translation>每个神经元的脉冲数</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="238"/>
        <source>Energy against T</source>
        <translation>能耗随 T 的变化</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="243"/>
        <source>No energy estimate yet: run the pipeline up to “Energy”.</source>
        <translation>尚无能耗估计：请将流程运行到“能耗”。</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="248"/>
        <source>Encrypted SNN.</source>
        <translation>加密后的 SNN。</translation>
    </message>
</context>
<context>
    <name>EngineWorker</name>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="56"/>
        <source>An unknown internal error occurred.</source>
        <translation>发生了未知的内部错误。</translation>
    </message>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="62"/>
        <source>Could not open the model.</source>
        <translation>无法打开模型。</translation>
    </message>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="72"/>
        <source>Could not check the model on test images.</source>
        <translation>无法在测试图像上检查模型。</translation>
    </message>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="80"/>
        <source>Could not train the judge.</source>
        <translation>无法训练评判网络。</translation>
    </message>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="96"/>
        <source>Could not save the settings.</source>
        <translation>无法保存设置。</translation>
    </message>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="101"/>
        <source>Could not export the model.</source>
        <translation>无法导出模型。</translation>
    </message>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="114"/>
        <source>The pipeline stopped with an error.</source>
        <translation>流程因错误而停止。</translation>
    </message>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="124"/>
        <source>Could not read the workspace.</source>
        <translation>无法读取工作区。</translation>
    </message>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="129"/>
        <source>Could not read the synthetic images.</source>
        <translation>无法读取合成图像。</translation>
    </message>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="177"/>
        <source>Could not simulate the spiking network.</source>
        <translation>无法仿真脉冲神经网络。</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="52"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="53"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="54"/>
        <source>&amp;Open Model…</source>
        <translation>打开模型(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="54"/>
        <source>Open &amp;Demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="54"/>
        <source>Open &amp;Workspace…</source>
        <translation>打开工作区(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="54"/>
        <source>&amp;Save Workspace As…</source>
        <translation>工作区另存为(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="25"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="26"/>
        <source>Exported %1 (SHA-256 %2)</source>
        <translation>已导出 %1（SHA-256 %2）</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="55"/>
        <source>Export &amp;Report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="55"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="58"/>
        <source>E&amp;xport Model</source>
        <translation>导出模型(&amp;X)</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="59"/>
        <source>&amp;ANN…</source>
        <translation>人工神经网络(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="59"/>
        <source>&amp;Converted SNN…</source>
        <translation>转换后的 SNN(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="59"/>
        <source>&amp;Encrypted SNN…</source>
        <translation>加密的 SNN(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="89"/>
        <source>Open Model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="90"/>
        <source>Models (*.psnn *.pt *.pth *.torchscript *.onnx);;All files (*)</source>
        <translation>模型 (*.psnn *.pt *.pth *.torchscript *.onnx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="97"/>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="105"/>
        <source>Nothing to save yet.</source>
        <translation>尚无可保存的内容。</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="105"/>
        <source>Run at least the first step to create the workspace.</source>
        <translation>请至少运行第一步以创建工作区。</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="108"/>
        <source>Save Workspace As</source>
        <translation>工作区另存为</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="114"/>
        <source>Could not save the workspace.</source>
        <translation>无法保存工作区。</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="125"/>
        <source>There is no %1 in this workspace yet.</source>
        <translation>此工作区中还没有 %1。</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="125"/>
        <source>Run the pipeline up to the stage that makes it first.</source>
        <translation>请先将流水线运行到生成它的阶段。</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="130"/>
        <source>PrivateSNN model (*.psnn)</source>
        <translation>PrivateSNN 模型 (*.psnn)</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="130"/>
        <source>NIR graph for SNN tools (*.nir)</source>
        <translation>供 SNN 工具使用的 NIR 图 (*.nir)</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="131"/>
        <source>TorchScript SNN for PyTorch (*.pt)</source>
        <translation>供 PyTorch 使用的 TorchScript SNN (*.pt)</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="133"/>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="143"/>
        <source>There is nothing to report yet.</source>
        <translation>尚无可报告的内容。</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="143"/>
        <source>Run the pipeline up to “Evaluate” first.</source>
        <translation>请先将流程运行到“评估”。</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="146"/>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="147"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
</context>
<context>
    <name>FrontierPlot</name>
    <message>
        <location filename="../widgets/frontierplot.cpp" line="112"/>
        <source>Judge top-1 on reconstructions (95 % interval)</source>
        <translation>评判网络在重建图像上的 top-1（95% 区间）</translation>
    </message>
    <message>
        <location filename="../widgets/frontierplot.cpp" line="113"/>
        <source>SNN test accuracy</source>
        <translation>SNN 测试准确率</translation>
    </message>
    <message>
        <location filename="../widgets/frontierplot.cpp" line="114"/>
        <source>chance</source>
        <translation>随机水平</translation>
    </message>
</context>
<context>
    <name>ImageExport</name>
    <message>
        <location filename="../app/gui/imageexport.cpp" line="14"/>
        <location filename="../app/gui/imageexport.cpp" line="20"/>
        <source>Save image</source>
        <translation>保存图像</translation>
    </message>
    <message>
        <location filename="../app/gui/imageexport.cpp" line="15"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/gui/imageexport.cpp" line="20"/>
        <location filename="../app/gui/imageexport.cpp" line="49"/>
        <location filename="../app/gui/imageexport.cpp" line="58"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>ImageGallery</name>
    <message>
        <location filename="../widgets/imagegallery.cpp" line="171"/>
        <source>%1, image %2 of class %3</source>
        <translation>%1，类别 %3 的第 %2 张图像</translation>
    </message>
    <message>
        <location filename="../widgets/imagegallery.cpp" line="173"/>
        <source>Judge says: %1</source>
        <translation>评判网络认为：%1</translation>
    </message>
    <message>
        <location filename="../widgets/imagegallery.cpp" line="175"/>
        <source>Probability of %1: %2%</source>
        <translation>%1 的概率：%2%</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="56"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="67"/>
        <source>guess</source>
        <translation>推测</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="81"/>
        <source>Not chosen (Check finds it)</source>
        <translation>未选择（检查会找出）</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="82"/>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="82"/>
        <source>MNIST</source>
        <translation>MNIST</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="82"/>
        <source>CIFAR-10</source>
        <translation>CIFAR-10</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="82"/>
        <source>CIFAR-100</source>
        <translation>CIFAR-100</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="82"/>
        <source>ImageNet</source>
        <translation>ImageNet</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="83"/>
        <source>Pixels to [-1, 1]</source>
        <translation>像素映射到 [-1, 1]</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="83"/>
        <source>None (pixels in [0, 1])</source>
        <translation>无（像素在 [0, 1]）</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="87"/>
        <source>Custom values</source>
        <translation>自定义值</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="90"/>
        <source>e.g. 0.2860</source>
        <translation>例如 0.2860</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="91"/>
        <source>e.g. 0.3530</source>
        <translation>例如 0.3530</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="94"/>
        <source>Fashion-MNIST test set</source>
        <translation>Fashion-MNIST 测试集</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="95"/>
        <source>MNIST test set</source>
        <translation>MNIST 测试集</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="96"/>
        <source>CIFAR-10 test set</source>
        <translation>CIFAR-10 测试集</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="97"/>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="103"/>
        <source>From the test data</source>
        <translation>取自测试数据</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="103"/>
        <source>Typed below</source>
        <translation>在下方输入</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="103"/>
        <source>Numbers 0, 1, 2, …</source>
        <translation>数字 0、1、2、…</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="105"/>
        <source>names separated by commas</source>
        <translation>名称，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="107"/>
        <source>Check on test images</source>
        <translation>在测试图像上检查</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="110"/>
        <source>Check runs the model on 300 test images with the chosen normalisation and with every preset. It reads the test set only, as evaluation does.</source>
        <translation>检查会用所选的归一化和每个预设在 300 张测试图像上运行模型。它只读取测试集，与评估相同。</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="119"/>
        <source>Input shape (channels, height, width)</source>
        <translation>输入形状（通道、高度、宽度）</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="121"/>
        <source>Normalisation the model was trained with</source>
        <translation>模型训练时使用的归一化</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="122"/>
        <source>Mean per channel</source>
        <translation>每个通道的均值</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="123"/>
        <source>Standard deviation per channel</source>
        <translation>每个通道的标准差</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="124"/>
        <source>Test data</source>
        <translation>测试数据</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="125"/>
        <source>Class names</source>
        <translation>类别名称</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="131"/>
        <source>Use these settings</source>
        <translation>使用这些设置</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="132"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="150"/>
        <source>Checking on test images…</source>
        <translation>正在测试图像上检查…</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="158"/>
        <source>Normalisation set to the suggestion: %1 of the checked test images right.</source>
        <translation>归一化已设为建议值：所检查的测试图像中 %1 正确。</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="198"/>
        <source>read from a folder by Check</source>
        <translation>由检查从文件夹读取</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="201"/>
        <source>0 to %1</source>
        <translation>0 到 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="207"/>
        <source>Test data folder</source>
        <translation>测试数据文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="297"/>
        <source>guessed from the weights: change it if it is wrong</source>
        <translation>根据权重推测：如有误请修改</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="298"/>
        <source>as the model file declares it</source>
        <translation>与模型文件声明的一致</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/importdialog.cpp" line="318"/>
        <source>With the chosen normalisation the model gets %1 of %n test image(s) right (%2).</source>
        <translation>
            <numerusform>使用所选的归一化，模型在 %n 张测试图像中答对 %1（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="325"/>
        <source>Every preset on the same images: %1.</source>
        <translation>每个预设在相同图像上的结果：%1。</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="328"/>
        <source>%1 fits better: %2 instead of %3.</source>
        <translation>%1 更合适：%2，而不是 %3。</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="330"/>
        <source>Use %1</source>
        <translation>使用 %1</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../app/gui/importflow.cpp" line="39"/>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="57"/>
        <source>The engine is busy with another job; try again when it has finished.</source>
        <translation>引擎正在处理其他任务；请在完成后重试。</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="69"/>
        <source>Import settings set; test data %1</source>
        <translation>已设置导入选项；测试数据 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="73"/>
        <source>PrivateSNN Workbench</source>
        <translation>PrivateSNN Workbench</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="74"/>
        <source>The audit needs a judge that knows the classes of %1, and there is none yet. Train one now (a few minutes; Esc cancels)?</source>
        <translation>审计需要一个认识 %1 类别的评判网络，目前还没有。现在训练一个吗（几分钟；按 Esc 取消）？</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="121"/>
        <source>Training a judge on the training split of %1</source>
        <translation>正在 %1 的训练集上训练评判网络</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="133"/>
        <source>Judge trained (%1 % of the test set right), kept as %2</source>
        <translation>评判网络已训练（测试集 %1 % 正确），保存为 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="146"/>
        <source>No normalisation is set: a model trained on normalised images then scores far below its real accuracy.</source>
        <translation>未设置归一化：在归一化图像上训练的模型此时的准确率会远低于其真实水平。</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="147"/>
        <source>Set it…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="149"/>
        <source>The input shape was guessed from the weights.</source>
        <translation>输入形状是根据权重推测的。</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="149"/>
        <source>Check it…</source>
        <translation>检查…</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="151"/>
        <source>The classes have no names, only numbers.</source>
        <translation>类别没有名称，只有编号。</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="151"/>
        <source>Name them…</source>
        <translation>命名…</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="157"/>
        <source>The audit needs a judge for the classes of %1.</source>
        <translation>审计需要一个针对 %1 类别的评判网络。</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="158"/>
        <source>Train one…</source>
        <translation>训练一个…</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../app/gui/languagemenu.cpp" line="26"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>LeakageModel</name>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="9"/>
        <source>ANN</source>
        <translation>ANN</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="11"/>
        <source>converted SNN</source>
        <translation>转换后的 SNN</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="13"/>
        <source>encrypted SNN</source>
        <translation>加密后的 SNN</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="20"/>
        <source>weights in an ANN</source>
        <translation>权重放入 ANN</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="22"/>
        <source>weights with thresholds (rate ANN)</source>
        <translation>带阈值的权重（速率 ANN）</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="24"/>
        <source>SNN, surrogate gradient</source>
        <translation>SNN，替代梯度</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="26"/>
        <source>SNN, evolution strategies</source>
        <translation>SNN，进化策略</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="28"/>
        <source>loss threshold</source>
        <translation>损失阈值</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="30"/>
        <source>confidence threshold</source>
        <translation>置信度阈值</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="37"/>
        <source>scenario 1</source>
        <translation>场景 1</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="39"/>
        <source>threshold-aware</source>
        <translation>考虑阈值</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="41"/>
        <source>scenario 2 (gradient)</source>
        <translation>场景 2（梯度）</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="43"/>
        <source>scenario 2 (ES)</source>
        <translation>场景 2（进化策略）</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="135"/>
        <source>privacy weight</source>
        <translation>隐私权重</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="137"/>
        <source>channel scrambling</source>
        <translation>通道置乱</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="139"/>
        <source>epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="141"/>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="157"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="164"/>
        <source>%1 % [%2, %3] (n = %4)</source>
        <translation>%1 % [%2, %3]（n = %4）</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="171"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="171"/>
        <source>Attack</source>
        <translation>攻击</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="171"/>
        <source>Judge top-1 [95 % interval] (n)</source>
        <translation>评判 top-1 [95% 区间]（n）</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="171"/>
        <source>Judge top-3</source>
        <translation>评判 top-3</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="171"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="172"/>
        <source>Reading&apos;s test accuracy</source>
        <translation>该读法的测试准确率</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="172"/>
        <source>SSIM to class mean</source>
        <translation>与类均值的 SSIM</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="172"/>
        <source>SSIM to nearest real</source>
        <translation>与最近真实图像的 SSIM</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="224"/>
        <source>%1 (AUC %2)</source>
        <translation>%1（AUC %2）</translation>
    </message>
</context>
<context>
    <name>LeakageView</name>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="101"/>
        <source>Reconstruction of %1</source>
        <translation>%1 的重建图像</translation>
    </message>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="118"/>
        <source>judge: %1 (%2 %)</source>
        <translation>评判：%1（%2 %）</translation>
    </message>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="124"/>
        <source>mean of the real class</source>
        <translation>真实类别的平均图像</translation>
    </message>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="124"/>
        <source>real example</source>
        <translation>真实样例</translation>
    </message>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="142"/>
        <source>Save gallery…</source>
        <translation>保存图集…</translation>
    </message>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="143"/>
        <source>Save ROC…</source>
        <translation>保存 ROC…</translation>
    </message>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="147"/>
        <source>Green frame: the judge recognised the class. Click to enlarge.</source>
        <translation>绿色边框：评判网络认出了该类别。点击放大。</translation>
    </message>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="159"/>
        <source>Membership ROC</source>
        <translation>成员推断 ROC</translation>
    </message>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="160"/>
        <source>Privacy frontier</source>
        <translation>隐私前沿</translation>
    </message>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="163"/>
        <source>Each point is the encrypted SNN at one %1. Click a point to use that setting in step 4 (Encrypt).</source>
        <translation>每个点是某一%1下的加密 SNN。点击一个点即可在第 4 步（加密）中使用该设置。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="179"/>
        <location filename="../app/gui/mainwindow.cpp" line="566"/>
        <source>PrivateSNN Workbench</source>
        <translation>PrivateSNN 工作台</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="187"/>
        <source>&amp;Make Private SNN</source>
        <translation>生成私有 SNN(&amp;M)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="187"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="192"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="186"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="546"/>
        <source>Cancelled. Every finished step is kept.</source>
        <translation>已取消。所有已完成的步骤都会保留。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="547"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="180"/>
        <source>%1 — PrivateSNN Workbench</source>
        <translation>%1 — PrivateSNN 工作台</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="183"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="184"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="187"/>
        <source>&amp;About PrivateSNN Workbench</source>
        <translation>关于 PrivateSNN 工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="207"/>
        <source>Closing: the running step is cancelled; finished steps are kept.</source>
        <translation>正在关闭：当前步骤已取消，已完成的步骤会保留。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="172"/>
        <source>No translation for %1 was found.</source>
        <translation>未找到 %1 的翻译。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="240"/>
        <source>Demo: the bundled Fashion-MNIST network, workspace %1</source>
        <translation>演示：随附的 Fashion-MNIST 网络，工作区 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="245"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="278"/>
        <location filename="../app/gui/mainwindow.cpp" line="289"/>
        <source>Could not open the workspace.</source>
        <translation>无法打开工作区。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="304"/>
        <source>Opened workspace %1</source>
        <translation>已打开工作区 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="121"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="259"/>
        <source>The saved settings of this model cannot be read; it starts from the defaults.</source>
        <translation>无法读取此模型保存的设置；将使用默认设置。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="320"/>
        <source>There is nothing to report yet.</source>
        <translation>尚无可报告的内容。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="320"/>
        <source>Run the pipeline up to “Evaluate” first.</source>
        <translation>请先将流程运行到“评估”。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="328"/>
        <source>The audit needs a judge model.</source>
        <translation>审计需要一个评判模型。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="328"/>
        <source>Choose one in the settings of step 7 (Audit).</source>
        <translation>请在第 7 步（审计）的设置中选择一个。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="343"/>
        <source>No model is open.</source>
        <translation>没有打开的模型。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="343"/>
        <source>Use File &gt; Open Model first.</source>
        <translation>请先使用“文件 &gt; 打开模型”。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="352"/>
        <source>Started: %1</source>
        <translation>已开始：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="352"/>
        <source>Make private SNN</source>
        <translation>生成私有 SNN</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="353"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="362"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="373"/>
        <source>Step “%1” running</source>
        <translation>步骤“%1”正在运行</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="387"/>
        <source>Finished in %1 s</source>
        <translation>用时 %1 秒完成</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="393"/>
        <location filename="../app/gui/mainwindow.cpp" line="400"/>
        <source>Writing the report…</source>
        <translation>正在写入报告…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="393"/>
        <source>Reading the results…</source>
        <translation>正在读取结果…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="410"/>
        <location filename="../app/gui/mainwindow.cpp" line="442"/>
        <source>Could not write the report.</source>
        <translation>无法写入报告。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="445"/>
        <source>Report written: %1 and %2</source>
        <translation>报告已写入：%1 和 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="449"/>
        <source>Report written</source>
        <translation>报告已写入</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="459"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="410"/>
        <location filename="../app/gui/mainwindow.cpp" line="495"/>
        <source>Could not read the workspace.</source>
        <translation>无法读取工作区。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="518"/>
        <source>Conversion warning: %1</source>
        <translation>转换警告：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="538"/>
        <source>Loaded %1 (%n layer(s))</source>
        <translation>
            <numerusform>已加载 %1（%n 层）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="578"/>
        <source>About PrivateSNN Workbench</source>
        <translation>关于 PrivateSNN 工作台</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="579"/>
        <source>&lt;h3&gt;PrivateSNN Workbench %1&lt;/h3&gt;&lt;p&gt;Turns a trained ANN into a low-power spiking neural network without real training data, encrypts its weights against model inversion, and shows what leaks.&lt;/p&gt;&lt;p&gt;Following Kim, Venkatesha and Panda, &lt;i&gt;PrivateSNN&lt;/i&gt;, AAAI 2022.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PrivateSNN 工作台 %1&lt;/h3&gt;&lt;p&gt;无需真实训练数据即可将训练好的人工神经网络转换为低功耗脉冲神经网络，对其权重进行加密以抵御模型反演，并展示泄露的内容。&lt;/p&gt;&lt;p&gt;方法源自 Kim、Venkatesha 和 Panda 的 &lt;i&gt;PrivateSNN&lt;/i&gt;（AAAI 2022）。&lt;/p&gt;&lt;p&gt;许可证：GPL-3.0-or-later。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ModelSummaryView</name>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="40"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="40"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="40"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="40"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="40"/>
        <source>MACs</source>
        <translation>乘加运算</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="40"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="55"/>
        <source>%1 kernel, stride %2, padding %3</source>
        <translation>%1 卷积核，步幅 %2，填充 %3</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="56"/>
        <source>%1, no bias</source>
        <translation>%1，无偏置</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="59"/>
        <source>%1 window, stride %2</source>
        <translation>%1 窗口，步幅 %2</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="61"/>
        <source>no bias</source>
        <translation>无偏置</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="63"/>
        <source>spiking neurons, threshold %1</source>
        <translation>脉冲神经元，阈值 %1</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="65"/>
        <source>p = %1 (no effect at inference)</source>
        <translation>p = %1（推理时不起作用）</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="67"/>
        <source>residual block: its input is kept for the shortcut</source>
        <translation>残差块：其输入保留给捷径连接</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="69"/>
        <source>adds the block&apos;s input (identity shortcut)</source>
        <translation>加上块的输入（恒等捷径）</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="71"/>
        <source>adds the block&apos;s input through a 1×1 conv with stride %1 and BN</source>
        <translation>经步长为 %1 的 1×1 卷积和 BN 加上块的输入</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="72"/>
        <source>adds the block&apos;s input through a 1×1 conv with stride %1</source>
        <translation>经步长为 %1 的 1×1 卷积加上块的输入</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="99"/>
        <source>Residual block</source>
        <translation>残差块</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="99"/>
        <source>Add shortcut</source>
        <translation>加上捷径</translation>
    </message>
</context>
<context>
    <name>PipelinePanel</name>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="324"/>
        <source>needs a judge model (settings)</source>
        <translation>需要评判模型（见设置）</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="358"/>
        <source>Elapsed %1, about %2 left</source>
        <translation>已用 %1，约剩 %2</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="359"/>
        <source>Elapsed %1</source>
        <translation>已用 %1</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="379"/>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="379"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="379"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="379"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="379"/>
        <source>stale</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="394"/>
        <source>From model to private SNN</source>
        <translation>从模型到私有 SNN</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="395"/>
        <source>Make private SNN</source>
        <translation>生成私有 SNN</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="396"/>
        <source>Runs every step below in order. Steps that are already done with the same settings are skipped.</source>
        <translation>按顺序运行下面的每一步。已用相同设置完成的步骤会被跳过。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="398"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="399"/>
        <source>Stops the running step within about a second. Finished steps are kept.</source>
        <translation>在约一秒内停止当前步骤。已完成的步骤会保留。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="400"/>
        <source>1. Import</source>
        <translation>1. 导入</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="400"/>
        <source>2. Synthesize</source>
        <translation>2. 合成</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="400"/>
        <source>3. Convert</source>
        <translation>3. 转换</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="400"/>
        <source>4. Encrypt</source>
        <translation>4. 加密</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="401"/>
        <source>5. Evaluate</source>
        <translation>5. 评估</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="401"/>
        <source>6. Energy</source>
        <translation>6. 能耗</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="401"/>
        <source>7. Audit</source>
        <translation>7. 审计</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="401"/>
        <source>8. Report</source>
        <translation>8. 报告</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="403"/>
        <source>Reads the trained network (ANN) and checks every layer.</source>
        <translation>读取训练好的网络（ANN）并检查每一层。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="404"/>
        <source>Makes training images from the network alone, so that no real data is needed.</source>
        <translation>仅凭网络本身生成训练图像，无需任何真实数据。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="405"/>
        <source>Turns the network into a spiking network (SNN) whose neurons fire when their input passes a threshold.</source>
        <translation>把网络转换为脉冲神经网络（SNN），其神经元在输入超过阈值时发放脉冲。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="406"/>
        <source>Retrains the SNN through time on the synthetic images, so that its weights reveal less about the classes.</source>
        <translation>在合成图像上沿时间重新训练 SNN，使其权重更少透露类别信息。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="407"/>
        <source>Measures accuracy on real test images (the only step that reads real data besides the audit).</source>
        <translation>在真实测试图像上测量准确率（除审计外唯一读取真实数据的步骤）。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="408"/>
        <source>Estimates the energy per image of the ANN and the SNN from operation counts.</source>
        <translation>根据运算次数估计 ANN 和 SNN 每张图像的能耗。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="409"/>
        <source>Attacks each model to reconstruct class images and lets an independent judge network rate them.</source>
        <translation>攻击每个模型以重建类别图像，并由独立的评判网络打分。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="410"/>
        <source>Writes an HTML and PDF report of everything above.</source>
        <translation>把以上所有内容写成 HTML 和 PDF 报告。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="414"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="415"/>
        <source>Runs this step (and any earlier step that is not done).</source>
        <translation>运行此步骤（以及之前任何未完成的步骤）。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="416"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="427"/>
        <source>Images per class</source>
        <translation>每类图像数</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="427"/>
        <source>How many synthetic images to make for each class (default 100).</source>
        <translation>每个类别生成多少张合成图像（默认 100）。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="428"/>
        <source>Optimisation steps</source>
        <translation>优化步数</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="428"/>
        <source>Adam steps per batch of images; more steps give cleaner images (paper: 2500).</source>
        <translation>每批图像的 Adam 步数；步数越多图像越清晰（论文：2500）。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="429"/>
        <location filename="../widgets/pipelinepanel.cpp" line="456"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="429"/>
        <source>Step size of the image optimisation.</source>
        <translation>图像优化的步长。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="431"/>
        <source>Choose automatically</source>
        <translation>自动选择</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="432"/>
        <source>Tries input codings, starting membranes, negative spikes, threshold percentiles and (with BatchNorm) two kinds of synthetic images, and keeps the setting whose SNN agrees best with the ANN on synthetic images it was not balanced on, and on mixtures of them. Reads no real data.</source>
        <translation>尝试不同的输入编码、初始膜电位、负脉冲、阈值百分位数以及（有 BatchNorm 时）两种合成图像，保留其 SNN 与 ANN 一致性最高的设置——在未用于阈值平衡的合成图像及其混合图像上评估。不读取任何真实数据。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="435"/>
        <source>Timesteps (T)</source>
        <translation>时间步数（T）</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="435"/>
        <source>How many time steps the SNN runs per image. More steps: more accurate, more energy (default 100).</source>
        <translation>SNN 处理每张图像运行的时间步数。步数越多越准确，但能耗也越高（默认 100）。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="436"/>
        <source>Input coding</source>
        <translation>输入编码</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="436"/>
        <source>How the image enters the SNN: as random spikes (Poisson) or as a constant current (direct).</source>
        <translation>图像如何进入 SNN：以随机脉冲（泊松）或恒定电流（直接）的形式。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="437"/>
        <source>Poisson (signed)</source>
        <translation>泊松（带符号）</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="438"/>
        <source>Poisson (pixels)</source>
        <translation>泊松（像素）</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="439"/>
        <source>direct (analog)</source>
        <translation>直接（模拟）</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="440"/>
        <source>Threshold percentile</source>
        <translation>阈值百分位数</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="440"/>
        <source>Each layer&apos;s firing threshold is this percentile of its input on synthetic images (100 = the maximum).</source>
        <translation>每层的发放阈值取其在合成图像上输入的这一百分位数（100 = 最大值）。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="441"/>
        <source>Neuron model</source>
        <translation>神经元模型</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="441"/>
        <source>IF integrates its input; LIF also leaks part of it every step.</source>
        <translation>IF 累积输入；LIF 还会在每一步泄漏一部分。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="442"/>
        <source>integrate-and-fire (IF)</source>
        <translation>积分发放（IF）</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="443"/>
        <source>leaky integrate-and-fire (LIF)</source>
        <translation>泄漏积分发放（LIF）</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="444"/>
        <source>Starting membrane</source>
        <translation>初始膜电位</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="445"/>
        <source>Membrane potential at the first step, as a fraction of the threshold. 0 as in the paper; 0.5 makes the SNN accurate sooner.</source>
        <translation>第一步的膜电位，以阈值的比例表示。0 与论文相同；0.5 使 SNN 更早达到准确。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="447"/>
        <source>Negative spikes</source>
        <translation>负脉冲</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="448"/>
        <source>A neuron that fired more than its input justifies sends a negative spike to take one back. Much more accurate with Poisson input; not part of the paper&apos;s method.</source>
        <translation>发放次数超过其输入所需的神经元会发出一个负脉冲以撤回一次发放。使用泊松输入时准确得多；不属于论文的方法。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="450"/>
        <source>Thresholds for small T</source>
        <translation>适合小 T 的阈值</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="451"/>
        <source>Each threshold is chosen so that rounding its input to T steps loses least (QCFS-style), instead of a percentile. Helps at small T.</source>
        <translation>每个阈值的选择使其输入按 T 步取整的损失最小（QCFS 式），而不是取百分位数。对小 T 有帮助。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="454"/>
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="454"/>
        <source>Passes over the synthetic images (default 5).</source>
        <translation>遍历合成图像的次数（默认 5）。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="455"/>
        <source>Training timesteps</source>
        <translation>训练时间步数</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="455"/>
        <source>Time steps used while retraining; fewer is faster (evaluation keeps the SNN&apos;s T).</source>
        <translation>重新训练时使用的时间步数；越少越快（评估仍用 SNN 自己的 T）。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="456"/>
        <source>Adam learning rate of the retraining (default 0.0001).</source>
        <translation>重新训练的 Adam 学习率（默认 0.0001）。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="457"/>
        <source>Distillation weight</source>
        <translation>蒸馏权重</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="457"/>
        <source>Also learn the ANN&apos;s soft outputs with this weight (0: off).</source>
        <translation>同时以此权重学习 ANN 的软输出（0：关闭）。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="458"/>
        <source>Privacy weight</source>
        <translation>隐私权重</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="459"/>
        <source>Also train the weights, read with their thresholds as an ordinary network, to say nothing about the classes (0: off). The project&apos;s own method, not the paper&apos;s.</source>
        <translation>同时训练权重，使其连同阈值作为普通网络读取时不透露类别信息（0：关闭）。本项目自己的方法，不是论文中的方法。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="461"/>
        <source>Channel scrambling</source>
        <translation>通道置乱</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="462"/>
        <source>After training, scale each channel by a power of two between 2^-N and 2^N and its threshold with it: the SNN computes exactly the same, its bare weights no longer read as the ANN (0: off). The project&apos;s own.</source>
        <translation>训练后，将每个通道及其阈值乘以 2^-N 到 2^N 之间的 2 的幂：SNN 的计算完全不变，但其裸权重不再能读作 ANN（0：关闭）。本项目自己的方法。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="464"/>
        <source>Deployed timesteps</source>
        <translation>部署时间步数</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="465"/>
        <source>How many timesteps the encrypted SNN runs for: fewer steps, fewer spikes, less energy. “Smallest” is chosen without real data, on mixes of synthetic images, within 1 accuracy point of the ANN there.</source>
        <translation>加密后的 SNN 运行多少个时间步：步数越少，脉冲越少，能耗越低。“最小”在不使用真实数据的情况下，基于合成图像的混合来选择，要求准确率与 ANN 相差不超过 1 个百分点。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="467"/>
        <source>the converted SNN&apos;s</source>
        <translation>转换后 SNN 的步数</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="468"/>
        <source>the training timesteps</source>
        <translation>训练时的时间步数</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="469"/>
        <source>smallest within 1 point of the ANN</source>
        <translation>与 ANN 相差 1 个百分点以内的最小值</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="470"/>
        <source>Spike-count weight</source>
        <translation>脉冲数权重</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="471"/>
        <source>Also train the SNN to fire fewer spikes, weighted by the synapses each spike reaches (0: off).</source>
        <translation>同时训练 SNN 少发脉冲，按每个脉冲到达的突触数加权（0：关闭）。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="473"/>
        <source>Test data</source>
        <translation>测试数据</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="473"/>
        <source>A data set name (fashion-mnist, mnist, cifar10) or a folder. Read only for evaluation.</source>
        <translation>数据集名称（fashion-mnist、mnist、cifar10）或文件夹。仅在评估时读取。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="474"/>
        <source>Test images</source>
        <translation>测试图像数</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="474"/>
        <source>How many test images to use (0: all).</source>
        <translation>使用多少张测试图像（0：全部）。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="476"/>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="477"/>
        <source>Energy per operation of the chip the models run on; the Energy view edits single costs.</source>
        <translation>模型所运行芯片的每次运算能耗；在“能耗”视图中可编辑单项成本。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="478"/>
        <source>As set: %1</source>
        <translation>当前设置：%1</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="482"/>
        <source>Judge model</source>
        <translation>评判模型</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="482"/>
        <source>An independent classifier of the same classes that rates the reconstructions. Empty: no audit.</source>
        <translation>一个类别相同的独立分类器，用来评判重建图像。留空：不审计。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="483"/>
        <source>Reconstructions per class</source>
        <translation>每类重建数</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="483"/>
        <source>Attacks per class, each from a different random start.</source>
        <translation>每个类别的攻击次数，每次从不同的随机起点开始。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="484"/>
        <source>Attack steps</source>
        <translation>攻击步数</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="484"/>
        <source>Optimisation steps of each reconstruction.</source>
        <translation>每次重建的优化步数。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="485"/>
        <source>Attack timesteps</source>
        <translation>攻击时间步数</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="485"/>
        <source>Time steps of the attacks on the SNN itself.</source>
        <translation>直接攻击 SNN 时使用的时间步数。</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="486"/>
        <source>Gradient-free attack</source>
        <translation>无梯度攻击</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="486"/>
        <source>Also attack the SNN with evolution strategies, which need no gradient.</source>
        <translation>另外用不需要梯度的进化策略攻击 SNN。</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="139"/>
        <location filename="../app/report/reportwriter.cpp" line="226"/>
        <location filename="../app/report/reportwriter.cpp" line="278"/>
        <location filename="../app/report/reportwriter.cpp" line="359"/>
        <source>converted SNN</source>
        <translation>转换后的 SNN</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="140"/>
        <location filename="../app/report/reportwriter.cpp" line="227"/>
        <location filename="../app/report/reportwriter.cpp" line="279"/>
        <location filename="../app/report/reportwriter.cpp" line="359"/>
        <source>encrypted SNN</source>
        <translation>加密后的 SNN</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="141"/>
        <source>converted with real data</source>
        <translation>用真实数据转换</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="168"/>
        <source>No leakage audit has been run on this workspace yet.</source>
        <translation>此工作区尚未进行泄露审计。</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="172"/>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="176"/>
        <source>an independent classifier recognised %1 of the images reconstructed from the encrypted model&apos;s weights read into an ANN, and %2 with its thresholds divided out (chance: %3; from the original network: %4). A reading leaks when its whole 95 % interval lies above chance.</source>
        <translation>独立分类器识别出了由加密模型权重（读作 ANN）重建图像中的 %1，除去阈值后为 %2（随机水平：%3；原始网络：%4）。当某种读法的整个 95% 区间都高于随机水平时，即视为泄露。</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="181"/>
        <source>Class features ARE recognisable from the encrypted model&apos;s weights: %1</source>
        <translation>从加密模型的权重中【可以】辨认出类别特征：%1</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="182"/>
        <source>Class features are NOT recognisable from the encrypted model&apos;s weights: %1</source>
        <translation>从加密模型的权重中【无法】辨认出类别特征：%1</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="187"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="193"/>
        <source>The original network (ANN) classifies %1 of the real test images correctly; the spiking version made from it without any real data (converted SNN) %2, and the encrypted SNN, retrained on synthetic images only, %3.</source>
        <translation>原始网络（ANN）正确分类了 %1 的真实测试图像；不用任何真实数据转换得到的脉冲版本（转换后的 SNN）为 %2；只在合成图像上重新训练的加密 SNN 为 %3。</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="201"/>
        <source>Estimated energy per image: the encrypted SNN needs %1 times less than the ANN (45 nm CMOS figures).</source>
        <translation>每张图像的估计能耗：加密 SNN 比 ANN 低 %1 倍（45 nm CMOS 数据）。</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="203"/>
        <source>Estimated energy per image: the encrypted SNN needs %1 times MORE than the ANN (45 nm CMOS figures): it fires too many spikes to save energy.</source>
        <translation>每张图像的估计能耗：加密 SNN 比 ANN【高】%1 倍（45 nm CMOS 数据）：它发放的脉冲太多，无法节能。</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="208"/>
        <source>Conversion and encryption read no real data: the table &quot;Data each stage read&quot; below lists every file each stage opened.</source>
        <translation>转换和加密不读取任何真实数据：下方“各阶段读取的数据”表列出了每个阶段打开的所有文件。</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="215"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="216"/>
        <location filename="../app/report/reportwriter.cpp" line="276"/>
        <location filename="../app/report/reportwriter.cpp" line="418"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="216"/>
        <location filename="../app/report/reportwriter.cpp" line="235"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="216"/>
        <location filename="../app/report/reportwriter.cpp" line="235"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="223"/>
        <source>source ANN</source>
        <translation>源 ANN</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="225"/>
        <location filename="../app/report/reportwriter.cpp" line="277"/>
        <source>ANN</source>
        <translation>ANN</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="234"/>
        <source>Exported files</source>
        <translation>导出的文件</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="235"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="235"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="235"/>
        <source>Exported (UTC)</source>
        <translation>导出时间 (UTC)</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="247"/>
        <source>Data each stage read</source>
        <translation>各阶段读取的数据</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="248"/>
        <location filename="../app/report/reportwriter.cpp" line="427"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="248"/>
        <source>Data files opened</source>
        <translation>打开的数据文件</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="261"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="264"/>
        <source>Synthesis, conversion and encryption read no real data: they saw the model and the synthetic images (synthetic.bin) only.</source>
        <translation>合成、转换和加密未读取任何真实数据：它们只见过模型和合成图像（synthetic.bin）。</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="266"/>
        <source>WARNING: a synthesis, conversion or encryption stage read data files other than the synthetic images (see above).</source>
        <translation>警告：合成、转换或加密阶段读取了合成图像以外的数据文件（见上文）。</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="273"/>
        <location filename="../app/report/reportwriter.cpp" line="276"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="275"/>
        <source>Evaluated on: %1</source>
        <translation>评估数据：%1</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="276"/>
        <source>Timesteps</source>
        <translation>时间步数</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="276"/>
        <source>Images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="280"/>
        <source>converted with real data (comparison)</source>
        <translation>用真实数据转换（对照）</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="298"/>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="300"/>
        <location filename="../app/report/reportwriter.cpp" line="359"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="300"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="300"/>
        <source>MACs</source>
        <translation>乘加次数</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="300"/>
        <source>Input spikes per neuron</source>
        <translation>每个神经元的输入脉冲数</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="300"/>
        <source>ANN (nJ)</source>
        <translation>ANN（nJ）</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="310"/>
        <source>analog</source>
        <translation>模拟</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="316"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="330"/>
        <source>Synthetic images</source>
        <translation>合成图像</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="331"/>
        <source>Made from the ANN alone, one row per class; the ANN assigns %1 of them to their intended class with a mean confidence of %2.</source>
        <translation>仅由 ANN 生成，每类一行；ANN 把其中 %1 归入预期类别，平均置信度为 %2。</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="342"/>
        <location filename="../app/report/reportwriter.cpp" line="344"/>
        <source>Leakage audit</source>
        <translation>泄露审计</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="345"/>
        <source>Model inversion: for every class an attacker optimises an input image that the model assigns to that class, from the same random start for every model. Scenario 1 reads the weights into an ordinary network (ReLU, thresholds ignored); the threshold-aware reading divides out each layer&apos;s threshold and uses the neurons&apos; rate function, the network the SNN approximates; scenario 2 attacks the spiking network itself through time, with a surrogate gradient and with evolution strategies (no gradient). An independent judge network classifies each reconstruction: a green frame means it recognised the intended class, a red one that it did not.</source>
        <translation>模型反演：对于每个类别，攻击者从对每个模型都相同的随机起点出发，优化一张被模型归入该类别的输入图像。场景 1 将权重读入普通网络（ReLU，忽略阈值）；考虑阈值的读法除去每层的阈值并使用神经元的速率函数，即 SNN 所逼近的网络；场景 2 通过时间直接攻击脉冲网络本身，使用替代梯度和进化策略（无梯度）。独立的评判网络对每张重建图像分类：绿框表示识别出了目标类别，红框表示没有。</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="418"/>
        <source>Attack</source>
        <translation>攻击</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="357"/>
        <source>Chance level: %1.</source>
        <translation>随机水平：%1。</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="301"/>
        <source>SNN per inference (nJ)</source>
        <translation>SNN 每次推理 (nJ)</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="301"/>
        <source>SNN per timestep (nJ)</source>
        <translation>SNN 每个时间步 (nJ)</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="314"/>
        <source>Neuron updates</source>
        <translation>神经元更新</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="318"/>
        <source>Ratio ANN / SNN: %1 per inference, %2 per timestep</source>
        <translation>ANN / SNN 之比：按推理 %1，按时间步 %2</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="358"/>
        <source>Weight similarity to the ANN (cosine)</source>
        <translation>与 ANN 的权重相似度（余弦）</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="373"/>
        <source>What this means for whoever ships the model: the judge recognised %1 of the images reconstructed through the encrypted SNN itself (scenario 2). The encryption hides class features in the weights as numbers, not in what the network computes: anyone who can run the SNN and see its outputs can reconstruct its classes. Ship it only where running it is as trusted as reading it.</source>
        <translation>这对发布模型的人意味着什么：评判网络识别出了通过加密 SNN 本身重建的图像中的 %1（场景 2）。加密隐藏的是作为数字的权重中的类别特征，而不是网络所计算的内容：任何能运行该 SNN 并看到其输出的人都能重建其类别。只在运行它与读取它同样可信的地方发布它。</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="377"/>
        <source>What this means for whoever ships the model: the judge recognised %1 of the images reconstructed through the encrypted SNN itself (scenario 2), which is not distinguishable from chance with this many reconstructions. A stronger attacker (more steps, more reconstructions) may still do better.</source>
        <translation>这对发布模型的人意味着什么：评判网络识别出了通过加密 SNN 本身重建的图像中的 %1（场景 2），在这么多重建图像下无法与随机水平区分。更强的攻击者（更多步数、更多重建）仍可能做得更好。</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="389"/>
        <source>Privacy frontier</source>
        <translation>隐私前沿</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="390"/>
        <source>The encryption at several strengths of one setting (%1): the encrypted SNN&apos;s test accuracy against the judge&apos;s top-1 on reconstructions from each reading of its weights, with 95 % intervals. Points near chance and high up are private and accurate.</source>
        <translation>一个设置（%1）在多个强度下的加密：加密 SNN 的测试准确率对比评判网络在其权重各种读法的重建图像上的 top-1，附 95% 区间。靠近随机水平且位置高的点既私密又准确。</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="395"/>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="395"/>
        <source>SNN test accuracy</source>
        <translation>SNN 测试准确率</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="415"/>
        <source>Membership inference</source>
        <translation>成员推断</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="416"/>
        <source>Can an attacker tell whether an image was in the training set? AUC 0.5 is guessing; 1.0 is certainty.</source>
        <translation>攻击者能否判断一张图像是否在训练集中？AUC 0.5 等于瞎猜，1.0 表示确定。</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="418"/>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="418"/>
        <source>TPR at 1% FPR</source>
        <translation>1% 误报率下的 TPR</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="418"/>
        <source>TPR at 0.1% FPR</source>
        <translation>0.1% 误报率下的 TPR</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="426"/>
        <source>Settings and seeds</source>
        <translation>设置与随机种子</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="427"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="427"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="427"/>
        <source>Duration (s)</source>
        <translation>耗时（秒）</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="427"/>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="447"/>
        <location filename="../app/report/reportwriter.cpp" line="449"/>
        <location filename="../app/report/reportwriter.cpp" line="496"/>
        <source>PrivateSNN audit report</source>
        <translation>PrivateSNN 审计报告</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="450"/>
        <source>Workspace %1, report made %2 by PrivateSNN Workbench %3.</source>
        <translation>工作区 %1，报告由 PrivateSNN 工作台 %3 于 %2 生成。</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="483"/>
        <location filename="../app/report/reportwriter.cpp" line="489"/>
        <location filename="../app/report/reportwriter.cpp" line="507"/>
        <source>%1: cannot be written (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
</context>
<context>
    <name>ResultViews</name>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="51"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="53"/>
        <source>Synthetic images</source>
        <translation>合成图像</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="55"/>
        <source>Spikes</source>
        <translation>脉冲</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="57"/>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="59"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="61"/>
        <source>Leakage</source>
        <translation>信息泄露</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="82"/>
        <source>No model loaded. Use File &gt; Open Model to choose a TorchScript, ONNX or PrivateSNN model.</source>
        <translation>尚未加载模型。请通过“文件 &gt; 打开模型”选择 TorchScript、ONNX 或 PrivateSNN 模型。</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="96"/>
        <source>TorchScript model</source>
        <translation>TorchScript 模型</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="97"/>
        <source>ONNX model</source>
        <translation>ONNX 模型</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="98"/>
        <source>PrivateSNN model</source>
        <translation>PrivateSNN 模型</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="99"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2, architecture %3&lt;br&gt;Input %4, %5 parameters, %6 MACs per image&lt;br&gt;Classes: %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2，架构 %3&lt;br&gt;输入 %4，%5 个参数，每张图像 %6 次乘加运算&lt;br&gt;类别：%7</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="107"/>
        <source>Spiking network: %1 neurons, %2 timesteps, %3 input coding</source>
        <translation>脉冲神经网络：%1 神经元，%2 个时间步，%3 输入编码</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="111"/>
        <source>, membrane starts at %1 × threshold</source>
        <translation>，膜电位从 %1 × 阈值开始</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="113"/>
        <source>, negative spikes</source>
        <translation>，负脉冲</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="117"/>
        <source>Warning:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="175"/>
        <source>Label: %1
The SNN says: %2</source>
        <translation>标签：%1
SNN 的判断：%2</translation>
    </message>
</context>
<context>
    <name>RocPlot</name>
    <message>
        <location filename="../widgets/rocplot.cpp" line="39"/>
        <source>False-positive rate</source>
        <translation>假阳性率</translation>
    </message>
    <message>
        <location filename="../widgets/rocplot.cpp" line="40"/>
        <source>True-positive rate</source>
        <translation>真阳性率</translation>
    </message>
    <message>
        <location filename="../widgets/rocplot.cpp" line="41"/>
        <source>chance</source>
        <translation>随机</translation>
    </message>
</context>
<context>
    <name>SpikeFlowStrip</name>
    <message>
        <location filename="../widgets/spikeflowstrip.cpp" line="66"/>
        <source>Pick a test image: its way through the network appears here.</source>
        <translation>选择一张测试图像：它在网络中的路径将显示在这里。</translation>
    </message>
    <message>
        <location filename="../widgets/spikeflowstrip.cpp" line="91"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/spikeflowstrip.cpp" line="96"/>
        <source>%n spike(s)</source>
        <translation>
            <numerusform>%n 个脉冲</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/spikeflowstrip.cpp" line="109"/>
        <source>Output so far, step %1 of %2</source>
        <translation>目前的输出，第 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>SpikeLoadPlot</name>
    <message>
        <location filename="../widgets/spikeloadplot.cpp" line="64"/>
        <source>Spikes per neuron per image</source>
        <translation>每张图像每个神经元的脉冲数</translation>
    </message>
    <message>
        <location filename="../widgets/spikeloadplot.cpp" line="65"/>
        <source>break-even: %1 spikes (MAC / accumulate)</source>
        <translation>盈亏平衡：%1 个脉冲（乘加 / 累加）</translation>
    </message>
</context>
<context>
    <name>SpikeMapView</name>
    <message>
        <location filename="../widgets/spikemapview.cpp" line="69"/>
        <source>Pick a test image: its spikes appear here.</source>
        <translation>选择一张测试图像：它的脉冲将显示在这里。</translation>
    </message>
    <message>
        <location filename="../widgets/spikemapview.cpp" line="74"/>
        <source>%1, step %2 of %3: firing now (left), spikes so far (right)</source>
        <translation>%1，第 %2 步，共 %3 步：此刻发放（左），累计脉冲（右）</translation>
    </message>
    <message>
        <location filename="../widgets/spikemapview.cpp" line="96"/>
        <source>channel %1</source>
        <translation>通道 %1</translation>
    </message>
</context>
<context>
    <name>SpikeView</name>
    <message>
        <location filename="../widgets/spikeview.cpp" line="186"/>
        <source>%1 (%2 neurons)</source>
        <translation>%1（%2 个神经元）</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="248"/>
        <source>simulating…</source>
        <translation>正在仿真…</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="313"/>
        <source>Raster</source>
        <translation>栅格图</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="314"/>
        <source>Spikes as images</source>
        <translation>脉冲图像</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="315"/>
        <source>Follow the image</source>
        <translation>跟随图像</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="316"/>
        <source>Test image</source>
        <translation>测试图像</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="317"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="318"/>
        <source>Timesteps</source>
        <translation>时间步数</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="319"/>
        <source>Threshold ×</source>
        <translation>阈值 ×</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="320"/>
        <source>Scales every firing threshold: lower thresholds make neurons fire more often.</source>
        <translation>缩放所有发放阈值：阈值越低，神经元发放越频繁。</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="321"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="321"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="322"/>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="323"/>
        <source>Save image…</source>
        <translation>保存图像…</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="324"/>
        <location filename="../widgets/spikeview.cpp" line="330"/>
        <location filename="../widgets/spikeview.cpp" line="334"/>
        <source>Timestep</source>
        <translation>时间步</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="325"/>
        <source>spike</source>
        <translation>脉冲</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="326"/>
        <source>negative spike (takes one back)</source>
        <translation>负脉冲（撤回一次发放）</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="328"/>
        <source>Neuron (first %1 of %2)</source>
        <translation>神经元（%2 个中的前 %1 个）</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="329"/>
        <source>Neuron</source>
        <translation>神经元</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="331"/>
        <source>Membrane potential</source>
        <translation>膜电位</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="332"/>
        <source>neuron %1</source>
        <translation>神经元 %1</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="333"/>
        <source>threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="335"/>
        <source>Spikes per neuron and step</source>
        <translation>每个神经元每步的脉冲数</translation>
    </message>
</context>
<context>
    <name>StepNumbers</name>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="25"/>
        <source>direct input</source>
        <translation>直接输入</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="26"/>
        <source>Poisson pixels</source>
        <translation>泊松像素</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="27"/>
        <source>signed Poisson input</source>
        <translation>带符号泊松输入</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="29"/>
        <source>negative spikes</source>
        <translation>负脉冲</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="31"/>
        <source>membrane starts at %1</source>
        <translation>膜电位从 %1 开始</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="33"/>
        <source>quantisation-aware thresholds</source>
        <translation>量化感知阈值</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="34"/>
        <source>threshold percentile %1</source>
        <translation>阈值百分位数 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="36"/>
        <source>thresholds from BN inversion</source>
        <translation>阈值来自 BN 反演</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepnumbers.cpp" line="49"/>
        <source>Settings tried, scored by agreement with the ANN on %n held-out synthetic image(s):</source>
        <translation>
            <numerusform>已尝试的设置，按在 %n 张保留合成图像上与 ANN 的一致性评分：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="53"/>
        <source>cannot run</source>
        <translation>无法运行</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="68"/>
        <source>%1 parameters</source>
        <translation>%1 个参数</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="72"/>
        <source>%1 images; the ANN agrees on %2</source>
        <translation>%1 张图像；ANN 认同其中 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepnumbers.cpp" line="84"/>
        <source>%n neuron layer(s) balanced</source>
        <translation>
            <numerusform>已平衡 %n 个神经元层</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="90"/>
        <source>%1; chosen automatically: %2 (%3 agreement with the ANN)</source>
        <translation>%1；自动选择：%2（与 ANN 一致性 %3）</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="99"/>
        <source>weight similarity to the ANN ≥ %1</source>
        <translation>与 ANN 的权重相似度 ≥ %1</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="106"/>
        <source>runs at T = %1: no smaller T came within the margin of the ANN</source>
        <translation>以 T = %1 运行：没有更小的 T 能与 ANN 相差在容差以内</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="107"/>
        <source>runs at T = %1</source>
        <translation>以 T = %1 运行</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="112"/>
        <source>ANN %1 · SNN %2 · encrypted %3</source>
        <translation>ANN %1 · SNN %2 · 加密 %3</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="120"/>
        <source>ANN / SNN energy: %1×</source>
        <translation>ANN / SNN 能耗比：%1×</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="121"/>
        <source>ANN / SNN energy: %1× per inference, %2× per timestep</source>
        <translation>ANN / SNN 能耗：按推理 %1×，按时间步 %2×</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="132"/>
        <source>judge recognises %1 (ANN), %2 (encrypted); with thresholds divided out %3</source>
        <translation>评判网络识别 %1（ANN）、%2（加密）；除去阈值后 %3</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="136"/>
        <source>report.html and report.pdf</source>
        <translation>report.html 和 report.pdf</translation>
    </message>
</context>
<context>
    <name>SyntheticView</name>
    <message>
        <location filename="../app/gui/syntheticview.cpp" line="116"/>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../app/gui/syntheticview.cpp" line="117"/>
        <source>Save image…</source>
        <translation>保存图像…</translation>
    </message>
    <message>
        <location filename="../app/gui/syntheticview.cpp" line="118"/>
        <source>No synthetic images yet: run “Synthesize”.</source>
        <translation>尚无合成图像：请运行“合成”。</translation>
    </message>
    <message>
        <location filename="../app/gui/syntheticview.cpp" line="119"/>
        <source>%1 synthetic images made from the model alone (up to %2 per class shown). A red frame: the ANN assigns the image to another class. Hover for the ANN&apos;s confidence.</source>
        <translation>仅由模型生成的 %1 张合成图像（每类最多显示 %2 张）。红色边框：ANN 把该图像判为其他类别。鼠标悬停可查看 ANN 的置信度。</translation>
    </message>
</context>
<context>
    <name>WorkspaceResults</name>
    <message>
        <location filename="../app/report/workspaceresults.cpp" line="21"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <location filename="../app/report/workspaceresults.cpp" line="27"/>
        <source>%1: damaged JSON at byte %2 (%3)</source>
        <translation>%1：第 %2 字节处的 JSON 已损坏（%3）</translation>
    </message>
    <message>
        <location filename="../app/report/workspaceresults.cpp" line="44"/>
        <source>not a usable workspace: %1</source>
        <translation>不是可用的工作区：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="30"/>
        <source>PrivateSNN Workbench</source>
        <translation>PrivateSNN 工作台</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="33"/>
        <source>Model to open (default: the bundled demo).</source>
        <translation>要打开的模型（默认：随附的演示模型）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="34"/>
        <source>Workspace to open.</source>
        <translation>要打开的工作区。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="36"/>
        <source>Click “Make private SNN” at start.</source>
        <translation>启动时点击“生成私有 SNN”。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>Save a PNG of the window once the model is shown, then quit.</source>
        <translation>模型显示后将窗口保存为 PNG，然后退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="41"/>
        <source>After --run: save a PNG of every view into a folder, then quit.</source>
        <translation>配合 --run：把每个视图保存为 PNG 到文件夹，然后退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>User interface language (de, zh_CN, ko, en).</source>
        <translation>界面语言（de、zh_CN、ko、en）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="47"/>
        <source>With a model: in its import dialog choose this test data, click Check, use the suggested normalisation and accept (what a person would click).</source>
        <translation>配合模型使用：在导入对话框中选择此测试数据，点击检查，采用建议的归一化并确认（即用户会点击的操作）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>While a run goes on: measure how long the window&apos;s event loop stalls, and print the longest stall when the run ends (then quit, unless --screenshots).</source>
        <translation>运行期间：测量窗口事件循环停顿的时长，并在运行结束时打印最长的停顿（然后退出，除非使用 --screenshots）。</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EngineWorker</name>
    <message>
        <location filename="../app/engineworker.cpp" line="31" />
        <source>An unknown internal error occurred.</source>
        <translation>发生了未知的内部错误。</translation>
    </message>
    <message>
        <location filename="../app/engineworker.cpp" line="37" />
        <source>Could not open the model.</source>
        <translation>无法打开模型。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="21" />
        <location filename="../app/mainwindow.cpp" line="101" />
        <source>PrivateSNN Workbench</source>
        <translation>PrivateSNN 工作台</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="24" />
        <source>No model loaded. Use File &gt; Open Model to choose a TorchScript or PrivateSNN model.</source>
        <translation>尚未加载模型。请通过“文件 &gt; 打开模型”选择 TorchScript 或 PrivateSNN 模型。</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="32" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="33" />
        <source>&amp;Open Model...</source>
        <translation>打开模型(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="36" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="38" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="39" />
        <source>&amp;About PrivateSNN Workbench</source>
        <translation>关于 PrivateSNN 工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="43" />
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="51" />
        <source>Opening %1...</source>
        <translation>正在打开 %1...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="58" />
        <source>Open Model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="59" />
        <source>Models (*.psnn *.pt *.pth *.torchscript);;All files (*)</source>
        <translation>模型 (*.psnn *.pt *.pth *.torchscript);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="74" />
        <source>TorchScript model</source>
        <translation>TorchScript 模型</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="74" />
        <source>PrivateSNN model</source>
        <translation>PrivateSNN 模型</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="75" />
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2, architecture %3&lt;br&gt;Input %4, %5 parameters, %6 MACs per image&lt;br&gt;Classes: %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2，架构 %3&lt;br&gt;输入 %4，%5 个参数，每张图像 %6 次乘加运算&lt;br&gt;类别：%7</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="83" />
        <source>Spiking network: %1 neurons, %2 timesteps, %3 input coding</source>
        <translation>脉冲神经网络：%1 神经元，%2 个时间步，%3 输入编码</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="88" />
        <source>Warning:</source>
        <translation>警告：</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="89" />
        <source>Loaded %1 (%n layer(s))</source>
        <translation>
            <numerusform>已加载 %1（%n 层）</numerusform></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="108" />
        <source>About PrivateSNN Workbench</source>
        <translation>关于 PrivateSNN 工作台</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="109" />
        <source>&lt;h3&gt;PrivateSNN Workbench %1&lt;/h3&gt;&lt;p&gt;Turns a trained ANN into a low-power spiking neural network without real training data, encrypts its weights against model inversion, and shows what leaks.&lt;/p&gt;&lt;p&gt;Following Kim, Venkatesha and Panda, &lt;i&gt;PrivateSNN&lt;/i&gt;, AAAI 2022.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PrivateSNN 工作台 %1&lt;/h3&gt;&lt;p&gt;无需真实训练数据即可将训练好的人工神经网络转换为低功耗脉冲神经网络，对其权重进行加密以抵御模型反演，并展示泄露的内容。&lt;/p&gt;&lt;p&gt;方法源自 Kim、Venkatesha 和 Panda 的 &lt;i&gt;PrivateSNN&lt;/i&gt;（AAAI 2022）。&lt;/p&gt;&lt;p&gt;许可证：GPL-3.0-or-later。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ModelSummaryView</name>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="38" />
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="38" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="38" />
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="38" />
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="38" />
        <source>MACs</source>
        <translation>乘加运算</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="38" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="53" />
        <source>%1 kernel, stride %2, padding %3</source>
        <translation>%1 卷积核，步幅 %2，填充 %3</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="54" />
        <source>%1, no bias</source>
        <translation>%1，无偏置</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="57" />
        <source>%1 window, stride %2</source>
        <translation>%1 窗口，步幅 %2</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="59" />
        <source>no bias</source>
        <translation>无偏置</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="61" />
        <source>spiking neurons, threshold %1</source>
        <translation>脉冲神经元，阈值 %1</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="63" />
        <source>p = %1 (no effect at inference)</source>
        <translation>p = %1（推理时不起作用）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="23" />
        <source>PrivateSNN Workbench</source>
        <translation>PrivateSNN 工作台</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="26" />
        <source>Model to open (default: the bundled demo).</source>
        <translation>要打开的模型（默认：随附的演示模型）。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="28" />
        <source>Save a PNG of the window once the model is shown, then quit.</source>
        <translation>模型显示后将窗口保存为 PNG，然后退出。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="30" />
        <source>User interface language (de, zh_CN, ko, en).</source>
        <translation>界面语言（de、zh_CN、ko、en）。</translation>
    </message>
</context>
</TS>
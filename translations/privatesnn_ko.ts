<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>EngineWorker</name>
    <message>
        <location filename="../app/engineworker.cpp" line="31" />
        <source>An unknown internal error occurred.</source>
        <translation>알 수 없는 내부 오류가 발생했습니다.</translation>
    </message>
    <message>
        <location filename="../app/engineworker.cpp" line="37" />
        <source>Could not open the model.</source>
        <translation>모델을 열 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="21" />
        <location filename="../app/mainwindow.cpp" line="101" />
        <source>PrivateSNN Workbench</source>
        <translation>PrivateSNN 워크벤치</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="24" />
        <source>No model loaded. Use File &gt; Open Model to choose a TorchScript or PrivateSNN model.</source>
        <translation>불러온 모델이 없습니다. 파일 &gt; 모델 열기에서 TorchScript 또는 PrivateSNN 모델을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="32" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="33" />
        <source>&amp;Open Model...</source>
        <translation>모델 열기(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="36" />
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="38" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="39" />
        <source>&amp;About PrivateSNN Workbench</source>
        <translation>PrivateSNN 워크벤치 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="43" />
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="51" />
        <source>Opening %1...</source>
        <translation>%1 여는 중...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="58" />
        <source>Open Model</source>
        <translation>모델 열기</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="59" />
        <source>Models (*.psnn *.pt *.pth *.torchscript);;All files (*)</source>
        <translation>모델 (*.psnn *.pt *.pth *.torchscript);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="74" />
        <source>TorchScript model</source>
        <translation>TorchScript 모델</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="74" />
        <source>PrivateSNN model</source>
        <translation>PrivateSNN 모델</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="75" />
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2, architecture %3&lt;br&gt;Input %4, %5 parameters, %6 MACs per image&lt;br&gt;Classes: %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2, 아키텍처 %3&lt;br&gt;입력 %4, 매개변수 %5개, 이미지당 MAC %6회&lt;br&gt;클래스: %7</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="83" />
        <source>Spiking network: %1 neurons, %2 timesteps, %3 input coding</source>
        <translation>스파이킹 신경망: %1 뉴런, 타임스텝 %2개, %3 입력 부호화</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="88" />
        <source>Warning:</source>
        <translation>경고:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="89" />
        <source>Loaded %1 (%n layer(s))</source>
        <translation>
            <numerusform>%1 불러옴 (레이어 %n개)</numerusform></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="108" />
        <source>About PrivateSNN Workbench</source>
        <translation>PrivateSNN 워크벤치 정보</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="109" />
        <source>&lt;h3&gt;PrivateSNN Workbench %1&lt;/h3&gt;&lt;p&gt;Turns a trained ANN into a low-power spiking neural network without real training data, encrypts its weights against model inversion, and shows what leaks.&lt;/p&gt;&lt;p&gt;Following Kim, Venkatesha and Panda, &lt;i&gt;PrivateSNN&lt;/i&gt;, AAAI 2022.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PrivateSNN 워크벤치 %1&lt;/h3&gt;&lt;p&gt;실제 학습 데이터 없이 학습된 인공신경망을 저전력 스파이킹 신경망으로 변환하고, 모델 역공격에 대비해 가중치를 암호화하며, 무엇이 유출되는지 보여 줍니다.&lt;/p&gt;&lt;p&gt;Kim, Venkatesha, Panda의 &lt;i&gt;PrivateSNN&lt;/i&gt;(AAAI 2022)을 따릅니다.&lt;/p&gt;&lt;p&gt;라이선스: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ModelSummaryView</name>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="38" />
        <source>Layer</source>
        <translation>레이어</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="38" />
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="38" />
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="38" />
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="38" />
        <source>MACs</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="38" />
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="53" />
        <source>%1 kernel, stride %2, padding %3</source>
        <translation>%1 커널, 스트라이드 %2, 패딩 %3</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="54" />
        <source>%1, no bias</source>
        <translation>%1, 바이어스 없음</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="57" />
        <source>%1 window, stride %2</source>
        <translation>%1 윈도, 스트라이드 %2</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="59" />
        <source>no bias</source>
        <translation>바이어스 없음</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="61" />
        <source>spiking neurons, threshold %1</source>
        <translation>스파이킹 뉴런, 임계값 %1</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="63" />
        <source>p = %1 (no effect at inference)</source>
        <translation>p = %1 (추론 시 효과 없음)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="23" />
        <source>PrivateSNN Workbench</source>
        <translation>PrivateSNN 워크벤치</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="26" />
        <source>Model to open (default: the bundled demo).</source>
        <translation>열 모델 (기본값: 함께 제공된 데모 모델).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="28" />
        <source>Save a PNG of the window once the model is shown, then quit.</source>
        <translation>모델이 표시되면 창을 PNG로 저장한 뒤 종료합니다.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="30" />
        <source>User interface language (de, zh_CN, ko, en).</source>
        <translation>사용자 인터페이스 언어 (de, zh_CN, ko, en).</translation>
    </message>
</context>
</TS>
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AccuracyPlot</name>
    <message>
        <location filename="../widgets/accuracyplot.cpp" line="50"/>
        <source>Timestep</source>
        <translation>시간 단계</translation>
    </message>
    <message>
        <location filename="../widgets/accuracyplot.cpp" line="51"/>
        <source>Test accuracy (%)</source>
        <translation>테스트 정확도(%)</translation>
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
        <translation>이미지 저장…</translation>
    </message>
    <message>
        <location filename="../app/gui/accuracyview.cpp" line="51"/>
        <source>No evaluation yet: run the pipeline up to “Evaluate”.</source>
        <translation>아직 평가가 없습니다: 파이프라인을 ‘평가’까지 실행하세요.</translation>
    </message>
    <message>
        <location filename="../app/gui/accuracyview.cpp" line="52"/>
        <source>ANN %1 · converted SNN %2 · encrypted SNN %3, on %4</source>
        <translation>ANN %1 · 변환된 SNN %2 · 암호화된 SNN %3, 데이터: %4</translation>
    </message>
</context>
<context>
    <name>EnergyCurvePlot</name>
    <message>
        <location filename="../widgets/energycurveplot.cpp" line="73"/>
        <source>ANN (one inference)</source>
        <translation>ANN (추론 1회)</translation>
    </message>
    <message>
        <location filename="../widgets/energycurveplot.cpp" line="74"/>
        <source>Timesteps T of one inference</source>
        <translation>추론 1회의 타임스텝 수 T</translation>
    </message>
    <message>
        <location filename="../widgets/energycurveplot.cpp" line="75"/>
        <source>Energy per image (nJ)</source>
        <translation>이미지당 에너지 (nJ)</translation>
    </message>
    <message>
        <location filename="../widgets/energycurveplot.cpp" line="76"/>
        <source>Test accuracy (%, dotted)</source>
        <translation>테스트 정확도 (%, 점선)</translation>
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
        <translation>이미지당 에너지(nJ)</translation>
    </message>
</context>
<context>
    <name>EnergySummary</name>
    <message>
        <location filename="../app/report/energysummary.cpp" line="10"/>
        <source>%1× less energy</source>
        <translation>에너지 %1× 적게</translation>
    </message>
    <message>
        <location filename="../app/report/energysummary.cpp" line="11"/>
        <source>%1× more energy</source>
        <translation>에너지 %1× 많이</translation>
    </message>
    <message>
        <location filename="../app/report/energysummary.cpp" line="20"/>
        <source>Per image, one whole inference (T = %1 timesteps): ANN %2 nJ, SNN %3 nJ: the SNN needs %4.</source>
        <translation>이미지당, 추론 1회 전체 (T = %1 타임스텝): ANN %2 nJ, SNN %3 nJ: SNN은 %4 사용합니다.</translation>
    </message>
    <message>
        <location filename="../app/report/energysummary.cpp" line="25"/>
        <source>Per timestep (the convention of the paper&apos;s lab): SNN %1 nJ, %2 than one ANN inference.</source>
        <translation>타임스텝당 (논문 연구실의 관례): SNN %1 nJ, ANN 추론 1회보다 %2.</translation>
    </message>
    <message>
        <location filename="../app/report/energysummary.cpp" line="33"/>
        <source>The per-inference figure is what a battery pays: the SNN runs all %1 timesteps to give one answer. The per-timestep figure divides the SNN&apos;s spikes by T and sets one average timestep against a whole ANN inference; published figures such as PrivateSNN&apos;s 55× are of this kind. Both use the same spike counts; they differ by the factor T for everything the SNN does every step.</source>
        <translation>추론당 수치는 배터리가 실제로 치르는 값입니다: SNN은 답 하나를 내기 위해 %1 타임스텝을 모두 실행합니다. 타임스텝당 수치는 SNN의 스파이크를 T로 나누어 평균 타임스텝 하나를 ANN 추론 1회 전체와 비교합니다. PrivateSNN의 55× 같은 발표 수치가 이런 종류입니다. 둘 다 같은 스파이크 수를 쓰며, SNN이 매 스텝 하는 일에 대해서는 T배 차이가 납니다.</translation>
    </message>
    <message>
        <location filename="../app/report/energysummary.cpp" line="45"/>
        <source>%1: %2 pJ per multiply-accumulate, %3 pJ per accumulate, %4. Source: %5</source>
        <translation>%1: 곱셈-누산당 %2 pJ, 누산당 %3 pJ, %4. 출처: %5</translation>
    </message>
    <message>
        <location filename="../app/report/energysummary.cpp" line="48"/>
        <source>%1 pJ per neuron update</source>
        <translation>뉴런 업데이트당 %1 pJ</translation>
    </message>
    <message>
        <location filename="../app/report/energysummary.cpp" line="49"/>
        <source>neuron updates not counted</source>
        <translation>뉴런 업데이트 미포함</translation>
    </message>
</context>
<context>
    <name>EnergyView</name>
    <message>
        <location filename="../app/gui/energyview.cpp" line="232"/>
        <source>Recompute</source>
        <translation>다시 계산</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="233"/>
        <source>Runs the energy step again with these costs.</source>
        <translation>이 비용으로 에너지 단계를 다시 실행합니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="234"/>
        <source>Logarithmic scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="235"/>
        <source>Save image…</source>
        <translation>이미지 저장…</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="151"/>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="151"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="151"/>
        <source>MACs</source>
        <translation>MAC 수</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="151"/>
        <source>Input spikes per neuron</source>
        <translation>뉴런당 입력 스파이크</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="151"/>
        <source>ANN (nJ)</source>
        <translation>ANN(nJ)</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="152"/>
        <source>SNN per inference (nJ)</source>
        <translation>SNN 추론당 (nJ)</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="152"/>
        <source>SNN per timestep (nJ)</source>
        <translation>SNN 타임스텝당 (nJ)</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="164"/>
        <source>analog</source>
        <translation>아날로그</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="173"/>
        <source>Neuron updates</source>
        <translation>뉴런 업데이트</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="173"/>
        <source>counted</source>
        <translation>포함</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="173"/>
        <source>not counted</source>
        <translation>미포함</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="207"/>
        <source>converted SNN</source>
        <translation>변환된 SNN</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="207"/>
        <source>encrypted SNN</source>
        <translation>암호화된 SNN</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="217"/>
        <source>Hardware</source>
        <translation>하드웨어</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="222"/>
        <source>As run: %1</source>
        <translation>실행 당시: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="227"/>
        <source>Multiply-accumulate (pJ)</source>
        <translation>곱셈-누산 (pJ)</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="228"/>
        <source>Accumulate (pJ)</source>
        <translation>누산 (pJ)</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="229"/>
        <source>Neuron updates (pJ)</source>
        <translation>뉴런 업데이트 (pJ)</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="230"/>
        <source>Each neuron updates its membrane once per timestep; counting it keeps a small T from looking free.</source>
        <translation>각 뉴런은 타임스텝마다 막전위를 한 번 갱신합니다. 이를 포함하면 작은 T가 공짜처럼 보이지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="236"/>
        <source>Energy per layer</source>
        <translation>층별 에너지</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="237"/>
        <source>Spikes per neuron</source>
        <translation>뉴런당 스파이크</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="238"/>
        <source>Energy against T</source>
        <translation>T에 따른 에너지</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="243"/>
        <source>No energy estimate yet: run the pipeline up to “Energy”.</source>
        <translation>아직 에너지 추정이 없습니다: 파이프라인을 ‘에너지’까지 실행하세요.</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="248"/>
        <source>Encrypted SNN.</source>
        <translation>암호화된 SNN.</translation>
    </message>
</context>
<context>
    <name>EngineWorker</name>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="56"/>
        <source>An unknown internal error occurred.</source>
        <translation>알 수 없는 내부 오류가 발생했습니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="62"/>
        <source>Could not open the model.</source>
        <translation>모델을 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="72"/>
        <source>Could not check the model on test images.</source>
        <translation>테스트 이미지로 모델을 확인할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="80"/>
        <source>Could not train the judge.</source>
        <translation>판정 네트워크를 학습할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="96"/>
        <source>Could not save the settings.</source>
        <translation>설정을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="101"/>
        <source>Could not export the model.</source>
        <translation>모델을 내보낼 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="114"/>
        <source>The pipeline stopped with an error.</source>
        <translation>파이프라인이 오류로 중단되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="124"/>
        <source>Could not read the workspace.</source>
        <translation>작업 공간을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="129"/>
        <source>Could not read the synthetic images.</source>
        <translation>합성 이미지를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="177"/>
        <source>Could not simulate the spiking network.</source>
        <translation>스파이킹 신경망을 시뮬레이션할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="52"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="53"/>
        <source>Open &amp;Recent</source>
        <translation>최근 항목 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="54"/>
        <source>&amp;Open Model…</source>
        <translation>모델 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="54"/>
        <source>Open &amp;Demo</source>
        <translation>데모 열기(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="54"/>
        <source>Open &amp;Workspace…</source>
        <translation>작업 공간 열기(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="54"/>
        <source>&amp;Save Workspace As…</source>
        <translation>작업 공간 다른 이름으로 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="25"/>
        <source>Warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="26"/>
        <source>Exported %1 (SHA-256 %2)</source>
        <translation>%1 내보냄 (SHA-256 %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="55"/>
        <source>Export &amp;Report…</source>
        <translation>보고서 내보내기(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="55"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="58"/>
        <source>E&amp;xport Model</source>
        <translation>모델 내보내기(&amp;X)</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="59"/>
        <source>&amp;ANN…</source>
        <translation>ANN(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="59"/>
        <source>&amp;Converted SNN…</source>
        <translation>변환된 SNN(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="59"/>
        <source>&amp;Encrypted SNN…</source>
        <translation>암호화된 SNN(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="89"/>
        <source>Open Model</source>
        <translation>모델 열기</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="90"/>
        <source>Models (*.psnn *.pt *.pth *.torchscript *.onnx);;All files (*)</source>
        <translation>모델 (*.psnn *.pt *.pth *.torchscript *.onnx);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="97"/>
        <source>Open Workspace</source>
        <translation>작업 공간 열기</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="105"/>
        <source>Nothing to save yet.</source>
        <translation>아직 저장할 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="105"/>
        <source>Run at least the first step to create the workspace.</source>
        <translation>작업 공간을 만들려면 최소한 첫 단계를 실행하세요.</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="108"/>
        <source>Save Workspace As</source>
        <translation>작업 공간 다른 이름으로 저장</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="114"/>
        <source>Could not save the workspace.</source>
        <translation>작업 공간을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="125"/>
        <source>There is no %1 in this workspace yet.</source>
        <translation>이 작업 공간에는 아직 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="125"/>
        <source>Run the pipeline up to the stage that makes it first.</source>
        <translation>먼저 그것을 만드는 단계까지 파이프라인을 실행하세요.</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="130"/>
        <source>PrivateSNN model (*.psnn)</source>
        <translation>PrivateSNN 모델 (*.psnn)</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="130"/>
        <source>NIR graph for SNN tools (*.nir)</source>
        <translation>SNN 도구용 NIR 그래프 (*.nir)</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="131"/>
        <source>TorchScript SNN for PyTorch (*.pt)</source>
        <translation>PyTorch용 TorchScript SNN (*.pt)</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="133"/>
        <source>Export %1</source>
        <translation>%1 내보내기</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="143"/>
        <source>There is nothing to report yet.</source>
        <translation>아직 보고할 내용이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="143"/>
        <source>Run the pipeline up to “Evaluate” first.</source>
        <translation>먼저 파이프라인을 ‘평가’까지 실행하세요.</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="146"/>
        <source>Export Report</source>
        <translation>보고서 내보내기</translation>
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
        <translation>재구성 이미지에 대한 판정 네트워크 top-1 (95% 구간)</translation>
    </message>
    <message>
        <location filename="../widgets/frontierplot.cpp" line="113"/>
        <source>SNN test accuracy</source>
        <translation>SNN 테스트 정확도</translation>
    </message>
    <message>
        <location filename="../widgets/frontierplot.cpp" line="114"/>
        <source>chance</source>
        <translation>우연 수준</translation>
    </message>
</context>
<context>
    <name>ImageExport</name>
    <message>
        <location filename="../app/gui/imageexport.cpp" line="14"/>
        <location filename="../app/gui/imageexport.cpp" line="20"/>
        <source>Save image</source>
        <translation>이미지 저장</translation>
    </message>
    <message>
        <location filename="../app/gui/imageexport.cpp" line="15"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 이미지 (*.png);;PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/gui/imageexport.cpp" line="20"/>
        <location filename="../app/gui/imageexport.cpp" line="49"/>
        <location filename="../app/gui/imageexport.cpp" line="58"/>
        <source>Could not write %1.</source>
        <translation>%1을(를) 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ImageGallery</name>
    <message>
        <location filename="../widgets/imagegallery.cpp" line="171"/>
        <source>%1, image %2 of class %3</source>
        <translation>%1, 클래스 %3의 이미지 %2</translation>
    </message>
    <message>
        <location filename="../widgets/imagegallery.cpp" line="173"/>
        <source>Judge says: %1</source>
        <translation>판정 네트워크: %1</translation>
    </message>
    <message>
        <location filename="../widgets/imagegallery.cpp" line="175"/>
        <source>Probability of %1: %2%</source>
        <translation>%1일 확률: %2%</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="56"/>
        <source>Import %1</source>
        <translation>%1 가져오기</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="67"/>
        <source>guess</source>
        <translation>추정</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="81"/>
        <source>Not chosen (Check finds it)</source>
        <translation>선택 안 함 (확인이 찾아 줌)</translation>
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
        <translation>픽셀을 [-1, 1]로</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="83"/>
        <source>None (pixels in [0, 1])</source>
        <translation>없음 (픽셀 [0, 1])</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="87"/>
        <source>Custom values</source>
        <translation>직접 입력한 값</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="90"/>
        <source>e.g. 0.2860</source>
        <translation>예: 0.2860</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="91"/>
        <source>e.g. 0.3530</source>
        <translation>예: 0.3530</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="94"/>
        <source>Fashion-MNIST test set</source>
        <translation>Fashion-MNIST 테스트 세트</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="95"/>
        <source>MNIST test set</source>
        <translation>MNIST 테스트 세트</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="96"/>
        <source>CIFAR-10 test set</source>
        <translation>CIFAR-10 테스트 세트</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="97"/>
        <source>Folder…</source>
        <translation>폴더…</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="103"/>
        <source>From the test data</source>
        <translation>테스트 데이터에서</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="103"/>
        <source>Typed below</source>
        <translation>아래에 입력</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="103"/>
        <source>Numbers 0, 1, 2, …</source>
        <translation>숫자 0, 1, 2, …</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="105"/>
        <source>names separated by commas</source>
        <translation>쉼표로 구분한 이름</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="107"/>
        <source>Check on test images</source>
        <translation>테스트 이미지로 확인</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="110"/>
        <source>Check runs the model on 300 test images with the chosen normalisation and with every preset. It reads the test set only, as evaluation does.</source>
        <translation>확인은 선택한 정규화와 모든 프리셋으로 테스트 이미지 300장에서 모델을 실행합니다. 평가와 마찬가지로 테스트 세트만 읽습니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="119"/>
        <source>Input shape (channels, height, width)</source>
        <translation>입력 형태 (채널, 높이, 너비)</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="121"/>
        <source>Normalisation the model was trained with</source>
        <translation>모델 학습에 쓰인 정규화</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="122"/>
        <source>Mean per channel</source>
        <translation>채널별 평균</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="123"/>
        <source>Standard deviation per channel</source>
        <translation>채널별 표준편차</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="124"/>
        <source>Test data</source>
        <translation>테스트 데이터</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="125"/>
        <source>Class names</source>
        <translation>클래스 이름</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="131"/>
        <source>Use these settings</source>
        <translation>이 설정 사용</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="132"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="150"/>
        <source>Checking on test images…</source>
        <translation>테스트 이미지로 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="158"/>
        <source>Normalisation set to the suggestion: %1 of the checked test images right.</source>
        <translation>정규화를 제안대로 설정했습니다: 확인한 테스트 이미지의 %1 정답.</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="198"/>
        <source>read from a folder by Check</source>
        <translation>확인이 폴더에서 읽음</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="201"/>
        <source>0 to %1</source>
        <translation>0부터 %1까지</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="207"/>
        <source>Test data folder</source>
        <translation>테스트 데이터 폴더</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="297"/>
        <source>guessed from the weights: change it if it is wrong</source>
        <translation>가중치에서 추정함: 틀리면 바꾸세요</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="298"/>
        <source>as the model file declares it</source>
        <translation>모델 파일에 선언된 대로</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/importdialog.cpp" line="318"/>
        <source>With the chosen normalisation the model gets %1 of %n test image(s) right (%2).</source>
        <translation>
            <numerusform>선택한 정규화로 모델이 테스트 이미지 %n장 중 %1을 맞힙니다 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="325"/>
        <source>Every preset on the same images: %1.</source>
        <translation>같은 이미지에서 각 프리셋: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="328"/>
        <source>%1 fits better: %2 instead of %3.</source>
        <translation>%1이(가) 더 잘 맞습니다: %3 대신 %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="330"/>
        <source>Use %1</source>
        <translation>%1 사용</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../app/gui/importflow.cpp" line="39"/>
        <source>The check was cancelled.</source>
        <translation>확인이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="57"/>
        <source>The engine is busy with another job; try again when it has finished.</source>
        <translation>엔진이 다른 작업 중입니다. 끝난 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="69"/>
        <source>Import settings set; test data %1</source>
        <translation>가져오기 설정 완료; 테스트 데이터 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="73"/>
        <source>PrivateSNN Workbench</source>
        <translation>PrivateSNN Workbench</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="74"/>
        <source>The audit needs a judge that knows the classes of %1, and there is none yet. Train one now (a few minutes; Esc cancels)?</source>
        <translation>감사에는 %1의 클래스를 아는 판정 네트워크가 필요한데 아직 없습니다. 지금 학습할까요? (몇 분 소요, Esc로 취소)</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="121"/>
        <source>Training a judge on the training split of %1</source>
        <translation>%1의 학습 세트로 판정 네트워크를 학습하는 중</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="133"/>
        <source>Judge trained (%1 % of the test set right), kept as %2</source>
        <translation>판정 네트워크 학습 완료 (테스트 세트 %1 % 정답), %2에 보관</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="146"/>
        <source>No normalisation is set: a model trained on normalised images then scores far below its real accuracy.</source>
        <translation>정규화가 설정되지 않았습니다: 정규화된 이미지로 학습한 모델은 실제 정확도보다 훨씬 낮게 나옵니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="147"/>
        <source>Set it…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="149"/>
        <source>The input shape was guessed from the weights.</source>
        <translation>입력 형태를 가중치에서 추정했습니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="149"/>
        <source>Check it…</source>
        <translation>확인…</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="151"/>
        <source>The classes have no names, only numbers.</source>
        <translation>클래스에 이름이 없고 번호만 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="151"/>
        <source>Name them…</source>
        <translation>이름 붙이기…</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="157"/>
        <source>The audit needs a judge for the classes of %1.</source>
        <translation>감사에는 %1의 클래스용 판정 네트워크가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="158"/>
        <source>Train one…</source>
        <translation>학습하기…</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../app/gui/languagemenu.cpp" line="26"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
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
        <translation>변환된 SNN</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="13"/>
        <source>encrypted SNN</source>
        <translation>암호화된 SNN</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="20"/>
        <source>weights in an ANN</source>
        <translation>ANN에 넣은 가중치</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="22"/>
        <source>weights with thresholds (rate ANN)</source>
        <translation>임계값을 고려한 가중치 (발화율 ANN)</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="24"/>
        <source>SNN, surrogate gradient</source>
        <translation>SNN, 대리 기울기</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="26"/>
        <source>SNN, evolution strategies</source>
        <translation>SNN, 진화 전략</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="28"/>
        <source>loss threshold</source>
        <translation>손실 임계값</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="30"/>
        <source>confidence threshold</source>
        <translation>신뢰도 임계값</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="37"/>
        <source>scenario 1</source>
        <translation>시나리오 1</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="39"/>
        <source>threshold-aware</source>
        <translation>임계값 고려</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="41"/>
        <source>scenario 2 (gradient)</source>
        <translation>시나리오 2(기울기)</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="43"/>
        <source>scenario 2 (ES)</source>
        <translation>시나리오 2(ES)</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="135"/>
        <source>privacy weight</source>
        <translation>프라이버시 가중치</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="137"/>
        <source>channel scrambling</source>
        <translation>채널 스크램블</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="139"/>
        <source>epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="141"/>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="157"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="164"/>
        <source>%1 % [%2, %3] (n = %4)</source>
        <translation>%1 % [%2, %3] (n = %4)</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="171"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="171"/>
        <source>Attack</source>
        <translation>공격</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="171"/>
        <source>Judge top-1 [95 % interval] (n)</source>
        <translation>판정 top-1 [95% 구간] (n)</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="171"/>
        <source>Judge top-3</source>
        <translation>판정 top-3</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="171"/>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="172"/>
        <source>Reading&apos;s test accuracy</source>
        <translation>이 해석의 테스트 정확도</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="172"/>
        <source>SSIM to class mean</source>
        <translation>클래스 평균과의 SSIM</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="172"/>
        <source>SSIM to nearest real</source>
        <translation>가장 가까운 실제 이미지와의 SSIM</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="224"/>
        <source>%1 (AUC %2)</source>
        <translation>%1 (AUC %2)</translation>
    </message>
</context>
<context>
    <name>LeakageView</name>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="101"/>
        <source>Reconstruction of %1</source>
        <translation>%1의 재구성</translation>
    </message>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="118"/>
        <source>judge: %1 (%2 %)</source>
        <translation>판정: %1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="124"/>
        <source>mean of the real class</source>
        <translation>실제 클래스의 평균</translation>
    </message>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="124"/>
        <source>real example</source>
        <translation>실제 예시</translation>
    </message>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="142"/>
        <source>Save gallery…</source>
        <translation>갤러리 저장…</translation>
    </message>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="143"/>
        <source>Save ROC…</source>
        <translation>ROC 저장…</translation>
    </message>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="147"/>
        <source>Green frame: the judge recognised the class. Click to enlarge.</source>
        <translation>초록 테두리: 판정 네트워크가 클래스를 알아보았습니다. 클릭하면 확대됩니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="159"/>
        <source>Membership ROC</source>
        <translation>멤버십 추론 ROC</translation>
    </message>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="160"/>
        <source>Privacy frontier</source>
        <translation>프라이버시 경계</translation>
    </message>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="163"/>
        <source>Each point is the encrypted SNN at one %1. Click a point to use that setting in step 4 (Encrypt).</source>
        <translation>각 점은 한 %1 값에서의 암호화된 SNN입니다. 점을 클릭하면 그 설정을 4단계(암호화)에서 사용합니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="179"/>
        <location filename="../app/gui/mainwindow.cpp" line="566"/>
        <source>PrivateSNN Workbench</source>
        <translation>PrivateSNN 워크벤치</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="187"/>
        <source>&amp;Make Private SNN</source>
        <translation>비공개 SNN 만들기(&amp;M)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="187"/>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="192"/>
        <source>Log</source>
        <translation>로그</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="186"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="546"/>
        <source>Cancelled. Every finished step is kept.</source>
        <translation>취소되었습니다. 완료된 단계는 모두 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="547"/>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="180"/>
        <source>%1 — PrivateSNN Workbench</source>
        <translation>%1 — PrivateSNN 워크벤치</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="183"/>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="184"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="187"/>
        <source>&amp;About PrivateSNN Workbench</source>
        <translation>PrivateSNN 워크벤치 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="207"/>
        <source>Closing: the running step is cancelled; finished steps are kept.</source>
        <translation>종료 중: 실행 중인 단계는 취소되고 완료된 단계는 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="172"/>
        <source>No translation for %1 was found.</source>
        <translation>%1 번역을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="240"/>
        <source>Demo: the bundled Fashion-MNIST network, workspace %1</source>
        <translation>데모: 포함된 Fashion-MNIST 신경망, 작업 공간 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="245"/>
        <source>Opening %1…</source>
        <translation>%1 여는 중…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="278"/>
        <location filename="../app/gui/mainwindow.cpp" line="289"/>
        <source>Could not open the workspace.</source>
        <translation>작업 공간을 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="304"/>
        <source>Opened workspace %1</source>
        <translation>작업 공간 %1을(를) 열었습니다</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="121"/>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="259"/>
        <source>The saved settings of this model cannot be read; it starts from the defaults.</source>
        <translation>이 모델의 저장된 설정을 읽을 수 없어 기본값으로 시작합니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="320"/>
        <source>There is nothing to report yet.</source>
        <translation>아직 보고할 내용이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="320"/>
        <source>Run the pipeline up to “Evaluate” first.</source>
        <translation>먼저 파이프라인을 ‘평가’까지 실행하세요.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="328"/>
        <source>The audit needs a judge model.</source>
        <translation>감사에는 판정 모델이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="328"/>
        <source>Choose one in the settings of step 7 (Audit).</source>
        <translation>7단계(감사) 설정에서 하나를 고르세요.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="343"/>
        <source>No model is open.</source>
        <translation>열린 모델이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="343"/>
        <source>Use File &gt; Open Model first.</source>
        <translation>먼저 파일 &gt; 모델 열기를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="352"/>
        <source>Started: %1</source>
        <translation>시작: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="352"/>
        <source>Make private SNN</source>
        <translation>비공개 SNN 만들기</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="353"/>
        <source>Working…</source>
        <translation>작업 중…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="362"/>
        <source>Cancelling…</source>
        <translation>취소 중…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="373"/>
        <source>Step “%1” running</source>
        <translation>단계 ‘%1’ 실행 중</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="387"/>
        <source>Finished in %1 s</source>
        <translation>%1초 만에 완료</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="393"/>
        <location filename="../app/gui/mainwindow.cpp" line="400"/>
        <source>Writing the report…</source>
        <translation>보고서를 쓰는 중…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="393"/>
        <source>Reading the results…</source>
        <translation>결과를 읽는 중…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="410"/>
        <location filename="../app/gui/mainwindow.cpp" line="442"/>
        <source>Could not write the report.</source>
        <translation>보고서를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="445"/>
        <source>Report written: %1 and %2</source>
        <translation>보고서 작성됨: %1, %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="449"/>
        <source>Report written</source>
        <translation>보고서 작성됨</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="459"/>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="410"/>
        <location filename="../app/gui/mainwindow.cpp" line="495"/>
        <source>Could not read the workspace.</source>
        <translation>작업 공간을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="518"/>
        <source>Conversion warning: %1</source>
        <translation>변환 경고: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="538"/>
        <source>Loaded %1 (%n layer(s))</source>
        <translation>
            <numerusform>%1 불러옴 (레이어 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="578"/>
        <source>About PrivateSNN Workbench</source>
        <translation>PrivateSNN 워크벤치 정보</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="579"/>
        <source>&lt;h3&gt;PrivateSNN Workbench %1&lt;/h3&gt;&lt;p&gt;Turns a trained ANN into a low-power spiking neural network without real training data, encrypts its weights against model inversion, and shows what leaks.&lt;/p&gt;&lt;p&gt;Following Kim, Venkatesha and Panda, &lt;i&gt;PrivateSNN&lt;/i&gt;, AAAI 2022.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PrivateSNN 워크벤치 %1&lt;/h3&gt;&lt;p&gt;실제 학습 데이터 없이 학습된 인공신경망을 저전력 스파이킹 신경망으로 변환하고, 모델 역공격에 대비해 가중치를 암호화하며, 무엇이 유출되는지 보여 줍니다.&lt;/p&gt;&lt;p&gt;Kim, Venkatesha, Panda의 &lt;i&gt;PrivateSNN&lt;/i&gt;(AAAI 2022)을 따릅니다.&lt;/p&gt;&lt;p&gt;라이선스: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ModelSummaryView</name>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="40"/>
        <source>Layer</source>
        <translation>레이어</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="40"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="40"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="40"/>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="40"/>
        <source>MACs</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="40"/>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="55"/>
        <source>%1 kernel, stride %2, padding %3</source>
        <translation>%1 커널, 스트라이드 %2, 패딩 %3</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="56"/>
        <source>%1, no bias</source>
        <translation>%1, 바이어스 없음</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="59"/>
        <source>%1 window, stride %2</source>
        <translation>%1 윈도, 스트라이드 %2</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="61"/>
        <source>no bias</source>
        <translation>바이어스 없음</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="63"/>
        <source>spiking neurons, threshold %1</source>
        <translation>스파이킹 뉴런, 임계값 %1</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="65"/>
        <source>p = %1 (no effect at inference)</source>
        <translation>p = %1 (추론 시 효과 없음)</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="67"/>
        <source>residual block: its input is kept for the shortcut</source>
        <translation>잔차 블록: 입력을 지름길 연결용으로 보관</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="69"/>
        <source>adds the block&apos;s input (identity shortcut)</source>
        <translation>블록의 입력을 더함 (항등 지름길)</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="71"/>
        <source>adds the block&apos;s input through a 1×1 conv with stride %1 and BN</source>
        <translation>스트라이드 %1의 1×1 합성곱과 BN을 거쳐 블록의 입력을 더함</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="72"/>
        <source>adds the block&apos;s input through a 1×1 conv with stride %1</source>
        <translation>스트라이드 %1의 1×1 합성곱을 거쳐 블록의 입력을 더함</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="99"/>
        <source>Residual block</source>
        <translation>잔차 블록</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="99"/>
        <source>Add shortcut</source>
        <translation>지름길 더하기</translation>
    </message>
</context>
<context>
    <name>PipelinePanel</name>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="324"/>
        <source>needs a judge model (settings)</source>
        <translation>판정 모델 필요(설정)</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="358"/>
        <source>Elapsed %1, about %2 left</source>
        <translation>경과 %1, 약 %2 남음</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="359"/>
        <source>Elapsed %1</source>
        <translation>경과 %1</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="379"/>
        <source>not run</source>
        <translation>실행 안 됨</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="379"/>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="379"/>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="379"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="379"/>
        <source>stale</source>
        <translation>오래됨</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="394"/>
        <source>From model to private SNN</source>
        <translation>모델에서 비공개 SNN까지</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="395"/>
        <source>Make private SNN</source>
        <translation>비공개 SNN 만들기</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="396"/>
        <source>Runs every step below in order. Steps that are already done with the same settings are skipped.</source>
        <translation>아래의 모든 단계를 차례로 실행합니다. 같은 설정으로 이미 끝난 단계는 건너뜁니다.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="398"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="399"/>
        <source>Stops the running step within about a second. Finished steps are kept.</source>
        <translation>실행 중인 단계를 약 1초 안에 멈춥니다. 완료된 단계는 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="400"/>
        <source>1. Import</source>
        <translation>1. 가져오기</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="400"/>
        <source>2. Synthesize</source>
        <translation>2. 합성</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="400"/>
        <source>3. Convert</source>
        <translation>3. 변환</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="400"/>
        <source>4. Encrypt</source>
        <translation>4. 암호화</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="401"/>
        <source>5. Evaluate</source>
        <translation>5. 평가</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="401"/>
        <source>6. Energy</source>
        <translation>6. 에너지</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="401"/>
        <source>7. Audit</source>
        <translation>7. 감사</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="401"/>
        <source>8. Report</source>
        <translation>8. 보고서</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="403"/>
        <source>Reads the trained network (ANN) and checks every layer.</source>
        <translation>학습된 신경망(ANN)을 읽고 모든 층을 검사합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="404"/>
        <source>Makes training images from the network alone, so that no real data is needed.</source>
        <translation>신경망만으로 학습 이미지를 만들어 실제 데이터가 필요 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="405"/>
        <source>Turns the network into a spiking network (SNN) whose neurons fire when their input passes a threshold.</source>
        <translation>입력이 임계값을 넘으면 발화하는 뉴런으로 이루어진 스파이킹 신경망(SNN)으로 변환합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="406"/>
        <source>Retrains the SNN through time on the synthetic images, so that its weights reveal less about the classes.</source>
        <translation>합성 이미지로 SNN을 시간에 따라 다시 학습시켜 가중치가 클래스 정보를 덜 드러내게 합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="407"/>
        <source>Measures accuracy on real test images (the only step that reads real data besides the audit).</source>
        <translation>실제 테스트 이미지로 정확도를 잽니다(감사 외에 실제 데이터를 읽는 유일한 단계).</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="408"/>
        <source>Estimates the energy per image of the ANN and the SNN from operation counts.</source>
        <translation>연산 횟수로 ANN과 SNN의 이미지당 에너지를 추정합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="409"/>
        <source>Attacks each model to reconstruct class images and lets an independent judge network rate them.</source>
        <translation>각 모델을 공격해 클래스 이미지를 재구성하고 독립된 판정 네트워크가 평가하게 합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="410"/>
        <source>Writes an HTML and PDF report of everything above.</source>
        <translation>위의 모든 내용을 HTML과 PDF 보고서로 작성합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="414"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="415"/>
        <source>Runs this step (and any earlier step that is not done).</source>
        <translation>이 단계(와 아직 끝나지 않은 이전 단계)를 실행합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="416"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="427"/>
        <source>Images per class</source>
        <translation>클래스당 이미지 수</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="427"/>
        <source>How many synthetic images to make for each class (default 100).</source>
        <translation>클래스마다 만들 합성 이미지 수(기본값 100).</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="428"/>
        <source>Optimisation steps</source>
        <translation>최적화 단계 수</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="428"/>
        <source>Adam steps per batch of images; more steps give cleaner images (paper: 2500).</source>
        <translation>이미지 배치당 Adam 단계 수; 많을수록 이미지가 깨끗해집니다(논문: 2500).</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="429"/>
        <location filename="../widgets/pipelinepanel.cpp" line="456"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="429"/>
        <source>Step size of the image optimisation.</source>
        <translation>이미지 최적화의 보폭.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="431"/>
        <source>Choose automatically</source>
        <translation>자동 선택</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="432"/>
        <source>Tries input codings, starting membranes, negative spikes, threshold percentiles and (with BatchNorm) two kinds of synthetic images, and keeps the setting whose SNN agrees best with the ANN on synthetic images it was not balanced on, and on mixtures of them. Reads no real data.</source>
        <translation>입력 코딩, 초기 막전위, 음의 스파이크, 임계값 백분위수와 (BatchNorm이 있으면) 두 종류의 합성 이미지를 시험하고, 균형 조정에 쓰지 않은 합성 이미지와 그 혼합 이미지에서 SNN이 ANN과 가장 잘 일치하는 설정을 고릅니다. 실제 데이터는 읽지 않습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="435"/>
        <source>Timesteps (T)</source>
        <translation>시간 단계 수(T)</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="435"/>
        <source>How many time steps the SNN runs per image. More steps: more accurate, more energy (default 100).</source>
        <translation>SNN이 이미지마다 실행하는 시간 단계 수. 많을수록 정확하지만 에너지가 더 듭니다(기본값 100).</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="436"/>
        <source>Input coding</source>
        <translation>입력 부호화</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="436"/>
        <source>How the image enters the SNN: as random spikes (Poisson) or as a constant current (direct).</source>
        <translation>이미지가 SNN에 들어가는 방식: 무작위 스파이크(포아송) 또는 일정한 전류(직접).</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="437"/>
        <source>Poisson (signed)</source>
        <translation>포아송(부호 있음)</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="438"/>
        <source>Poisson (pixels)</source>
        <translation>포아송(픽셀)</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="439"/>
        <source>direct (analog)</source>
        <translation>직접(아날로그)</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="440"/>
        <source>Threshold percentile</source>
        <translation>임계값 백분위수</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="440"/>
        <source>Each layer&apos;s firing threshold is this percentile of its input on synthetic images (100 = the maximum).</source>
        <translation>각 층의 발화 임계값은 합성 이미지에서 그 층 입력의 이 백분위수입니다(100 = 최댓값).</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="441"/>
        <source>Neuron model</source>
        <translation>뉴런 모델</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="441"/>
        <source>IF integrates its input; LIF also leaks part of it every step.</source>
        <translation>IF는 입력을 적분하고, LIF는 매 단계 그 일부를 흘려보냅니다.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="442"/>
        <source>integrate-and-fire (IF)</source>
        <translation>적분-발화(IF)</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="443"/>
        <source>leaky integrate-and-fire (LIF)</source>
        <translation>누설 적분-발화(LIF)</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="444"/>
        <source>Starting membrane</source>
        <translation>초기 막전위</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="445"/>
        <source>Membrane potential at the first step, as a fraction of the threshold. 0 as in the paper; 0.5 makes the SNN accurate sooner.</source>
        <translation>첫 단계의 막전위(임계값에 대한 비율). 0은 논문과 같고, 0.5이면 SNN이 더 빨리 정확해집니다.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="447"/>
        <source>Negative spikes</source>
        <translation>음의 스파이크</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="448"/>
        <source>A neuron that fired more than its input justifies sends a negative spike to take one back. Much more accurate with Poisson input; not part of the paper&apos;s method.</source>
        <translation>입력이 정당화하는 것보다 더 많이 발화한 뉴런이 음의 스파이크를 보내 하나를 취소합니다. 포아송 입력에서 훨씬 정확합니다. 논문 방법에는 포함되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="450"/>
        <source>Thresholds for small T</source>
        <translation>작은 T용 임계값</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="451"/>
        <source>Each threshold is chosen so that rounding its input to T steps loses least (QCFS-style), instead of a percentile. Helps at small T.</source>
        <translation>백분위수 대신, 입력을 T 스텝으로 반올림할 때 손실이 가장 적도록 각 임계값을 고릅니다 (QCFS 방식). 작은 T에서 도움이 됩니다.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="454"/>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="454"/>
        <source>Passes over the synthetic images (default 5).</source>
        <translation>합성 이미지를 훑는 횟수(기본값 5).</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="455"/>
        <source>Training timesteps</source>
        <translation>학습 시간 단계 수</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="455"/>
        <source>Time steps used while retraining; fewer is faster (evaluation keeps the SNN&apos;s T).</source>
        <translation>재학습에 쓰는 시간 단계 수; 적을수록 빠릅니다(평가는 SNN의 T를 그대로 씁니다).</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="456"/>
        <source>Adam learning rate of the retraining (default 0.0001).</source>
        <translation>재학습의 Adam 학습률(기본값 0.0001).</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="457"/>
        <source>Distillation weight</source>
        <translation>증류 가중치</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="457"/>
        <source>Also learn the ANN&apos;s soft outputs with this weight (0: off).</source>
        <translation>이 가중치로 ANN의 소프트 출력도 학습합니다(0: 끔).</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="458"/>
        <source>Privacy weight</source>
        <translation>프라이버시 가중치</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="459"/>
        <source>Also train the weights, read with their thresholds as an ordinary network, to say nothing about the classes (0: off). The project&apos;s own method, not the paper&apos;s.</source>
        <translation>가중치를 임계값과 함께 일반 네트워크로 읽었을 때 클래스에 대해 아무것도 드러내지 않도록 추가로 학습합니다 (0: 끔). 논문이 아닌 이 프로젝트 고유의 방법입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="461"/>
        <source>Channel scrambling</source>
        <translation>채널 스크램블</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="462"/>
        <source>After training, scale each channel by a power of two between 2^-N and 2^N and its threshold with it: the SNN computes exactly the same, its bare weights no longer read as the ANN (0: off). The project&apos;s own.</source>
        <translation>학습 후 각 채널과 그 임계값을 2^-N에서 2^N 사이의 2의 거듭제곱으로 함께 조정합니다. SNN의 계산은 정확히 같지만, 가중치만으로는 더 이상 ANN으로 읽히지 않습니다 (0: 끔). 이 프로젝트 고유의 방법입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="464"/>
        <source>Deployed timesteps</source>
        <translation>배포 타임스텝</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="465"/>
        <source>How many timesteps the encrypted SNN runs for: fewer steps, fewer spikes, less energy. “Smallest” is chosen without real data, on mixes of synthetic images, within 1 accuracy point of the ANN there.</source>
        <translation>암호화된 SNN이 실행할 타임스텝 수: 스텝이 적을수록 스파이크와 에너지가 줄어듭니다. “최소”는 실제 데이터 없이 합성 이미지를 섞은 이미지에서, 그곳의 ANN 정확도와 1포인트 이내가 되도록 선택합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="467"/>
        <source>the converted SNN&apos;s</source>
        <translation>변환된 SNN의 값</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="468"/>
        <source>the training timesteps</source>
        <translation>학습 타임스텝</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="469"/>
        <source>smallest within 1 point of the ANN</source>
        <translation>ANN과 1포인트 이내의 최소값</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="470"/>
        <source>Spike-count weight</source>
        <translation>스파이크 수 가중치</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="471"/>
        <source>Also train the SNN to fire fewer spikes, weighted by the synapses each spike reaches (0: off).</source>
        <translation>SNN이 스파이크를 덜 내도록 함께 학습합니다. 각 스파이크가 닿는 시냅스 수로 가중합니다 (0: 끔).</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="473"/>
        <source>Test data</source>
        <translation>테스트 데이터</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="473"/>
        <source>A data set name (fashion-mnist, mnist, cifar10) or a folder. Read only for evaluation.</source>
        <translation>데이터 세트 이름(fashion-mnist, mnist, cifar10) 또는 폴더. 평가에만 읽습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="474"/>
        <source>Test images</source>
        <translation>테스트 이미지 수</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="474"/>
        <source>How many test images to use (0: all).</source>
        <translation>사용할 테스트 이미지 수(0: 전부).</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="476"/>
        <source>Hardware</source>
        <translation>하드웨어</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="477"/>
        <source>Energy per operation of the chip the models run on; the Energy view edits single costs.</source>
        <translation>모델이 실행되는 칩의 연산당 에너지입니다. 개별 비용은 에너지 보기에서 편집합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="478"/>
        <source>As set: %1</source>
        <translation>현재 설정: %1</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="482"/>
        <source>Judge model</source>
        <translation>판정 모델</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="482"/>
        <source>An independent classifier of the same classes that rates the reconstructions. Empty: no audit.</source>
        <translation>같은 클래스의 독립 분류기로, 재구성 이미지를 평가합니다. 비우면 감사하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="483"/>
        <source>Reconstructions per class</source>
        <translation>클래스당 재구성 수</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="483"/>
        <source>Attacks per class, each from a different random start.</source>
        <translation>클래스당 공격 수, 각각 다른 무작위 시작점에서.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="484"/>
        <source>Attack steps</source>
        <translation>공격 단계 수</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="484"/>
        <source>Optimisation steps of each reconstruction.</source>
        <translation>재구성마다의 최적화 단계 수.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="485"/>
        <source>Attack timesteps</source>
        <translation>공격 시간 단계 수</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="485"/>
        <source>Time steps of the attacks on the SNN itself.</source>
        <translation>SNN 자체를 공격할 때의 시간 단계 수.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="486"/>
        <source>Gradient-free attack</source>
        <translation>기울기 없는 공격</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="486"/>
        <source>Also attack the SNN with evolution strategies, which need no gradient.</source>
        <translation>기울기가 필요 없는 진화 전략으로도 SNN을 공격합니다.</translation>
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
        <translation>변환된 SNN</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="140"/>
        <location filename="../app/report/reportwriter.cpp" line="227"/>
        <location filename="../app/report/reportwriter.cpp" line="279"/>
        <location filename="../app/report/reportwriter.cpp" line="359"/>
        <source>encrypted SNN</source>
        <translation>암호화된 SNN</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="141"/>
        <source>converted with real data</source>
        <translation>실제 데이터로 변환</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="168"/>
        <source>No leakage audit has been run on this workspace yet.</source>
        <translation>이 작업 공간에서는 아직 유출 감사를 실행하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="172"/>
        <source>not run</source>
        <translation>실행 안 됨</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="176"/>
        <source>an independent classifier recognised %1 of the images reconstructed from the encrypted model&apos;s weights read into an ANN, and %2 with its thresholds divided out (chance: %3; from the original network: %4). A reading leaks when its whole 95 % interval lies above chance.</source>
        <translation>독립 분류기가 암호화된 모델의 가중치를 ANN으로 읽어 재구성한 이미지의 %1, 임계값을 나누어 제거했을 때는 %2를 인식했습니다 (우연 수준: %3, 원래 네트워크: %4). 어떤 해석의 95% 구간 전체가 우연 수준보다 높으면 유출로 봅니다.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="181"/>
        <source>Class features ARE recognisable from the encrypted model&apos;s weights: %1</source>
        <translation>암호화된 모델의 가중치에서 클래스 특징을 알아볼 수 있습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="182"/>
        <source>Class features are NOT recognisable from the encrypted model&apos;s weights: %1</source>
        <translation>암호화된 모델의 가중치에서 클래스 특징을 알아볼 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="187"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="193"/>
        <source>The original network (ANN) classifies %1 of the real test images correctly; the spiking version made from it without any real data (converted SNN) %2, and the encrypted SNN, retrained on synthetic images only, %3.</source>
        <translation>원래 신경망(ANN)은 실제 테스트 이미지의 %1을(를) 맞게 분류합니다. 실제 데이터 없이 만든 스파이킹 버전(변환된 SNN)은 %2, 합성 이미지로만 재학습한 암호화된 SNN은 %3입니다.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="201"/>
        <source>Estimated energy per image: the encrypted SNN needs %1 times less than the ANN (45 nm CMOS figures).</source>
        <translation>이미지당 추정 에너지: 암호화된 SNN은 ANN보다 %1배 적게 씁니다(45 nm CMOS 기준).</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="203"/>
        <source>Estimated energy per image: the encrypted SNN needs %1 times MORE than the ANN (45 nm CMOS figures): it fires too many spikes to save energy.</source>
        <translation>이미지당 추정 에너지: 암호화된 SNN은 ANN보다 %1배 더 씁니다(45 nm CMOS 기준). 스파이크가 너무 많아 에너지를 아끼지 못합니다.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="208"/>
        <source>Conversion and encryption read no real data: the table &quot;Data each stage read&quot; below lists every file each stage opened.</source>
        <translation>변환과 암호화는 실제 데이터를 읽지 않습니다. 아래 ‘단계별로 읽은 데이터’ 표에 각 단계가 연 파일이 모두 나와 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="215"/>
        <source>Models</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="216"/>
        <location filename="../app/report/reportwriter.cpp" line="276"/>
        <location filename="../app/report/reportwriter.cpp" line="418"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="216"/>
        <location filename="../app/report/reportwriter.cpp" line="235"/>
        <source>File</source>
        <translation>파일</translation>
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
        <translation>원본 ANN</translation>
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
        <translation>내보낸 파일</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="235"/>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="235"/>
        <source>From</source>
        <translation>원본</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="235"/>
        <source>Exported (UTC)</source>
        <translation>내보낸 시각 (UTC)</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="247"/>
        <source>Data each stage read</source>
        <translation>단계별로 읽은 데이터</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="248"/>
        <location filename="../app/report/reportwriter.cpp" line="427"/>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="248"/>
        <source>Data files opened</source>
        <translation>연 데이터 파일</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="261"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="264"/>
        <source>Synthesis, conversion and encryption read no real data: they saw the model and the synthetic images (synthetic.bin) only.</source>
        <translation>합성, 변환, 암호화는 실제 데이터를 읽지 않았습니다. 모델과 합성 이미지(synthetic.bin)만 보았습니다.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="266"/>
        <source>WARNING: a synthesis, conversion or encryption stage read data files other than the synthetic images (see above).</source>
        <translation>경고: 합성, 변환 또는 암호화 단계가 합성 이미지 외의 데이터 파일을 읽었습니다(위 참조).</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="273"/>
        <location filename="../app/report/reportwriter.cpp" line="276"/>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="275"/>
        <source>Evaluated on: %1</source>
        <translation>평가 데이터: %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="276"/>
        <source>Timesteps</source>
        <translation>시간 단계 수</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="276"/>
        <source>Images</source>
        <translation>이미지 수</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="280"/>
        <source>converted with real data (comparison)</source>
        <translation>실제 데이터로 변환(비교용)</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="298"/>
        <source>Energy</source>
        <translation>에너지</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="300"/>
        <location filename="../app/report/reportwriter.cpp" line="359"/>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="300"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="300"/>
        <source>MACs</source>
        <translation>MAC 수</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="300"/>
        <source>Input spikes per neuron</source>
        <translation>뉴런당 입력 스파이크</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="300"/>
        <source>ANN (nJ)</source>
        <translation>ANN(nJ)</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="310"/>
        <source>analog</source>
        <translation>아날로그</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="316"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="330"/>
        <source>Synthetic images</source>
        <translation>합성 이미지</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="331"/>
        <source>Made from the ANN alone, one row per class; the ANN assigns %1 of them to their intended class with a mean confidence of %2.</source>
        <translation>ANN만으로 만들었으며 클래스마다 한 줄입니다. ANN은 그중 %1을(를) 의도한 클래스로 분류하며 평균 신뢰도는 %2입니다.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="342"/>
        <location filename="../app/report/reportwriter.cpp" line="344"/>
        <source>Leakage audit</source>
        <translation>유출 감사</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="345"/>
        <source>Model inversion: for every class an attacker optimises an input image that the model assigns to that class, from the same random start for every model. Scenario 1 reads the weights into an ordinary network (ReLU, thresholds ignored); the threshold-aware reading divides out each layer&apos;s threshold and uses the neurons&apos; rate function, the network the SNN approximates; scenario 2 attacks the spiking network itself through time, with a surrogate gradient and with evolution strategies (no gradient). An independent judge network classifies each reconstruction: a green frame means it recognised the intended class, a red one that it did not.</source>
        <translation>모델 역전: 공격자는 각 클래스마다 모든 모델에 대해 같은 무작위 시작점에서 출발해 모델이 그 클래스로 분류하는 입력 이미지를 최적화합니다. 시나리오 1은 가중치를 일반 네트워크로 읽고 (ReLU, 임계값 무시), 임계값 고려 해석은 각 층의 임계값을 나누어 제거하고 뉴런의 발화율 함수, 즉 SNN이 근사하는 네트워크를 사용합니다. 시나리오 2는 스파이킹 네트워크 자체를 시간에 걸쳐 대리 기울기와 진화 전략(기울기 없음)으로 공격합니다. 독립 판정 네트워크가 각 재구성을 분류합니다. 초록 테두리는 의도한 클래스를 인식했다는 뜻이고, 빨간 테두리는 그렇지 않다는 뜻입니다.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="418"/>
        <source>Attack</source>
        <translation>공격</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="357"/>
        <source>Chance level: %1.</source>
        <translation>우연 수준: %1.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="301"/>
        <source>SNN per inference (nJ)</source>
        <translation>SNN 추론당 (nJ)</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="301"/>
        <source>SNN per timestep (nJ)</source>
        <translation>SNN 타임스텝당 (nJ)</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="314"/>
        <source>Neuron updates</source>
        <translation>뉴런 업데이트</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="318"/>
        <source>Ratio ANN / SNN: %1 per inference, %2 per timestep</source>
        <translation>ANN / SNN 비율: 추론당 %1, 타임스텝당 %2</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="358"/>
        <source>Weight similarity to the ANN (cosine)</source>
        <translation>ANN과의 가중치 유사도(코사인)</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="373"/>
        <source>What this means for whoever ships the model: the judge recognised %1 of the images reconstructed through the encrypted SNN itself (scenario 2). The encryption hides class features in the weights as numbers, not in what the network computes: anyone who can run the SNN and see its outputs can reconstruct its classes. Ship it only where running it is as trusted as reading it.</source>
        <translation>모델을 배포하는 사람에게 의미하는 것: 판정 네트워크가 암호화된 SNN 자체를 통해 재구성한 이미지의 %1를 인식했습니다 (시나리오 2). 암호화는 숫자로서의 가중치 속 클래스 특징을 숨길 뿐, 네트워크가 계산하는 내용은 숨기지 않습니다. SNN을 실행하고 출력을 볼 수 있는 사람은 누구나 그 클래스를 재구성할 수 있습니다. 실행하는 것이 읽는 것만큼 신뢰되는 곳에만 배포하십시오.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="377"/>
        <source>What this means for whoever ships the model: the judge recognised %1 of the images reconstructed through the encrypted SNN itself (scenario 2), which is not distinguishable from chance with this many reconstructions. A stronger attacker (more steps, more reconstructions) may still do better.</source>
        <translation>모델을 배포하는 사람에게 의미하는 것: 판정 네트워크가 암호화된 SNN 자체를 통해 재구성한 이미지의 %1를 인식했으며 (시나리오 2), 이 정도의 재구성 수로는 우연 수준과 구별되지 않습니다. 더 강한 공격자(더 많은 단계, 더 많은 재구성)는 더 잘할 수도 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="389"/>
        <source>Privacy frontier</source>
        <translation>프라이버시 경계</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="390"/>
        <source>The encryption at several strengths of one setting (%1): the encrypted SNN&apos;s test accuracy against the judge&apos;s top-1 on reconstructions from each reading of its weights, with 95 % intervals. Points near chance and high up are private and accurate.</source>
        <translation>한 설정(%1)의 여러 강도에서의 암호화: 암호화된 SNN의 테스트 정확도 대 가중치의 각 해석에서 얻은 재구성에 대한 판정 네트워크 top-1, 95% 구간 포함. 우연 수준에 가깝고 위쪽에 있는 점이 사적이면서 정확합니다.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="395"/>
        <source>Setting</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="395"/>
        <source>SNN test accuracy</source>
        <translation>SNN 테스트 정확도</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="415"/>
        <source>Membership inference</source>
        <translation>멤버십 추론</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="416"/>
        <source>Can an attacker tell whether an image was in the training set? AUC 0.5 is guessing; 1.0 is certainty.</source>
        <translation>공격자가 이미지가 학습 세트에 있었는지 알아낼 수 있을까요? AUC 0.5는 추측, 1.0은 확실함입니다.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="418"/>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="418"/>
        <source>TPR at 1% FPR</source>
        <translation>FPR 1%에서의 TPR</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="418"/>
        <source>TPR at 0.1% FPR</source>
        <translation>FPR 0.1%에서의 TPR</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="426"/>
        <source>Settings and seeds</source>
        <translation>설정과 시드</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="427"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="427"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="427"/>
        <source>Duration (s)</source>
        <translation>소요 시간(초)</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="427"/>
        <source>Engine</source>
        <translation>엔진</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="447"/>
        <location filename="../app/report/reportwriter.cpp" line="449"/>
        <location filename="../app/report/reportwriter.cpp" line="496"/>
        <source>PrivateSNN audit report</source>
        <translation>PrivateSNN 감사 보고서</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="450"/>
        <source>Workspace %1, report made %2 by PrivateSNN Workbench %3.</source>
        <translation>작업 공간 %1, 보고서 작성 %2, PrivateSNN 워크벤치 %3.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="483"/>
        <location filename="../app/report/reportwriter.cpp" line="489"/>
        <location filename="../app/report/reportwriter.cpp" line="507"/>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: 쓸 수 없습니다(%2)</translation>
    </message>
</context>
<context>
    <name>ResultViews</name>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="51"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="53"/>
        <source>Synthetic images</source>
        <translation>합성 이미지</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="55"/>
        <source>Spikes</source>
        <translation>스파이크</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="57"/>
        <source>Energy</source>
        <translation>에너지</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="59"/>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="61"/>
        <source>Leakage</source>
        <translation>정보 유출</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="82"/>
        <source>No model loaded. Use File &gt; Open Model to choose a TorchScript, ONNX or PrivateSNN model.</source>
        <translation>불러온 모델이 없습니다. 파일 &gt; 모델 열기에서 TorchScript, ONNX 또는 PrivateSNN 모델을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="96"/>
        <source>TorchScript model</source>
        <translation>TorchScript 모델</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="97"/>
        <source>ONNX model</source>
        <translation>ONNX 모델</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="98"/>
        <source>PrivateSNN model</source>
        <translation>PrivateSNN 모델</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="99"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2, architecture %3&lt;br&gt;Input %4, %5 parameters, %6 MACs per image&lt;br&gt;Classes: %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2, 아키텍처 %3&lt;br&gt;입력 %4, 매개변수 %5개, 이미지당 MAC %6회&lt;br&gt;클래스: %7</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="107"/>
        <source>Spiking network: %1 neurons, %2 timesteps, %3 input coding</source>
        <translation>스파이킹 신경망: %1 뉴런, 타임스텝 %2개, %3 입력 부호화</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="111"/>
        <source>, membrane starts at %1 × threshold</source>
        <translation>, 막전위는 %1 × 임계값에서 시작</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="113"/>
        <source>, negative spikes</source>
        <translation>, 음의 스파이크</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="117"/>
        <source>Warning:</source>
        <translation>경고:</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="175"/>
        <source>Label: %1
The SNN says: %2</source>
        <translation>정답: %1
SNN의 판단: %2</translation>
    </message>
</context>
<context>
    <name>RocPlot</name>
    <message>
        <location filename="../widgets/rocplot.cpp" line="39"/>
        <source>False-positive rate</source>
        <translation>거짓 양성률</translation>
    </message>
    <message>
        <location filename="../widgets/rocplot.cpp" line="40"/>
        <source>True-positive rate</source>
        <translation>참 양성률</translation>
    </message>
    <message>
        <location filename="../widgets/rocplot.cpp" line="41"/>
        <source>chance</source>
        <translation>우연</translation>
    </message>
</context>
<context>
    <name>SpikeFlowStrip</name>
    <message>
        <location filename="../widgets/spikeflowstrip.cpp" line="66"/>
        <source>Pick a test image: its way through the network appears here.</source>
        <translation>테스트 이미지를 고르세요: 네트워크를 지나는 과정이 여기 나타납니다.</translation>
    </message>
    <message>
        <location filename="../widgets/spikeflowstrip.cpp" line="91"/>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/spikeflowstrip.cpp" line="96"/>
        <source>%n spike(s)</source>
        <translation>
            <numerusform>스파이크 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/spikeflowstrip.cpp" line="109"/>
        <source>Output so far, step %1 of %2</source>
        <translation>지금까지의 출력, %2단계 중 %1단계</translation>
    </message>
</context>
<context>
    <name>SpikeLoadPlot</name>
    <message>
        <location filename="../widgets/spikeloadplot.cpp" line="64"/>
        <source>Spikes per neuron per image</source>
        <translation>이미지당 뉴런별 스파이크</translation>
    </message>
    <message>
        <location filename="../widgets/spikeloadplot.cpp" line="65"/>
        <source>break-even: %1 spikes (MAC / accumulate)</source>
        <translation>손익분기: 스파이크 %1개 (곱셈-누산 / 누산)</translation>
    </message>
</context>
<context>
    <name>SpikeMapView</name>
    <message>
        <location filename="../widgets/spikemapview.cpp" line="69"/>
        <source>Pick a test image: its spikes appear here.</source>
        <translation>테스트 이미지를 고르세요: 스파이크가 여기 나타납니다.</translation>
    </message>
    <message>
        <location filename="../widgets/spikemapview.cpp" line="74"/>
        <source>%1, step %2 of %3: firing now (left), spikes so far (right)</source>
        <translation>%1, %3단계 중 %2단계: 지금 발화 (왼쪽), 지금까지의 스파이크 (오른쪽)</translation>
    </message>
    <message>
        <location filename="../widgets/spikemapview.cpp" line="96"/>
        <source>channel %1</source>
        <translation>채널 %1</translation>
    </message>
</context>
<context>
    <name>SpikeView</name>
    <message>
        <location filename="../widgets/spikeview.cpp" line="186"/>
        <source>%1 (%2 neurons)</source>
        <translation>%1 (뉴런 %2개)</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="248"/>
        <source>simulating…</source>
        <translation>시뮬레이션 중…</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="313"/>
        <source>Raster</source>
        <translation>래스터</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="314"/>
        <source>Spikes as images</source>
        <translation>이미지로 본 스파이크</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="315"/>
        <source>Follow the image</source>
        <translation>이미지 따라가기</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="316"/>
        <source>Test image</source>
        <translation>테스트 이미지</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="317"/>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="318"/>
        <source>Timesteps</source>
        <translation>시간 단계 수</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="319"/>
        <source>Threshold ×</source>
        <translation>임계값 ×</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="320"/>
        <source>Scales every firing threshold: lower thresholds make neurons fire more often.</source>
        <translation>모든 발화 임계값을 배율 조정합니다. 임계값이 낮을수록 뉴런이 더 자주 발화합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="321"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="321"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="322"/>
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="323"/>
        <source>Save image…</source>
        <translation>이미지 저장…</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="324"/>
        <location filename="../widgets/spikeview.cpp" line="330"/>
        <location filename="../widgets/spikeview.cpp" line="334"/>
        <source>Timestep</source>
        <translation>시간 단계</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="325"/>
        <source>spike</source>
        <translation>스파이크</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="326"/>
        <source>negative spike (takes one back)</source>
        <translation>음의 스파이크(하나를 취소)</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="328"/>
        <source>Neuron (first %1 of %2)</source>
        <translation>뉴런(%2개 중 처음 %1개)</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="329"/>
        <source>Neuron</source>
        <translation>뉴런</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="331"/>
        <source>Membrane potential</source>
        <translation>막전위</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="332"/>
        <source>neuron %1</source>
        <translation>뉴런 %1</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="333"/>
        <source>threshold</source>
        <translation>임계값</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="335"/>
        <source>Spikes per neuron and step</source>
        <translation>뉴런·단계당 스파이크</translation>
    </message>
</context>
<context>
    <name>StepNumbers</name>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="25"/>
        <source>direct input</source>
        <translation>직접 입력</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="26"/>
        <source>Poisson pixels</source>
        <translation>푸아송 픽셀</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="27"/>
        <source>signed Poisson input</source>
        <translation>부호 있는 푸아송 입력</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="29"/>
        <source>negative spikes</source>
        <translation>음의 스파이크</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="31"/>
        <source>membrane starts at %1</source>
        <translation>막전위 시작 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="33"/>
        <source>quantisation-aware thresholds</source>
        <translation>양자화 인식 임계값</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="34"/>
        <source>threshold percentile %1</source>
        <translation>임계값 백분위수 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="36"/>
        <source>thresholds from BN inversion</source>
        <translation>BN 역변환으로 구한 임계값</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepnumbers.cpp" line="49"/>
        <source>Settings tried, scored by agreement with the ANN on %n held-out synthetic image(s):</source>
        <translation>
            <numerusform>시험한 설정 (보류된 합성 이미지 %n개에서 ANN과의 일치도로 평가):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="53"/>
        <source>cannot run</source>
        <translation>실행 불가</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="68"/>
        <source>%1 parameters</source>
        <translation>매개변수 %1개</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="72"/>
        <source>%1 images; the ANN agrees on %2</source>
        <translation>이미지 %1장; ANN 일치율 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepnumbers.cpp" line="84"/>
        <source>%n neuron layer(s) balanced</source>
        <translation>
            <numerusform>뉴런 층 %n개 균형 조정됨</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="90"/>
        <source>%1; chosen automatically: %2 (%3 agreement with the ANN)</source>
        <translation>%1; 자동 선택: %2 (ANN과 일치도 %3)</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="99"/>
        <source>weight similarity to the ANN ≥ %1</source>
        <translation>ANN과의 가중치 유사도 ≥ %1</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="106"/>
        <source>runs at T = %1: no smaller T came within the margin of the ANN</source>
        <translation>T = %1에서 실행: 더 작은 T 중 ANN과의 허용 차이 안에 드는 것이 없었습니다</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="107"/>
        <source>runs at T = %1</source>
        <translation>T = %1에서 실행</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="112"/>
        <source>ANN %1 · SNN %2 · encrypted %3</source>
        <translation>ANN %1 · SNN %2 · 암호화 %3</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="120"/>
        <source>ANN / SNN energy: %1×</source>
        <translation>ANN / SNN 에너지: %1×</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="121"/>
        <source>ANN / SNN energy: %1× per inference, %2× per timestep</source>
        <translation>ANN / SNN 에너지: 추론당 %1×, 타임스텝당 %2×</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="132"/>
        <source>judge recognises %1 (ANN), %2 (encrypted); with thresholds divided out %3</source>
        <translation>판정 네트워크 인식률 %1 (ANN), %2 (암호화); 임계값을 나누어 제거하면 %3</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="136"/>
        <source>report.html and report.pdf</source>
        <translation>report.html 및 report.pdf</translation>
    </message>
</context>
<context>
    <name>SyntheticView</name>
    <message>
        <location filename="../app/gui/syntheticview.cpp" line="116"/>
        <source>Zoom</source>
        <translation>확대</translation>
    </message>
    <message>
        <location filename="../app/gui/syntheticview.cpp" line="117"/>
        <source>Save image…</source>
        <translation>이미지 저장…</translation>
    </message>
    <message>
        <location filename="../app/gui/syntheticview.cpp" line="118"/>
        <source>No synthetic images yet: run “Synthesize”.</source>
        <translation>아직 합성 이미지가 없습니다: ‘합성’을 실행하세요.</translation>
    </message>
    <message>
        <location filename="../app/gui/syntheticview.cpp" line="119"/>
        <source>%1 synthetic images made from the model alone (up to %2 per class shown). A red frame: the ANN assigns the image to another class. Hover for the ANN&apos;s confidence.</source>
        <translation>모델만으로 만든 합성 이미지 %1장(클래스당 최대 %2장 표시). 빨간 테두리: ANN이 이미지를 다른 클래스로 분류합니다. 마우스를 올리면 ANN의 신뢰도가 보입니다.</translation>
    </message>
</context>
<context>
    <name>WorkspaceResults</name>
    <message>
        <location filename="../app/report/workspaceresults.cpp" line="21"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: 읽을 수 없습니다(%2)</translation>
    </message>
    <message>
        <location filename="../app/report/workspaceresults.cpp" line="27"/>
        <source>%1: damaged JSON at byte %2 (%3)</source>
        <translation>%1: 바이트 %2에서 JSON이 손상됨(%3)</translation>
    </message>
    <message>
        <location filename="../app/report/workspaceresults.cpp" line="44"/>
        <source>not a usable workspace: %1</source>
        <translation>사용할 수 있는 작업 공간이 아닙니다: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="30"/>
        <source>PrivateSNN Workbench</source>
        <translation>PrivateSNN 워크벤치</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="33"/>
        <source>Model to open (default: the bundled demo).</source>
        <translation>열 모델 (기본값: 함께 제공된 데모 모델).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="34"/>
        <source>Workspace to open.</source>
        <translation>열 작업 공간.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="36"/>
        <source>Click “Make private SNN” at start.</source>
        <translation>시작할 때 ‘비공개 SNN 만들기’를 누릅니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>Save a PNG of the window once the model is shown, then quit.</source>
        <translation>모델이 표시되면 창을 PNG로 저장한 뒤 종료합니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="41"/>
        <source>After --run: save a PNG of every view into a folder, then quit.</source>
        <translation>--run 후: 모든 보기의 PNG를 폴더에 저장하고 종료합니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>User interface language (de, zh_CN, ko, en).</source>
        <translation>사용자 인터페이스 언어 (de, zh_CN, ko, en).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="47"/>
        <source>With a model: in its import dialog choose this test data, click Check, use the suggested normalisation and accept (what a person would click).</source>
        <translation>모델과 함께: 가져오기 대화상자에서 이 테스트 데이터를 고르고, 확인을 누르고, 제안된 정규화를 쓰고 수락합니다 (사람이 누를 순서대로).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>While a run goes on: measure how long the window&apos;s event loop stalls, and print the longest stall when the run ends (then quit, unless --screenshots).</source>
        <translation>실행 중: 창의 이벤트 루프가 멈추는 시간을 측정하고, 실행이 끝나면 가장 긴 멈춤을 출력합니다(--screenshots가 없으면 이후 종료).</translation>
    </message>
</context>
</TS>

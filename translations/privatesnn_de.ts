<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccuracyPlot</name>
    <message>
        <location filename="../widgets/accuracyplot.cpp" line="50"/>
        <source>Timestep</source>
        <translation>Zeitschritt</translation>
    </message>
    <message>
        <location filename="../widgets/accuracyplot.cpp" line="51"/>
        <source>Test accuracy (%)</source>
        <translation>Testgenauigkeit (%)</translation>
    </message>
    <message>
        <location filename="../widgets/accuracyplot.cpp" line="53"/>
        <source>ANN</source>
        <translation>KNN</translation>
    </message>
</context>
<context>
    <name>AccuracyView</name>
    <message>
        <location filename="../app/gui/accuracyview.cpp" line="46"/>
        <source>Save image…</source>
        <translation>Bild speichern…</translation>
    </message>
    <message>
        <location filename="../app/gui/accuracyview.cpp" line="51"/>
        <source>No evaluation yet: run the pipeline up to “Evaluate”.</source>
        <translation>Noch keine Auswertung: Führen Sie die Pipeline bis „Auswerten“ aus.</translation>
    </message>
    <message>
        <location filename="../app/gui/accuracyview.cpp" line="52"/>
        <source>ANN %1 · converted SNN %2 · encrypted SNN %3, on %4</source>
        <translation>KNN %1 · umgewandeltes SNN %2 · verschlüsseltes SNN %3, auf %4</translation>
    </message>
</context>
<context>
    <name>EnergyCurvePlot</name>
    <message>
        <location filename="../widgets/energycurveplot.cpp" line="73"/>
        <source>ANN (one inference)</source>
        <translation>KNN (eine Inferenz)</translation>
    </message>
    <message>
        <location filename="../widgets/energycurveplot.cpp" line="74"/>
        <source>Timesteps T of one inference</source>
        <translation>Zeitschritte T einer Inferenz</translation>
    </message>
    <message>
        <location filename="../widgets/energycurveplot.cpp" line="75"/>
        <source>Energy per image (nJ)</source>
        <translation>Energie pro Bild (nJ)</translation>
    </message>
    <message>
        <location filename="../widgets/energycurveplot.cpp" line="76"/>
        <source>Test accuracy (%, dotted)</source>
        <translation>Testgenauigkeit (%, gepunktet)</translation>
    </message>
</context>
<context>
    <name>EnergyPlot</name>
    <message>
        <location filename="../widgets/energyplot.cpp" line="81"/>
        <source>ANN</source>
        <translation>KNN</translation>
    </message>
    <message>
        <location filename="../widgets/energyplot.cpp" line="82"/>
        <source>SNN</source>
        <translation>SNN</translation>
    </message>
    <message>
        <location filename="../widgets/energyplot.cpp" line="83"/>
        <source>Energy per image (nJ)</source>
        <translation>Energie pro Bild (nJ)</translation>
    </message>
</context>
<context>
    <name>EnergySummary</name>
    <message>
        <location filename="../app/report/energysummary.cpp" line="10"/>
        <source>%1× less energy</source>
        <translation>%1× weniger Energie</translation>
    </message>
    <message>
        <location filename="../app/report/energysummary.cpp" line="11"/>
        <source>%1× more energy</source>
        <translation>%1× mehr Energie</translation>
    </message>
    <message>
        <location filename="../app/report/energysummary.cpp" line="20"/>
        <source>Per image, one whole inference (T = %1 timesteps): ANN %2 nJ, SNN %3 nJ: the SNN needs %4.</source>
        <translation>Pro Bild, eine ganze Inferenz (T = %1 Zeitschritte): KNN %2 nJ, SNN %3 nJ: das SNN braucht %4.</translation>
    </message>
    <message>
        <location filename="../app/report/energysummary.cpp" line="25"/>
        <source>Per timestep (the convention of the paper&apos;s lab): SNN %1 nJ, %2 than one ANN inference.</source>
        <translation>Pro Zeitschritt (die Konvention des Labors hinter dem Paper): SNN %1 nJ, %2 als eine KNN-Inferenz.</translation>
    </message>
    <message>
        <location filename="../app/report/energysummary.cpp" line="33"/>
        <source>The per-inference figure is what a battery pays: the SNN runs all %1 timesteps to give one answer. The per-timestep figure divides the SNN&apos;s spikes by T and sets one average timestep against a whole ANN inference; published figures such as PrivateSNN&apos;s 55× are of this kind. Both use the same spike counts; they differ by the factor T for everything the SNN does every step.</source>
        <translation>Die Zahl pro Inferenz ist das, was ein Akku bezahlt: Das SNN läuft alle %1 Zeitschritte, um eine Antwort zu geben. Die Zahl pro Zeitschritt teilt die Spikes des SNN durch T und stellt einen durchschnittlichen Zeitschritt einer ganzen KNN-Inferenz gegenüber; veröffentlichte Werte wie die 55× von PrivateSNN sind von dieser Art. Beide verwenden dieselben Spike-Zahlen; sie unterscheiden sich um den Faktor T für alles, was das SNN in jedem Schritt tut.</translation>
    </message>
    <message>
        <location filename="../app/report/energysummary.cpp" line="45"/>
        <source>%1: %2 pJ per multiply-accumulate, %3 pJ per accumulate, %4. Source: %5</source>
        <translation>%1: %2 pJ pro Multiplikation-Akkumulation, %3 pJ pro Akkumulation, %4. Quelle: %5</translation>
    </message>
    <message>
        <location filename="../app/report/energysummary.cpp" line="48"/>
        <source>%1 pJ per neuron update</source>
        <translation>%1 pJ pro Neuronen-Update</translation>
    </message>
    <message>
        <location filename="../app/report/energysummary.cpp" line="49"/>
        <source>neuron updates not counted</source>
        <translation>Neuronen-Updates nicht gezählt</translation>
    </message>
</context>
<context>
    <name>EnergyView</name>
    <message>
        <location filename="../app/gui/energyview.cpp" line="232"/>
        <source>Recompute</source>
        <translation>Neu berechnen</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="233"/>
        <source>Runs the energy step again with these costs.</source>
        <translation>Führt den Energieschritt mit diesen Kosten erneut aus.</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="234"/>
        <source>Logarithmic scale</source>
        <translation>Logarithmische Skala</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="235"/>
        <source>Save image…</source>
        <translation>Bild speichern…</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="151"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="151"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="151"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="151"/>
        <source>Input spikes per neuron</source>
        <translation>Eingangsspikes pro Neuron</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="151"/>
        <source>ANN (nJ)</source>
        <translation>KNN (nJ)</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="152"/>
        <source>SNN per inference (nJ)</source>
        <translation>SNN pro Inferenz (nJ)</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="152"/>
        <source>SNN per timestep (nJ)</source>
        <translation>SNN pro Zeitschritt (nJ)</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="164"/>
        <source>analog</source>
        <translation>analog</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="173"/>
        <source>Neuron updates</source>
        <translation>Neuronen-Updates</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="173"/>
        <source>counted</source>
        <translation>gezählt</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="173"/>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="207"/>
        <source>converted SNN</source>
        <translation>konvertiertes SNN</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="207"/>
        <source>encrypted SNN</source>
        <translation>verschlüsseltes SNN</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="217"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="222"/>
        <source>As run: %1</source>
        <translation>Wie gerechnet: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="227"/>
        <source>Multiply-accumulate (pJ)</source>
        <translation>Multiplikation-Akkumulation (pJ)</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="228"/>
        <source>Accumulate (pJ)</source>
        <translation>Akkumulation (pJ)</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="229"/>
        <source>Neuron updates (pJ)</source>
        <translation>Neuronen-Updates (pJ)</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="230"/>
        <source>Each neuron updates its membrane once per timestep; counting it keeps a small T from looking free.</source>
        <translation>Jedes Neuron aktualisiert seine Membran einmal pro Zeitschritt; wer das mitzählt, lässt ein kleines T nicht kostenlos erscheinen.</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="236"/>
        <source>Energy per layer</source>
        <translation>Energie pro Schicht</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="237"/>
        <source>Spikes per neuron</source>
        <translation>Spikes pro Neuron</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="238"/>
        <source>Energy against T</source>
        <translation>Energie über T</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="243"/>
        <source>No energy estimate yet: run the pipeline up to “Energy”.</source>
        <translation>Noch keine Energieschätzung: Führen Sie die Pipeline bis „Energie“ aus.</translation>
    </message>
    <message>
        <location filename="../app/gui/energyview.cpp" line="248"/>
        <source>Encrypted SNN.</source>
        <translation>Verschlüsseltes SNN.</translation>
    </message>
</context>
<context>
    <name>EngineWorker</name>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="56"/>
        <source>An unknown internal error occurred.</source>
        <translation>Ein unbekannter interner Fehler ist aufgetreten.</translation>
    </message>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="62"/>
        <source>Could not open the model.</source>
        <translation>Das Modell konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="72"/>
        <source>Could not check the model on test images.</source>
        <translation>Das Modell konnte nicht auf Testbildern geprüft werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="80"/>
        <source>Could not train the judge.</source>
        <translation>Das Prüfnetz konnte nicht trainiert werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="96"/>
        <source>Could not save the settings.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="101"/>
        <source>Could not export the model.</source>
        <translation>Das Modell konnte nicht exportiert werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="114"/>
        <source>The pipeline stopped with an error.</source>
        <translation>Die Pipeline wurde mit einem Fehler beendet.</translation>
    </message>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="124"/>
        <source>Could not read the workspace.</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="129"/>
        <source>Could not read the synthetic images.</source>
        <translation>Die synthetischen Bilder konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/engineworker.cpp" line="177"/>
        <source>Could not simulate the spiking network.</source>
        <translation>Das spikende Netz konnte nicht simuliert werden.</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="52"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="53"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="54"/>
        <source>&amp;Open Model…</source>
        <translation>Modell ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="54"/>
        <source>Open &amp;Demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="54"/>
        <source>Open &amp;Workspace…</source>
        <translation>&amp;Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="54"/>
        <source>&amp;Save Workspace As…</source>
        <translation>Arbeitsbereich &amp;speichern unter…</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="25"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="26"/>
        <source>Exported %1 (SHA-256 %2)</source>
        <translation>%1 exportiert (SHA-256 %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="55"/>
        <source>Export &amp;Report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="55"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="58"/>
        <source>E&amp;xport Model</source>
        <translation>Modell e&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="59"/>
        <source>&amp;ANN…</source>
        <translation>&amp;KNN…</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="59"/>
        <source>&amp;Converted SNN…</source>
        <translation>&amp;Umgewandeltes SNN…</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="59"/>
        <source>&amp;Encrypted SNN…</source>
        <translation>&amp;Verschlüsseltes SNN…</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="89"/>
        <source>Open Model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="90"/>
        <source>Models (*.psnn *.pt *.pth *.torchscript *.onnx);;All files (*)</source>
        <translation>Modelle (*.psnn *.pt *.pth *.torchscript *.onnx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="97"/>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="105"/>
        <source>Nothing to save yet.</source>
        <translation>Noch nichts zu speichern.</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="105"/>
        <source>Run at least the first step to create the workspace.</source>
        <translation>Führen Sie mindestens den ersten Schritt aus, um den Arbeitsbereich anzulegen.</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="108"/>
        <source>Save Workspace As</source>
        <translation>Arbeitsbereich speichern unter</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="114"/>
        <source>Could not save the workspace.</source>
        <translation>Der Arbeitsbereich konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="125"/>
        <source>There is no %1 in this workspace yet.</source>
        <translation>In diesem Arbeitsbereich gibt es noch kein %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="125"/>
        <source>Run the pipeline up to the stage that makes it first.</source>
        <translation>Führen Sie die Pipeline zuerst bis zu der Stufe aus, die es erzeugt.</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="130"/>
        <source>PrivateSNN model (*.psnn)</source>
        <translation>PrivateSNN-Modell (*.psnn)</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="130"/>
        <source>NIR graph for SNN tools (*.nir)</source>
        <translation>NIR-Graph für SNN-Werkzeuge (*.nir)</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="131"/>
        <source>TorchScript SNN for PyTorch (*.pt)</source>
        <translation>TorchScript-SNN für PyTorch (*.pt)</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="133"/>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="143"/>
        <source>There is nothing to report yet.</source>
        <translation>Es gibt noch nichts zu berichten.</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="143"/>
        <source>Run the pipeline up to “Evaluate” first.</source>
        <translation>Führen Sie die Pipeline zuerst bis „Auswerten“ aus.</translation>
    </message>
    <message>
        <location filename="../app/gui/filemenu.cpp" line="146"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
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
        <translation>Top-1 des Prüfnetzes auf Rekonstruktionen (95-%-Intervall)</translation>
    </message>
    <message>
        <location filename="../widgets/frontierplot.cpp" line="113"/>
        <source>SNN test accuracy</source>
        <translation>Testgenauigkeit des SNN</translation>
    </message>
    <message>
        <location filename="../widgets/frontierplot.cpp" line="114"/>
        <source>chance</source>
        <translation>Zufall</translation>
    </message>
</context>
<context>
    <name>ImageExport</name>
    <message>
        <location filename="../app/gui/imageexport.cpp" line="14"/>
        <location filename="../app/gui/imageexport.cpp" line="20"/>
        <source>Save image</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/imageexport.cpp" line="15"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/gui/imageexport.cpp" line="20"/>
        <location filename="../app/gui/imageexport.cpp" line="49"/>
        <location filename="../app/gui/imageexport.cpp" line="58"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ImageGallery</name>
    <message>
        <location filename="../widgets/imagegallery.cpp" line="171"/>
        <source>%1, image %2 of class %3</source>
        <translation>%1, Bild %2 der Klasse %3</translation>
    </message>
    <message>
        <location filename="../widgets/imagegallery.cpp" line="173"/>
        <source>Judge says: %1</source>
        <translation>Urteil des Prüfnetzes: %1</translation>
    </message>
    <message>
        <location filename="../widgets/imagegallery.cpp" line="175"/>
        <source>Probability of %1: %2%</source>
        <translation>Wahrscheinlichkeit für %1: %2 %</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="56"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="67"/>
        <source>guess</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="81"/>
        <source>Not chosen (Check finds it)</source>
        <translation>Nicht gewählt (Prüfen findet sie)</translation>
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
        <translation>Pixel auf [-1, 1]</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="83"/>
        <source>None (pixels in [0, 1])</source>
        <translation>Keine (Pixel in [0, 1])</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="87"/>
        <source>Custom values</source>
        <translation>Eigene Werte</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="90"/>
        <source>e.g. 0.2860</source>
        <translation>z. B. 0.2860</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="91"/>
        <source>e.g. 0.3530</source>
        <translation>z. B. 0.3530</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="94"/>
        <source>Fashion-MNIST test set</source>
        <translation>Fashion-MNIST-Testdaten</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="95"/>
        <source>MNIST test set</source>
        <translation>MNIST-Testdaten</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="96"/>
        <source>CIFAR-10 test set</source>
        <translation>CIFAR-10-Testdaten</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="97"/>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="103"/>
        <source>From the test data</source>
        <translation>Aus den Testdaten</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="103"/>
        <source>Typed below</source>
        <translation>Unten eingegeben</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="103"/>
        <source>Numbers 0, 1, 2, …</source>
        <translation>Zahlen 0, 1, 2, …</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="105"/>
        <source>names separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="107"/>
        <source>Check on test images</source>
        <translation>Auf Testbildern prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="110"/>
        <source>Check runs the model on 300 test images with the chosen normalisation and with every preset. It reads the test set only, as evaluation does.</source>
        <translation>Prüfen lässt das Modell auf 300 Testbildern laufen, mit der gewählten Normalisierung und mit jeder Vorgabe. Es liest nur die Testdaten, wie die Auswertung.</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="119"/>
        <source>Input shape (channels, height, width)</source>
        <translation>Eingabeform (Kanäle, Höhe, Breite)</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="121"/>
        <source>Normalisation the model was trained with</source>
        <translation>Normalisierung, mit der das Modell trainiert wurde</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="122"/>
        <source>Mean per channel</source>
        <translation>Mittelwert pro Kanal</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="123"/>
        <source>Standard deviation per channel</source>
        <translation>Standardabweichung pro Kanal</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="124"/>
        <source>Test data</source>
        <translation>Testdaten</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="125"/>
        <source>Class names</source>
        <translation>Klassennamen</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="131"/>
        <source>Use these settings</source>
        <translation>Diese Einstellungen verwenden</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="132"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="150"/>
        <source>Checking on test images…</source>
        <translation>Prüfe auf Testbildern…</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="158"/>
        <source>Normalisation set to the suggestion: %1 of the checked test images right.</source>
        <translation>Normalisierung auf den Vorschlag gesetzt: %1 der geprüften Testbilder richtig.</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="198"/>
        <source>read from a folder by Check</source>
        <translation>von Prüfen aus einem Ordner gelesen</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="201"/>
        <source>0 to %1</source>
        <translation>0 bis %1</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="207"/>
        <source>Test data folder</source>
        <translation>Ordner mit Testdaten</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="297"/>
        <source>guessed from the weights: change it if it is wrong</source>
        <translation>aus den Gewichten geschätzt: ändern Sie sie, wenn sie falsch ist</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="298"/>
        <source>as the model file declares it</source>
        <translation>wie die Modelldatei sie angibt</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/importdialog.cpp" line="318"/>
        <source>With the chosen normalisation the model gets %1 of %n test image(s) right (%2).</source>
        <translation>
            <numerusform>Mit der gewählten Normalisierung erkennt das Modell %1 von %n Testbild richtig (%2).</numerusform>
            <numerusform>Mit der gewählten Normalisierung erkennt das Modell %1 von %n Testbildern richtig (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="325"/>
        <source>Every preset on the same images: %1.</source>
        <translation>Jede Vorgabe auf denselben Bildern: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="328"/>
        <source>%1 fits better: %2 instead of %3.</source>
        <translation>%1 passt besser: %2 statt %3.</translation>
    </message>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="330"/>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../app/gui/importflow.cpp" line="39"/>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="57"/>
        <source>The engine is busy with another job; try again when it has finished.</source>
        <translation>Die Engine arbeitet an einem anderen Auftrag; versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="69"/>
        <source>Import settings set; test data %1</source>
        <translation>Importeinstellungen gesetzt; Testdaten %1</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="73"/>
        <source>PrivateSNN Workbench</source>
        <translation>PrivateSNN Workbench</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="74"/>
        <source>The audit needs a judge that knows the classes of %1, and there is none yet. Train one now (a few minutes; Esc cancels)?</source>
        <translation>Die Prüfung braucht ein Prüfnetz, das die Klassen von %1 kennt, und es gibt noch keines. Jetzt eines trainieren (einige Minuten; Esc bricht ab)?</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="121"/>
        <source>Training a judge on the training split of %1</source>
        <translation>Trainiere ein Prüfnetz auf den Trainingsdaten von %1</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="133"/>
        <source>Judge trained (%1 % of the test set right), kept as %2</source>
        <translation>Prüfnetz trainiert (%1 % der Testdaten richtig), gespeichert als %2</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="146"/>
        <source>No normalisation is set: a model trained on normalised images then scores far below its real accuracy.</source>
        <translation>Keine Normalisierung gesetzt: Ein auf normalisierten Bildern trainiertes Modell erreicht dann weit weniger als seine wirkliche Genauigkeit.</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="147"/>
        <source>Set it…</source>
        <translation>Festlegen…</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="149"/>
        <source>The input shape was guessed from the weights.</source>
        <translation>Die Eingabeform wurde aus den Gewichten geschätzt.</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="149"/>
        <source>Check it…</source>
        <translation>Überprüfen…</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="151"/>
        <source>The classes have no names, only numbers.</source>
        <translation>Die Klassen haben keine Namen, nur Nummern.</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="151"/>
        <source>Name them…</source>
        <translation>Benennen…</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="157"/>
        <source>The audit needs a judge for the classes of %1.</source>
        <translation>Die Prüfung braucht ein Prüfnetz für die Klassen von %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/importflow.cpp" line="158"/>
        <source>Train one…</source>
        <translation>Eines trainieren…</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../app/gui/languagemenu.cpp" line="26"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>LeakageModel</name>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="9"/>
        <source>ANN</source>
        <translation>KNN</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="11"/>
        <source>converted SNN</source>
        <translation>umgewandeltes SNN</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="13"/>
        <source>encrypted SNN</source>
        <translation>verschlüsseltes SNN</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="20"/>
        <source>weights in an ANN</source>
        <translation>Gewichte in einem KNN</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="22"/>
        <source>weights with thresholds (rate ANN)</source>
        <translation>Gewichte mit Schwellen (Raten-KNN)</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="24"/>
        <source>SNN, surrogate gradient</source>
        <translation>SNN, Ersatzgradient</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="26"/>
        <source>SNN, evolution strategies</source>
        <translation>SNN, Evolutionsstrategien</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="28"/>
        <source>loss threshold</source>
        <translation>Verlustschwelle</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="30"/>
        <source>confidence threshold</source>
        <translation>Konfidenzschwelle</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="37"/>
        <source>scenario 1</source>
        <translation>Szenario 1</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="39"/>
        <source>threshold-aware</source>
        <translation>mit Schwellen</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="41"/>
        <source>scenario 2 (gradient)</source>
        <translation>Szenario 2 (Gradient)</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="43"/>
        <source>scenario 2 (ES)</source>
        <translation>Szenario 2 (ES)</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="135"/>
        <source>privacy weight</source>
        <translation>Privatsphäre-Gewicht</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="137"/>
        <source>channel scrambling</source>
        <translation>Kanalverwürfelung</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="139"/>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="141"/>
        <source>learning rate</source>
        <translation>Lernrate</translation>
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
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="171"/>
        <source>Attack</source>
        <translation>Angriff</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="171"/>
        <source>Judge top-1 [95 % interval] (n)</source>
        <translation>Prüfnetz Top-1 [95-%-Intervall] (n)</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="171"/>
        <source>Judge top-3</source>
        <translation>Prüfnetz Top-3</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="171"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="172"/>
        <source>Reading&apos;s test accuracy</source>
        <translation>Testgenauigkeit der Lesart</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="172"/>
        <source>SSIM to class mean</source>
        <translation>SSIM zum Klassenmittel</translation>
    </message>
    <message>
        <location filename="../app/report/leakagemodel.cpp" line="172"/>
        <source>SSIM to nearest real</source>
        <translation>SSIM zum nächsten echten Bild</translation>
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
        <translation>Rekonstruktion von %1</translation>
    </message>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="118"/>
        <source>judge: %1 (%2 %)</source>
        <translation>Prüfnetz: %1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="124"/>
        <source>mean of the real class</source>
        <translation>Mittelwert der echten Klasse</translation>
    </message>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="124"/>
        <source>real example</source>
        <translation>echtes Beispiel</translation>
    </message>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="142"/>
        <source>Save gallery…</source>
        <translation>Galerie speichern…</translation>
    </message>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="143"/>
        <source>Save ROC…</source>
        <translation>ROC speichern…</translation>
    </message>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="147"/>
        <source>Green frame: the judge recognised the class. Click to enlarge.</source>
        <translation>Grüner Rahmen: Das Prüfnetz hat die Klasse erkannt. Zum Vergrößern klicken.</translation>
    </message>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="159"/>
        <source>Membership ROC</source>
        <translation>Mitgliedschafts-ROC</translation>
    </message>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="160"/>
        <source>Privacy frontier</source>
        <translation>Privatsphäre-Grenze</translation>
    </message>
    <message>
        <location filename="../app/gui/leakageview.cpp" line="163"/>
        <source>Each point is the encrypted SNN at one %1. Click a point to use that setting in step 4 (Encrypt).</source>
        <translation>Jeder Punkt ist das verschlüsselte SNN bei einem Wert für %1. Klicken Sie auf einen Punkt, um diese Einstellung in Schritt 4 (Verschlüsseln) zu übernehmen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="179"/>
        <location filename="../app/gui/mainwindow.cpp" line="566"/>
        <source>PrivateSNN Workbench</source>
        <translation>PrivateSNN Workbench</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="187"/>
        <source>&amp;Make Private SNN</source>
        <translation>Privates SNN &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="187"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="192"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="186"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="546"/>
        <source>Cancelled. Every finished step is kept.</source>
        <translation>Abgebrochen. Alle abgeschlossenen Schritte bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="547"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="180"/>
        <source>%1 — PrivateSNN Workbench</source>
        <translation>%1 — PrivateSNN Workbench</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="183"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="184"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="187"/>
        <source>&amp;About PrivateSNN Workbench</source>
        <translation>Ü&amp;ber PrivateSNN Workbench</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="207"/>
        <source>Closing: the running step is cancelled; finished steps are kept.</source>
        <translation>Beenden: Der laufende Schritt wird abgebrochen, abgeschlossene Schritte bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="172"/>
        <source>No translation for %1 was found.</source>
        <translation>Für %1 wurde keine Übersetzung gefunden.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="240"/>
        <source>Demo: the bundled Fashion-MNIST network, workspace %1</source>
        <translation>Demo: das mitgelieferte Fashion-MNIST-Netz, Arbeitsbereich %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="245"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="278"/>
        <location filename="../app/gui/mainwindow.cpp" line="289"/>
        <source>Could not open the workspace.</source>
        <translation>Der Arbeitsbereich konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="304"/>
        <source>Opened workspace %1</source>
        <translation>Arbeitsbereich %1 geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="121"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="259"/>
        <source>The saved settings of this model cannot be read; it starts from the defaults.</source>
        <translation>Die gespeicherten Einstellungen dieses Modells sind nicht lesbar; es beginnt mit den Voreinstellungen.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="320"/>
        <source>There is nothing to report yet.</source>
        <translation>Es gibt noch nichts zu berichten.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="320"/>
        <source>Run the pipeline up to “Evaluate” first.</source>
        <translation>Führen Sie die Pipeline zuerst bis „Auswerten“ aus.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="328"/>
        <source>The audit needs a judge model.</source>
        <translation>Die Prüfung braucht ein Prüfnetz.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="328"/>
        <source>Choose one in the settings of step 7 (Audit).</source>
        <translation>Wählen Sie eines in den Einstellungen von Schritt 7 (Prüfung).</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="343"/>
        <source>No model is open.</source>
        <translation>Es ist kein Modell geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="343"/>
        <source>Use File &gt; Open Model first.</source>
        <translation>Verwenden Sie zuerst Datei &gt; Modell öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="352"/>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="352"/>
        <source>Make private SNN</source>
        <translation>Privates SNN erstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="353"/>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="362"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="373"/>
        <source>Step “%1” running</source>
        <translation>Schritt „%1“ läuft</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="387"/>
        <source>Finished in %1 s</source>
        <translation>Fertig nach %1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="393"/>
        <location filename="../app/gui/mainwindow.cpp" line="400"/>
        <source>Writing the report…</source>
        <translation>Der Bericht wird geschrieben …</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="393"/>
        <source>Reading the results…</source>
        <translation>Die Ergebnisse werden gelesen …</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="410"/>
        <location filename="../app/gui/mainwindow.cpp" line="442"/>
        <source>Could not write the report.</source>
        <translation>Der Bericht konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="445"/>
        <source>Report written: %1 and %2</source>
        <translation>Bericht geschrieben: %1 und %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="449"/>
        <source>Report written</source>
        <translation>Bericht geschrieben</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="459"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="410"/>
        <location filename="../app/gui/mainwindow.cpp" line="495"/>
        <source>Could not read the workspace.</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="518"/>
        <source>Conversion warning: %1</source>
        <translation>Umwandlungswarnung: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="538"/>
        <source>Loaded %1 (%n layer(s))</source>
        <translation>
            <numerusform>%1 geladen (%n Schicht)</numerusform>
            <numerusform>%1 geladen (%n Schichten)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="578"/>
        <source>About PrivateSNN Workbench</source>
        <translation>Über PrivateSNN Workbench</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="579"/>
        <source>&lt;h3&gt;PrivateSNN Workbench %1&lt;/h3&gt;&lt;p&gt;Turns a trained ANN into a low-power spiking neural network without real training data, encrypts its weights against model inversion, and shows what leaks.&lt;/p&gt;&lt;p&gt;Following Kim, Venkatesha and Panda, &lt;i&gt;PrivateSNN&lt;/i&gt;, AAAI 2022.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PrivateSNN Workbench %1&lt;/h3&gt;&lt;p&gt;Wandelt ein trainiertes KNN ohne echte Trainingsdaten in ein energiesparendes gepulstes neuronales Netz (SNN) um, verschlüsselt seine Gewichte gegen Modellinversion und zeigt, was preisgegeben wird.&lt;/p&gt;&lt;p&gt;Nach Kim, Venkatesha und Panda, &lt;i&gt;PrivateSNN&lt;/i&gt;, AAAI 2022.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ModelSummaryView</name>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="40"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="40"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="40"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="40"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="40"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="40"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="55"/>
        <source>%1 kernel, stride %2, padding %3</source>
        <translation>%1-Kern, Schrittweite %2, Rand %3</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="56"/>
        <source>%1, no bias</source>
        <translation>%1, ohne Bias</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="59"/>
        <source>%1 window, stride %2</source>
        <translation>%1-Fenster, Schrittweite %2</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="61"/>
        <source>no bias</source>
        <translation>ohne Bias</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="63"/>
        <source>spiking neurons, threshold %1</source>
        <translation>pulsende Neuronen, Schwelle %1</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="65"/>
        <source>p = %1 (no effect at inference)</source>
        <translation>p = %1 (bei der Inferenz wirkungslos)</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="67"/>
        <source>residual block: its input is kept for the shortcut</source>
        <translation>Residualblock: seine Eingabe wird für die Abkürzung aufbewahrt</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="69"/>
        <source>adds the block&apos;s input (identity shortcut)</source>
        <translation>addiert die Eingabe des Blocks (Identitäts-Abkürzung)</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="71"/>
        <source>adds the block&apos;s input through a 1×1 conv with stride %1 and BN</source>
        <translation>addiert die Eingabe des Blocks über eine 1×1-Faltung mit Schrittweite %1 und BN</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="72"/>
        <source>adds the block&apos;s input through a 1×1 conv with stride %1</source>
        <translation>addiert die Eingabe des Blocks über eine 1×1-Faltung mit Schrittweite %1</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="99"/>
        <source>Residual block</source>
        <translation>Residualblock</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="99"/>
        <source>Add shortcut</source>
        <translation>Abkürzung addieren</translation>
    </message>
</context>
<context>
    <name>PipelinePanel</name>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="324"/>
        <source>needs a judge model (settings)</source>
        <translation>braucht ein Prüfnetz (Einstellungen)</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="358"/>
        <source>Elapsed %1, about %2 left</source>
        <translation>Vergangen %1, noch etwa %2</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="359"/>
        <source>Elapsed %1</source>
        <translation>Vergangen %1</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="379"/>
        <source>not run</source>
        <translation>nicht gelaufen</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="379"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="379"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="379"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="379"/>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="394"/>
        <source>From model to private SNN</source>
        <translation>Vom Modell zum privaten SNN</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="395"/>
        <source>Make private SNN</source>
        <translation>Privates SNN erstellen</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="396"/>
        <source>Runs every step below in order. Steps that are already done with the same settings are skipped.</source>
        <translation>Führt alle Schritte unten der Reihe nach aus. Schritte, die mit denselben Einstellungen schon fertig sind, werden übersprungen.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="398"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="399"/>
        <source>Stops the running step within about a second. Finished steps are kept.</source>
        <translation>Hält den laufenden Schritt binnen etwa einer Sekunde an. Abgeschlossene Schritte bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="400"/>
        <source>1. Import</source>
        <translation>1. Importieren</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="400"/>
        <source>2. Synthesize</source>
        <translation>2. Synthetisieren</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="400"/>
        <source>3. Convert</source>
        <translation>3. Umwandeln</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="400"/>
        <source>4. Encrypt</source>
        <translation>4. Verschlüsseln</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="401"/>
        <source>5. Evaluate</source>
        <translation>5. Auswerten</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="401"/>
        <source>6. Energy</source>
        <translation>6. Energie</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="401"/>
        <source>7. Audit</source>
        <translation>7. Prüfung</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="401"/>
        <source>8. Report</source>
        <translation>8. Bericht</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="403"/>
        <source>Reads the trained network (ANN) and checks every layer.</source>
        <translation>Liest das trainierte Netz (KNN) ein und prüft jede Schicht.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="404"/>
        <source>Makes training images from the network alone, so that no real data is needed.</source>
        <translation>Erzeugt Trainingsbilder allein aus dem Netz, sodass keine echten Daten nötig sind.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="405"/>
        <source>Turns the network into a spiking network (SNN) whose neurons fire when their input passes a threshold.</source>
        <translation>Wandelt das Netz in ein spikendes Netz (SNN) um, dessen Neuronen feuern, wenn ihre Eingabe eine Schwelle überschreitet.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="406"/>
        <source>Retrains the SNN through time on the synthetic images, so that its weights reveal less about the classes.</source>
        <translation>Trainiert das SNN über die Zeit mit den synthetischen Bildern nach, damit seine Gewichte weniger über die Klassen verraten.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="407"/>
        <source>Measures accuracy on real test images (the only step that reads real data besides the audit).</source>
        <translation>Misst die Genauigkeit auf echten Testbildern (neben der Prüfung der einzige Schritt, der echte Daten liest).</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="408"/>
        <source>Estimates the energy per image of the ANN and the SNN from operation counts.</source>
        <translation>Schätzt die Energie pro Bild von KNN und SNN aus der Zahl der Rechenoperationen.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="409"/>
        <source>Attacks each model to reconstruct class images and lets an independent judge network rate them.</source>
        <translation>Greift jedes Modell an, um Klassenbilder zu rekonstruieren, und lässt sie von einem unabhängigen Prüfnetz bewerten.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="410"/>
        <source>Writes an HTML and PDF report of everything above.</source>
        <translation>Schreibt einen HTML- und PDF-Bericht über alles oben.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="414"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="415"/>
        <source>Runs this step (and any earlier step that is not done).</source>
        <translation>Führt diesen Schritt aus (und jeden früheren, der noch nicht fertig ist).</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="416"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="427"/>
        <source>Images per class</source>
        <translation>Bilder pro Klasse</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="427"/>
        <source>How many synthetic images to make for each class (default 100).</source>
        <translation>Wie viele synthetische Bilder pro Klasse erzeugt werden (Standard 100).</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="428"/>
        <source>Optimisation steps</source>
        <translation>Optimierungsschritte</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="428"/>
        <source>Adam steps per batch of images; more steps give cleaner images (paper: 2500).</source>
        <translation>Adam-Schritte pro Bildstapel; mehr Schritte ergeben sauberere Bilder (Paper: 2500).</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="429"/>
        <location filename="../widgets/pipelinepanel.cpp" line="456"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="429"/>
        <source>Step size of the image optimisation.</source>
        <translation>Schrittweite der Bildoptimierung.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="431"/>
        <source>Choose automatically</source>
        <translation>Automatisch wählen</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="432"/>
        <source>Tries input codings, starting membranes, negative spikes, threshold percentiles and (with BatchNorm) two kinds of synthetic images, and keeps the setting whose SNN agrees best with the ANN on synthetic images it was not balanced on, and on mixtures of them. Reads no real data.</source>
        <translation>Probiert Eingabekodierungen, Anfangsmembranen, negative Spikes, Schwellen-Perzentile und (mit BatchNorm) zwei Arten synthetischer Bilder aus und behält die Einstellung, deren SNN am besten mit dem KNN übereinstimmt – auf synthetischen Bildern, auf denen nicht balanciert wurde, und auf Mischungen davon. Liest keine echten Daten.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="435"/>
        <source>Timesteps (T)</source>
        <translation>Zeitschritte (T)</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="435"/>
        <source>How many time steps the SNN runs per image. More steps: more accurate, more energy (default 100).</source>
        <translation>Wie viele Zeitschritte das SNN pro Bild läuft. Mehr Schritte: genauer, aber mehr Energie (Standard 100).</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="436"/>
        <source>Input coding</source>
        <translation>Eingangskodierung</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="436"/>
        <source>How the image enters the SNN: as random spikes (Poisson) or as a constant current (direct).</source>
        <translation>Wie das Bild ins SNN gelangt: als zufällige Spikes (Poisson) oder als konstanter Strom (direkt).</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="437"/>
        <source>Poisson (signed)</source>
        <translation>Poisson (mit Vorzeichen)</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="438"/>
        <source>Poisson (pixels)</source>
        <translation>Poisson (Pixel)</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="439"/>
        <source>direct (analog)</source>
        <translation>direkt (analog)</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="440"/>
        <source>Threshold percentile</source>
        <translation>Schwellen-Perzentil</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="440"/>
        <source>Each layer&apos;s firing threshold is this percentile of its input on synthetic images (100 = the maximum).</source>
        <translation>Die Feuerschwelle jeder Schicht ist dieses Perzentil ihrer Eingabe auf synthetischen Bildern (100 = das Maximum).</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="441"/>
        <source>Neuron model</source>
        <translation>Neuronenmodell</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="441"/>
        <source>IF integrates its input; LIF also leaks part of it every step.</source>
        <translation>IF summiert seine Eingabe auf; LIF verliert zusätzlich in jedem Schritt einen Teil davon.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="442"/>
        <source>integrate-and-fire (IF)</source>
        <translation>Integrate-and-Fire (IF)</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="443"/>
        <source>leaky integrate-and-fire (LIF)</source>
        <translation>Leaky Integrate-and-Fire (LIF)</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="444"/>
        <source>Starting membrane</source>
        <translation>Anfangsmembran</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="445"/>
        <source>Membrane potential at the first step, as a fraction of the threshold. 0 as in the paper; 0.5 makes the SNN accurate sooner.</source>
        <translation>Membranpotenzial im ersten Schritt, als Anteil der Schwelle. 0 wie im Paper; mit 0,5 wird das SNN früher genau.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="447"/>
        <source>Negative spikes</source>
        <translation>Negative Spikes</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="448"/>
        <source>A neuron that fired more than its input justifies sends a negative spike to take one back. Much more accurate with Poisson input; not part of the paper&apos;s method.</source>
        <translation>Ein Neuron, das öfter gefeuert hat, als sein Eingang rechtfertigt, nimmt mit einem negativen Spike einen zurück. Mit Poisson-Eingang viel genauer; nicht Teil der Methode des Papers.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="450"/>
        <source>Thresholds for small T</source>
        <translation>Schwellen für kleines T</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="451"/>
        <source>Each threshold is chosen so that rounding its input to T steps loses least (QCFS-style), instead of a percentile. Helps at small T.</source>
        <translation>Jede Schwelle wird so gewählt, dass das Runden ihres Eingangs auf T Schritte am wenigsten verliert (wie QCFS), statt eines Perzentils. Hilft bei kleinem T.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="454"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="454"/>
        <source>Passes over the synthetic images (default 5).</source>
        <translation>Durchläufe über die synthetischen Bilder (Standard 5).</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="455"/>
        <source>Training timesteps</source>
        <translation>Trainings-Zeitschritte</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="455"/>
        <source>Time steps used while retraining; fewer is faster (evaluation keeps the SNN&apos;s T).</source>
        <translation>Zeitschritte beim Nachtrainieren; weniger ist schneller (die Auswertung behält das T des SNN).</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="456"/>
        <source>Adam learning rate of the retraining (default 0.0001).</source>
        <translation>Adam-Lernrate des Nachtrainings (Standard 0,0001).</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="457"/>
        <source>Distillation weight</source>
        <translation>Destillationsgewicht</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="457"/>
        <source>Also learn the ANN&apos;s soft outputs with this weight (0: off).</source>
        <translation>Lernt zusätzlich die weichen Ausgaben des KNN mit diesem Gewicht (0: aus).</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="458"/>
        <source>Privacy weight</source>
        <translation>Privatsphäre-Gewicht</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="459"/>
        <source>Also train the weights, read with their thresholds as an ordinary network, to say nothing about the classes (0: off). The project&apos;s own method, not the paper&apos;s.</source>
        <translation>Trainiert die Gewichte zusätzlich so, dass sie, mit ihren Schwellen als gewöhnliches Netz gelesen, nichts über die Klassen verraten (0: aus). Eine eigene Methode des Projekts, nicht die des Artikels.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="461"/>
        <source>Channel scrambling</source>
        <translation>Kanalverwürfelung</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="462"/>
        <source>After training, scale each channel by a power of two between 2^-N and 2^N and its threshold with it: the SNN computes exactly the same, its bare weights no longer read as the ANN (0: off). The project&apos;s own.</source>
        <translation>Skaliert nach dem Training jeden Kanal mit einer Zweierpotenz zwischen 2^-N und 2^N und seine Schwelle mit ihm: Das SNN rechnet genau dasselbe, seine bloßen Gewichte lesen sich aber nicht mehr als das KNN (0: aus). Eigene Methode des Projekts.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="464"/>
        <source>Deployed timesteps</source>
        <translation>Zeitschritte im Einsatz</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="465"/>
        <source>How many timesteps the encrypted SNN runs for: fewer steps, fewer spikes, less energy. “Smallest” is chosen without real data, on mixes of synthetic images, within 1 accuracy point of the ANN there.</source>
        <translation>Wie viele Zeitschritte das verschlüsselte SNN läuft: weniger Schritte, weniger Spikes, weniger Energie. „Kleinste“ wird ohne echte Daten gewählt, auf Mischungen synthetischer Bilder, höchstens 1 Genauigkeitspunkt unter dem KNN dort.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="467"/>
        <source>the converted SNN&apos;s</source>
        <translation>die des konvertierten SNN</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="468"/>
        <source>the training timesteps</source>
        <translation>die Trainings-Zeitschritte</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="469"/>
        <source>smallest within 1 point of the ANN</source>
        <translation>kleinste innerhalb 1 Punkt vom KNN</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="470"/>
        <source>Spike-count weight</source>
        <translation>Gewicht der Spike-Anzahl</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="471"/>
        <source>Also train the SNN to fire fewer spikes, weighted by the synapses each spike reaches (0: off).</source>
        <translation>Das SNN zusätzlich auf weniger Spikes trainieren, gewichtet mit den Synapsen, die jeder Spike erreicht (0: aus).</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="473"/>
        <source>Test data</source>
        <translation>Testdaten</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="473"/>
        <source>A data set name (fashion-mnist, mnist, cifar10) or a folder. Read only for evaluation.</source>
        <translation>Ein Datensatzname (fashion-mnist, mnist, cifar10) oder ein Ordner. Wird nur zur Auswertung gelesen.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="474"/>
        <source>Test images</source>
        <translation>Testbilder</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="474"/>
        <source>How many test images to use (0: all).</source>
        <translation>Wie viele Testbilder verwendet werden (0: alle).</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="476"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="477"/>
        <source>Energy per operation of the chip the models run on; the Energy view edits single costs.</source>
        <translation>Energie pro Operation des Chips, auf dem die Modelle laufen; die Energie-Ansicht bearbeitet einzelne Kosten.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="478"/>
        <source>As set: %1</source>
        <translation>Wie eingestellt: %1</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="482"/>
        <source>Judge model</source>
        <translation>Prüfnetz</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="482"/>
        <source>An independent classifier of the same classes that rates the reconstructions. Empty: no audit.</source>
        <translation>Ein unabhängiger Klassifikator derselben Klassen, der die Rekonstruktionen bewertet. Leer: keine Prüfung.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="483"/>
        <source>Reconstructions per class</source>
        <translation>Rekonstruktionen pro Klasse</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="483"/>
        <source>Attacks per class, each from a different random start.</source>
        <translation>Angriffe pro Klasse, jeder von einem anderen zufälligen Startbild.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="484"/>
        <source>Attack steps</source>
        <translation>Angriffsschritte</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="484"/>
        <source>Optimisation steps of each reconstruction.</source>
        <translation>Optimierungsschritte jeder Rekonstruktion.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="485"/>
        <source>Attack timesteps</source>
        <translation>Angriffs-Zeitschritte</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="485"/>
        <source>Time steps of the attacks on the SNN itself.</source>
        <translation>Zeitschritte der Angriffe auf das SNN selbst.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="486"/>
        <source>Gradient-free attack</source>
        <translation>Gradientenfreier Angriff</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepanel.cpp" line="486"/>
        <source>Also attack the SNN with evolution strategies, which need no gradient.</source>
        <translation>Greift das SNN zusätzlich mit Evolutionsstrategien an, die keinen Gradienten brauchen.</translation>
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
        <translation>umgewandeltes SNN</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="140"/>
        <location filename="../app/report/reportwriter.cpp" line="227"/>
        <location filename="../app/report/reportwriter.cpp" line="279"/>
        <location filename="../app/report/reportwriter.cpp" line="359"/>
        <source>encrypted SNN</source>
        <translation>verschlüsseltes SNN</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="141"/>
        <source>converted with real data</source>
        <translation>mit echten Daten umgewandelt</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="168"/>
        <source>No leakage audit has been run on this workspace yet.</source>
        <translation>Für diesen Arbeitsbereich wurde noch keine Prüfung auf Informationsabfluss durchgeführt.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="172"/>
        <source>not run</source>
        <translation>nicht gelaufen</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="176"/>
        <source>an independent classifier recognised %1 of the images reconstructed from the encrypted model&apos;s weights read into an ANN, and %2 with its thresholds divided out (chance: %3; from the original network: %4). A reading leaks when its whole 95 % interval lies above chance.</source>
        <translation>ein unabhängiger Klassifikator erkannte %1 der Bilder, die aus den Gewichten des verschlüsselten Modells als KNN gelesen rekonstruiert wurden, und %2 mit herausgerechneten Schwellen (Zufall: %3; aus dem ursprünglichen Netz: %4). Eine Lesart gibt etwas preis, wenn ihr ganzes 95-%-Intervall über dem Zufall liegt.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="181"/>
        <source>Class features ARE recognisable from the encrypted model&apos;s weights: %1</source>
        <translation>Klassenmerkmale SIND aus den Gewichten des verschlüsselten Modells erkennbar: %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="182"/>
        <source>Class features are NOT recognisable from the encrypted model&apos;s weights: %1</source>
        <translation>Klassenmerkmale sind aus den Gewichten des verschlüsselten Modells NICHT erkennbar: %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="187"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="193"/>
        <source>The original network (ANN) classifies %1 of the real test images correctly; the spiking version made from it without any real data (converted SNN) %2, and the encrypted SNN, retrained on synthetic images only, %3.</source>
        <translation>Das ursprüngliche Netz (KNN) klassifiziert %1 der echten Testbilder richtig; die ohne echte Daten daraus erzeugte spikende Version (umgewandeltes SNN) %2 und das nur mit synthetischen Bildern nachtrainierte verschlüsselte SNN %3.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="201"/>
        <source>Estimated energy per image: the encrypted SNN needs %1 times less than the ANN (45 nm CMOS figures).</source>
        <translation>Geschätzte Energie pro Bild: Das verschlüsselte SNN braucht %1-mal weniger als das KNN (Werte für 45-nm-CMOS).</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="203"/>
        <source>Estimated energy per image: the encrypted SNN needs %1 times MORE than the ANN (45 nm CMOS figures): it fires too many spikes to save energy.</source>
        <translation>Geschätzte Energie pro Bild: Das verschlüsselte SNN braucht %1-mal MEHR als das KNN (Werte für 45-nm-CMOS): Es feuert zu viele Spikes, um Energie zu sparen.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="208"/>
        <source>Conversion and encryption read no real data: the table &quot;Data each stage read&quot; below lists every file each stage opened.</source>
        <translation>Umwandlung und Verschlüsselung lesen keine echten Daten: Die Tabelle „Von jedem Schritt gelesene Daten“ unten listet jede Datei auf, die ein Schritt geöffnet hat.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="215"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="216"/>
        <location filename="../app/report/reportwriter.cpp" line="276"/>
        <location filename="../app/report/reportwriter.cpp" line="418"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="216"/>
        <location filename="../app/report/reportwriter.cpp" line="235"/>
        <source>File</source>
        <translation>Datei</translation>
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
        <translation>Ausgangs-KNN</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="225"/>
        <location filename="../app/report/reportwriter.cpp" line="277"/>
        <source>ANN</source>
        <translation>KNN</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="234"/>
        <source>Exported files</source>
        <translation>Exportierte Dateien</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="235"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="235"/>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="235"/>
        <source>Exported (UTC)</source>
        <translation>Exportiert (UTC)</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="247"/>
        <source>Data each stage read</source>
        <translation>Von jedem Schritt gelesene Daten</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="248"/>
        <location filename="../app/report/reportwriter.cpp" line="427"/>
        <source>Stage</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="248"/>
        <source>Data files opened</source>
        <translation>Geöffnete Datendateien</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="261"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="264"/>
        <source>Synthesis, conversion and encryption read no real data: they saw the model and the synthetic images (synthetic.bin) only.</source>
        <translation>Synthese, Umwandlung und Verschlüsselung lasen keine echten Daten: Sie sahen nur das Modell und die synthetischen Bilder (synthetic.bin).</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="266"/>
        <source>WARNING: a synthesis, conversion or encryption stage read data files other than the synthetic images (see above).</source>
        <translation>WARNUNG: Ein Synthese-, Umwandlungs- oder Verschlüsselungsschritt hat andere Datendateien als die synthetischen Bilder gelesen (siehe oben).</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="273"/>
        <location filename="../app/report/reportwriter.cpp" line="276"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="275"/>
        <source>Evaluated on: %1</source>
        <translation>Ausgewertet auf: %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="276"/>
        <source>Timesteps</source>
        <translation>Zeitschritte</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="276"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="280"/>
        <source>converted with real data (comparison)</source>
        <translation>mit echten Daten umgewandelt (Vergleich)</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="298"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="300"/>
        <location filename="../app/report/reportwriter.cpp" line="359"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="300"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="300"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="300"/>
        <source>Input spikes per neuron</source>
        <translation>Eingangsspikes pro Neuron</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="300"/>
        <source>ANN (nJ)</source>
        <translation>KNN (nJ)</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="310"/>
        <source>analog</source>
        <translation>analog</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="316"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="330"/>
        <source>Synthetic images</source>
        <translation>Synthetische Bilder</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="331"/>
        <source>Made from the ANN alone, one row per class; the ANN assigns %1 of them to their intended class with a mean confidence of %2.</source>
        <translation>Allein aus dem KNN erzeugt, eine Zeile pro Klasse; das KNN ordnet %1 davon ihrer beabsichtigten Klasse zu, mit einer mittleren Konfidenz von %2.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="342"/>
        <location filename="../app/report/reportwriter.cpp" line="344"/>
        <source>Leakage audit</source>
        <translation>Prüfung auf Informationsabfluss</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="345"/>
        <source>Model inversion: for every class an attacker optimises an input image that the model assigns to that class, from the same random start for every model. Scenario 1 reads the weights into an ordinary network (ReLU, thresholds ignored); the threshold-aware reading divides out each layer&apos;s threshold and uses the neurons&apos; rate function, the network the SNN approximates; scenario 2 attacks the spiking network itself through time, with a surrogate gradient and with evolution strategies (no gradient). An independent judge network classifies each reconstruction: a green frame means it recognised the intended class, a red one that it did not.</source>
        <translation>Modellinversion: Für jede Klasse optimiert ein Angreifer ein Eingabebild, das das Modell dieser Klasse zuordnet, für jedes Modell vom selben Zufallsstart aus. Szenario 1 liest die Gewichte in ein gewöhnliches Netz (ReLU, Schwellen ignoriert); die Lesart mit Schwellen rechnet die Schwelle jeder Schicht heraus und nutzt die Ratenfunktion der Neuronen, also das Netz, das das SNN annähert; Szenario 2 greift das spikende Netz selbst über die Zeit an, mit Ersatzgradient und mit Evolutionsstrategien (ohne Gradient). Ein unabhängiges Prüfnetz klassifiziert jede Rekonstruktion: Ein grüner Rahmen bedeutet, dass es die beabsichtigte Klasse erkannt hat, ein roter, dass nicht.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="418"/>
        <source>Attack</source>
        <translation>Angriff</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="357"/>
        <source>Chance level: %1.</source>
        <translation>Zufallsniveau: %1.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="301"/>
        <source>SNN per inference (nJ)</source>
        <translation>SNN pro Inferenz (nJ)</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="301"/>
        <source>SNN per timestep (nJ)</source>
        <translation>SNN pro Zeitschritt (nJ)</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="314"/>
        <source>Neuron updates</source>
        <translation>Neuronen-Updates</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="318"/>
        <source>Ratio ANN / SNN: %1 per inference, %2 per timestep</source>
        <translation>Verhältnis KNN / SNN: %1 pro Inferenz, %2 pro Zeitschritt</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="358"/>
        <source>Weight similarity to the ANN (cosine)</source>
        <translation>Gewichtsähnlichkeit zum KNN (Kosinus)</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="373"/>
        <source>What this means for whoever ships the model: the judge recognised %1 of the images reconstructed through the encrypted SNN itself (scenario 2). The encryption hides class features in the weights as numbers, not in what the network computes: anyone who can run the SNN and see its outputs can reconstruct its classes. Ship it only where running it is as trusted as reading it.</source>
        <translation>Was das für den bedeutet, der das Modell weitergibt: Das Prüfnetz erkannte %1 der Bilder, die über das verschlüsselte SNN selbst rekonstruiert wurden (Szenario 2). Die Verschlüsselung verbirgt Klassenmerkmale in den Gewichten als Zahlen, nicht in dem, was das Netz berechnet: Wer das SNN ausführen und seine Ausgaben sehen kann, kann seine Klassen rekonstruieren. Geben Sie es nur dorthin, wo man dem Ausführen so weit traut wie dem Lesen.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="377"/>
        <source>What this means for whoever ships the model: the judge recognised %1 of the images reconstructed through the encrypted SNN itself (scenario 2), which is not distinguishable from chance with this many reconstructions. A stronger attacker (more steps, more reconstructions) may still do better.</source>
        <translation>Was das für den bedeutet, der das Modell weitergibt: Das Prüfnetz erkannte %1 der Bilder, die über das verschlüsselte SNN selbst rekonstruiert wurden (Szenario 2); mit so vielen Rekonstruktionen ist das nicht vom Zufall zu unterscheiden. Ein stärkerer Angreifer (mehr Schritte, mehr Rekonstruktionen) kann dennoch mehr erreichen.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="389"/>
        <source>Privacy frontier</source>
        <translation>Privatsphäre-Grenze</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="390"/>
        <source>The encryption at several strengths of one setting (%1): the encrypted SNN&apos;s test accuracy against the judge&apos;s top-1 on reconstructions from each reading of its weights, with 95 % intervals. Points near chance and high up are private and accurate.</source>
        <translation>Die Verschlüsselung bei mehreren Stärken einer Einstellung (%1): die Testgenauigkeit des verschlüsselten SNN gegen die Top-1 des Prüfnetzes auf Rekonstruktionen aus jeder Lesart seiner Gewichte, mit 95-%-Intervallen. Punkte nahe am Zufall und weit oben sind privat und genau.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="395"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="395"/>
        <source>SNN test accuracy</source>
        <translation>Testgenauigkeit des SNN</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="415"/>
        <source>Membership inference</source>
        <translation>Mitgliedschaftsinferenz</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="416"/>
        <source>Can an attacker tell whether an image was in the training set? AUC 0.5 is guessing; 1.0 is certainty.</source>
        <translation>Kann ein Angreifer erkennen, ob ein Bild im Trainingsdatensatz war? AUC 0,5 ist Raten, 1,0 ist Gewissheit.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="418"/>
        <source>ROC AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="418"/>
        <source>TPR at 1% FPR</source>
        <translation>TPR bei 1 % FPR</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="418"/>
        <source>TPR at 0.1% FPR</source>
        <translation>TPR bei 0,1 % FPR</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="426"/>
        <source>Settings and seeds</source>
        <translation>Einstellungen und Startwerte</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="427"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="427"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="427"/>
        <source>Duration (s)</source>
        <translation>Dauer (s)</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="427"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="447"/>
        <location filename="../app/report/reportwriter.cpp" line="449"/>
        <location filename="../app/report/reportwriter.cpp" line="496"/>
        <source>PrivateSNN audit report</source>
        <translation>PrivateSNN-Prüfbericht</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="450"/>
        <source>Workspace %1, report made %2 by PrivateSNN Workbench %3.</source>
        <translation>Arbeitsbereich %1, Bericht erstellt am %2 von PrivateSNN Workbench %3.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="483"/>
        <location filename="../app/report/reportwriter.cpp" line="489"/>
        <location filename="../app/report/reportwriter.cpp" line="507"/>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
</context>
<context>
    <name>ResultViews</name>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="51"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="53"/>
        <source>Synthetic images</source>
        <translation>Synthetische Bilder</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="55"/>
        <source>Spikes</source>
        <translation>Spikes</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="57"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="59"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="61"/>
        <source>Leakage</source>
        <translation>Informationsabfluss</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="82"/>
        <source>No model loaded. Use File &gt; Open Model to choose a TorchScript, ONNX or PrivateSNN model.</source>
        <translation>Kein Modell geladen. Wählen Sie über Datei &gt; Modell öffnen ein TorchScript-, ONNX- oder PrivateSNN-Modell.</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="96"/>
        <source>TorchScript model</source>
        <translation>TorchScript-Modell</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="97"/>
        <source>ONNX model</source>
        <translation>ONNX-Modell</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="98"/>
        <source>PrivateSNN model</source>
        <translation>PrivateSNN-Modell</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="99"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2, architecture %3&lt;br&gt;Input %4, %5 parameters, %6 MACs per image&lt;br&gt;Classes: %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2, Architektur %3&lt;br&gt;Eingabe %4, %5 Parameter, %6 MACs pro Bild&lt;br&gt;Klassen: %7</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="107"/>
        <source>Spiking network: %1 neurons, %2 timesteps, %3 input coding</source>
        <translation>Gepulstes Netz: %1-Neuronen, %2 Zeitschritte, Eingabekodierung %3</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="111"/>
        <source>, membrane starts at %1 × threshold</source>
        <translation>, Membran beginnt bei %1 × Schwelle</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="113"/>
        <source>, negative spikes</source>
        <translation>, negative Spikes</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="117"/>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <location filename="../app/gui/resultviews.cpp" line="175"/>
        <source>Label: %1
The SNN says: %2</source>
        <translation>Klasse: %1
Das SNN sagt: %2</translation>
    </message>
</context>
<context>
    <name>RocPlot</name>
    <message>
        <location filename="../widgets/rocplot.cpp" line="39"/>
        <source>False-positive rate</source>
        <translation>Falsch-positiv-Rate</translation>
    </message>
    <message>
        <location filename="../widgets/rocplot.cpp" line="40"/>
        <source>True-positive rate</source>
        <translation>Richtig-positiv-Rate</translation>
    </message>
    <message>
        <location filename="../widgets/rocplot.cpp" line="41"/>
        <source>chance</source>
        <translation>Zufall</translation>
    </message>
</context>
<context>
    <name>SpikeFlowStrip</name>
    <message>
        <location filename="../widgets/spikeflowstrip.cpp" line="66"/>
        <source>Pick a test image: its way through the network appears here.</source>
        <translation>Wählen Sie ein Testbild: Sein Weg durch das Netz erscheint hier.</translation>
    </message>
    <message>
        <location filename="../widgets/spikeflowstrip.cpp" line="91"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/spikeflowstrip.cpp" line="96"/>
        <source>%n spike(s)</source>
        <translation>
            <numerusform>%n Spike</numerusform>
            <numerusform>%n Spikes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/spikeflowstrip.cpp" line="109"/>
        <source>Output so far, step %1 of %2</source>
        <translation>Ausgabe bisher, Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>SpikeLoadPlot</name>
    <message>
        <location filename="../widgets/spikeloadplot.cpp" line="64"/>
        <source>Spikes per neuron per image</source>
        <translation>Spikes pro Neuron und Bild</translation>
    </message>
    <message>
        <location filename="../widgets/spikeloadplot.cpp" line="65"/>
        <source>break-even: %1 spikes (MAC / accumulate)</source>
        <translation>Gewinnschwelle: %1 Spikes (MAC / Akkumulation)</translation>
    </message>
</context>
<context>
    <name>SpikeMapView</name>
    <message>
        <location filename="../widgets/spikemapview.cpp" line="69"/>
        <source>Pick a test image: its spikes appear here.</source>
        <translation>Wählen Sie ein Testbild: Seine Spikes erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../widgets/spikemapview.cpp" line="74"/>
        <source>%1, step %2 of %3: firing now (left), spikes so far (right)</source>
        <translation>%1, Schritt %2 von %3: feuert jetzt (links), Spikes bisher (rechts)</translation>
    </message>
    <message>
        <location filename="../widgets/spikemapview.cpp" line="96"/>
        <source>channel %1</source>
        <translation>Kanal %1</translation>
    </message>
</context>
<context>
    <name>SpikeView</name>
    <message>
        <location filename="../widgets/spikeview.cpp" line="186"/>
        <source>%1 (%2 neurons)</source>
        <translation>%1 (%2 Neuronen)</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="248"/>
        <source>simulating…</source>
        <translation>simuliere…</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="313"/>
        <source>Raster</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="314"/>
        <source>Spikes as images</source>
        <translation>Spikes als Bilder</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="315"/>
        <source>Follow the image</source>
        <translation>Dem Bild folgen</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="316"/>
        <source>Test image</source>
        <translation>Testbild</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="317"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="318"/>
        <source>Timesteps</source>
        <translation>Zeitschritte</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="319"/>
        <source>Threshold ×</source>
        <translation>Schwelle ×</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="320"/>
        <source>Scales every firing threshold: lower thresholds make neurons fire more often.</source>
        <translation>Skaliert jede Feuerschwelle: Niedrigere Schwellen lassen Neuronen öfter feuern.</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="321"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="321"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="322"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="323"/>
        <source>Save image…</source>
        <translation>Bild speichern…</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="324"/>
        <location filename="../widgets/spikeview.cpp" line="330"/>
        <location filename="../widgets/spikeview.cpp" line="334"/>
        <source>Timestep</source>
        <translation>Zeitschritt</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="325"/>
        <source>spike</source>
        <translation>Spike</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="326"/>
        <source>negative spike (takes one back)</source>
        <translation>negativer Spike (nimmt einen zurück)</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="328"/>
        <source>Neuron (first %1 of %2)</source>
        <translation>Neuron (erste %1 von %2)</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="329"/>
        <source>Neuron</source>
        <translation>Neuron</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="331"/>
        <source>Membrane potential</source>
        <translation>Membranpotential</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="332"/>
        <source>neuron %1</source>
        <translation>Neuron %1</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="333"/>
        <source>threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location filename="../widgets/spikeview.cpp" line="335"/>
        <source>Spikes per neuron and step</source>
        <translation>Spikes pro Neuron und Schritt</translation>
    </message>
</context>
<context>
    <name>StepNumbers</name>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="25"/>
        <source>direct input</source>
        <translation>direkte Eingabe</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="26"/>
        <source>Poisson pixels</source>
        <translation>Poisson-Pixel</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="27"/>
        <source>signed Poisson input</source>
        <translation>vorzeichenbehaftete Poisson-Eingabe</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="29"/>
        <source>negative spikes</source>
        <translation>negative Spikes</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="31"/>
        <source>membrane starts at %1</source>
        <translation>Membran startet bei %1</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="33"/>
        <source>quantisation-aware thresholds</source>
        <translation>quantisierungsbewusste Schwellen</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="34"/>
        <source>threshold percentile %1</source>
        <translation>Schwellen-Perzentil %1</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="36"/>
        <source>thresholds from BN inversion</source>
        <translation>Schwellen aus BN-Inversion</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepnumbers.cpp" line="49"/>
        <source>Settings tried, scored by agreement with the ANN on %n held-out synthetic image(s):</source>
        <translation>
            <numerusform>Ausprobierte Einstellungen, bewertet nach Übereinstimmung mit dem ANN auf %n zurückgehaltenen synthetischen Bild:</numerusform>
            <numerusform>Ausprobierte Einstellungen, bewertet nach Übereinstimmung mit dem ANN auf %n zurückgehaltenen synthetischen Bildern:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="53"/>
        <source>cannot run</source>
        <translation>nicht ausführbar</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="68"/>
        <source>%1 parameters</source>
        <translation>%1 Parameter</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="72"/>
        <source>%1 images; the ANN agrees on %2</source>
        <translation>%1 Bilder; das KNN stimmt bei %2 zu</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepnumbers.cpp" line="84"/>
        <source>%n neuron layer(s) balanced</source>
        <translation>
            <numerusform>%n Neuronenschicht abgeglichen</numerusform>
            <numerusform>%n Neuronenschichten abgeglichen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="90"/>
        <source>%1; chosen automatically: %2 (%3 agreement with the ANN)</source>
        <translation>%1; automatisch gewählt: %2 (%3 Übereinstimmung mit dem KNN)</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="99"/>
        <source>weight similarity to the ANN ≥ %1</source>
        <translation>Gewichtsähnlichkeit zum KNN ≥ %1</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="106"/>
        <source>runs at T = %1: no smaller T came within the margin of the ANN</source>
        <translation>läuft mit T = %1: kein kleineres T kam bis auf die Toleranz an das KNN heran</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="107"/>
        <source>runs at T = %1</source>
        <translation>läuft mit T = %1</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="112"/>
        <source>ANN %1 · SNN %2 · encrypted %3</source>
        <translation>KNN %1 · SNN %2 · verschlüsselt %3</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="120"/>
        <source>ANN / SNN energy: %1×</source>
        <translation>Energie KNN / SNN: %1×</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="121"/>
        <source>ANN / SNN energy: %1× per inference, %2× per timestep</source>
        <translation>Energie KNN / SNN: %1× pro Inferenz, %2× pro Zeitschritt</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="132"/>
        <source>judge recognises %1 (ANN), %2 (encrypted); with thresholds divided out %3</source>
        <translation>Prüfnetz erkennt %1 (KNN), %2 (verschlüsselt); mit herausgerechneten Schwellen %3</translation>
    </message>
    <message>
        <location filename="../app/gui/stepnumbers.cpp" line="136"/>
        <source>report.html and report.pdf</source>
        <translation>report.html und report.pdf</translation>
    </message>
</context>
<context>
    <name>SyntheticView</name>
    <message>
        <location filename="../app/gui/syntheticview.cpp" line="116"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../app/gui/syntheticview.cpp" line="117"/>
        <source>Save image…</source>
        <translation>Bild speichern…</translation>
    </message>
    <message>
        <location filename="../app/gui/syntheticview.cpp" line="118"/>
        <source>No synthetic images yet: run “Synthesize”.</source>
        <translation>Noch keine synthetischen Bilder: Führen Sie „Synthetisieren“ aus.</translation>
    </message>
    <message>
        <location filename="../app/gui/syntheticview.cpp" line="119"/>
        <source>%1 synthetic images made from the model alone (up to %2 per class shown). A red frame: the ANN assigns the image to another class. Hover for the ANN&apos;s confidence.</source>
        <translation>%1 synthetische Bilder, allein aus dem Modell erzeugt (bis zu %2 pro Klasse gezeigt). Roter Rahmen: Das KNN ordnet das Bild einer anderen Klasse zu. Für die Konfidenz des KNN mit der Maus darüberfahren.</translation>
    </message>
</context>
<context>
    <name>WorkspaceResults</name>
    <message>
        <location filename="../app/report/workspaceresults.cpp" line="21"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../app/report/workspaceresults.cpp" line="27"/>
        <source>%1: damaged JSON at byte %2 (%3)</source>
        <translation>%1: beschädigtes JSON bei Byte %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/report/workspaceresults.cpp" line="44"/>
        <source>not a usable workspace: %1</source>
        <translation>kein verwendbarer Arbeitsbereich: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="30"/>
        <source>PrivateSNN Workbench</source>
        <translation>PrivateSNN Workbench</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="33"/>
        <source>Model to open (default: the bundled demo).</source>
        <translation>Zu öffnendes Modell (Standard: das mitgelieferte Demo-Modell).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="34"/>
        <source>Workspace to open.</source>
        <translation>Zu öffnender Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="36"/>
        <source>Click “Make private SNN” at start.</source>
        <translation>Beim Start auf „Privates SNN erstellen“ klicken.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>Save a PNG of the window once the model is shown, then quit.</source>
        <translation>Ein PNG des Fensters speichern, sobald das Modell angezeigt wird, und dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="41"/>
        <source>After --run: save a PNG of every view into a folder, then quit.</source>
        <translation>Nach --run: von jeder Ansicht ein PNG in einen Ordner speichern, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>User interface language (de, zh_CN, ko, en).</source>
        <translation>Sprache der Benutzeroberfläche (de, zh_CN, ko, en).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="47"/>
        <source>With a model: in its import dialog choose this test data, click Check, use the suggested normalisation and accept (what a person would click).</source>
        <translation>Mit einem Modell: im Importdialog diese Testdaten wählen, Prüfen klicken, die vorgeschlagene Normalisierung übernehmen und bestätigen (was ein Mensch klicken würde).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>While a run goes on: measure how long the window&apos;s event loop stalls, and print the longest stall when the run ends (then quit, unless --screenshots).</source>
        <translation>Während eines Laufs messen, wie lange die Ereignisschleife des Fensters stockt, und beim Ende des Laufs die längste Unterbrechung ausgeben (dann beenden, außer mit --screenshots).</translation>
    </message>
</context>
</TS>

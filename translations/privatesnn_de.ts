<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>EngineWorker</name>
    <message>
        <location filename="../app/engineworker.cpp" line="31" />
        <source>An unknown internal error occurred.</source>
        <translation>Ein unbekannter interner Fehler ist aufgetreten.</translation>
    </message>
    <message>
        <location filename="../app/engineworker.cpp" line="37" />
        <source>Could not open the model.</source>
        <translation>Das Modell konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="21" />
        <location filename="../app/mainwindow.cpp" line="101" />
        <source>PrivateSNN Workbench</source>
        <translation>PrivateSNN Workbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="24" />
        <source>No model loaded. Use File &gt; Open Model to choose a TorchScript or PrivateSNN model.</source>
        <translation>Kein Modell geladen. Wählen Sie über Datei &gt; Modell öffnen ein TorchScript- oder PrivateSNN-Modell.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="32" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="33" />
        <source>&amp;Open Model...</source>
        <translation>Modell ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="36" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="38" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="39" />
        <source>&amp;About PrivateSNN Workbench</source>
        <translation>Ü&amp;ber PrivateSNN Workbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="43" />
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="51" />
        <source>Opening %1...</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="58" />
        <source>Open Model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="59" />
        <source>Models (*.psnn *.pt *.pth *.torchscript);;All files (*)</source>
        <translation>Modelle (*.psnn *.pt *.pth *.torchscript);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="74" />
        <source>TorchScript model</source>
        <translation>TorchScript-Modell</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="74" />
        <source>PrivateSNN model</source>
        <translation>PrivateSNN-Modell</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="75" />
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2, architecture %3&lt;br&gt;Input %4, %5 parameters, %6 MACs per image&lt;br&gt;Classes: %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; %2, Architektur %3&lt;br&gt;Eingabe %4, %5 Parameter, %6 MACs pro Bild&lt;br&gt;Klassen: %7</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="83" />
        <source>Spiking network: %1 neurons, %2 timesteps, %3 input coding</source>
        <translation>Gepulstes Netz: %1-Neuronen, %2 Zeitschritte, Eingabekodierung %3</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="88" />
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="89" />
        <source>Loaded %1 (%n layer(s))</source>
        <translation>
            <numerusform>%1 geladen (%n Schicht)</numerusform><numerusform>%1 geladen (%n Schichten)</numerusform></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="108" />
        <source>About PrivateSNN Workbench</source>
        <translation>Über PrivateSNN Workbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="109" />
        <source>&lt;h3&gt;PrivateSNN Workbench %1&lt;/h3&gt;&lt;p&gt;Turns a trained ANN into a low-power spiking neural network without real training data, encrypts its weights against model inversion, and shows what leaks.&lt;/p&gt;&lt;p&gt;Following Kim, Venkatesha and Panda, &lt;i&gt;PrivateSNN&lt;/i&gt;, AAAI 2022.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PrivateSNN Workbench %1&lt;/h3&gt;&lt;p&gt;Wandelt ein trainiertes KNN ohne echte Trainingsdaten in ein energiesparendes gepulstes neuronales Netz (SNN) um, verschlüsselt seine Gewichte gegen Modellinversion und zeigt, was preisgegeben wird.&lt;/p&gt;&lt;p&gt;Nach Kim, Venkatesha und Panda, &lt;i&gt;PrivateSNN&lt;/i&gt;, AAAI 2022.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ModelSummaryView</name>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="38" />
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="38" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="38" />
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="38" />
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="38" />
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="38" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="53" />
        <source>%1 kernel, stride %2, padding %3</source>
        <translation>%1-Kern, Schrittweite %2, Rand %3</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="54" />
        <source>%1, no bias</source>
        <translation>%1, ohne Bias</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="57" />
        <source>%1 window, stride %2</source>
        <translation>%1-Fenster, Schrittweite %2</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="59" />
        <source>no bias</source>
        <translation>ohne Bias</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="61" />
        <source>spiking neurons, threshold %1</source>
        <translation>pulsende Neuronen, Schwelle %1</translation>
    </message>
    <message>
        <location filename="../widgets/modelsummaryview.cpp" line="63" />
        <source>p = %1 (no effect at inference)</source>
        <translation>p = %1 (bei der Inferenz wirkungslos)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="23" />
        <source>PrivateSNN Workbench</source>
        <translation>PrivateSNN Workbench</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="26" />
        <source>Model to open (default: the bundled demo).</source>
        <translation>Zu öffnendes Modell (Standard: das mitgelieferte Demo-Modell).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="28" />
        <source>Save a PNG of the window once the model is shown, then quit.</source>
        <translation>Ein PNG des Fensters speichern, sobald das Modell angezeigt wird, und dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="30" />
        <source>User interface language (de, zh_CN, ko, en).</source>
        <translation>Sprache der Benutzeroberfläche (de, zh_CN, ko, en).</translation>
    </message>
</context>
</TS>
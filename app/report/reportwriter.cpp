#include "reportwriter.h"

#include "accuracyplot.h"
#include "energyplot.h"
#include "energysummary.h"
#include "imagegallery.h"
#include "frontierplot.h"
#include "leakagemodel.h"
#include "rocplot.h"

#include "core/error.h"
#include "core/fileio.h"
#include "workspace/workspacelock.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <cerrno>
#include <memory>
#include <optional>

namespace {

// Qt's words for a failed write, unless it failed for want of room: then the engine's, which say
// "no space" as every other writer of the workbench does.
QString failure(const QFileDevice &file)
{
    const std::string room = psnn::noSpaceReason(errno, file.fileName().toStdString());
    return room.empty() ? file.errorString() : QString::fromStdString(room);
}

QString pct(double v)
{
    return v < 0 ? QStringLiteral("–") : QLocale().toString(100.0 * v, 'f', 1) + QStringLiteral(" %");
}

QString num(double v, int decimals = 3)
{
    return QLocale().toString(v, 'f', decimals);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString row(const QStringList &cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString r = QStringLiteral("<tr>");
    for (const QString &c : cells)
        r += QStringLiteral("<%1>%2</%1>").arg(tag, c);
    return r + QStringLiteral("</tr>\n");
}

QImage plotImage(QCustomPlot &plot)
{
    plot.resize(900, 460);
    plot.replot();
    return plot.toPixmap(900, 460).toImage();
}

} // namespace

ReportWriter::ReportWriter(const WorkspaceResults &ws, bool drawFigures)
    : m_ws(ws)
{
    if (drawFigures)
        for (const auto &job : figureJobs())
            job();
}

QList<std::function<void()>> ReportWriter::figureJobs()
{
    QList<std::function<void()>> jobs;
    const QList<AccuracyPlot::Curve> curves = accuracyCurves(m_ws);
    if (!curves.isEmpty())
        jobs << [this, curves] {
            AccuracyPlot plot;
            plot.setCurves(curves, m_ws.accuracy(QStringLiteral("ann")));
            m_images[QStringLiteral("accuracy.png")] = plotImage(plot);
        };

    const QJsonObject energy = m_ws.energy().value(QStringLiteral("encrypted")).toObject();
    if (!energy.isEmpty())
        jobs << [this, energy] {
            QStringList layers;
            QVector<double> a, s;
            for (const QJsonValue &v : energy.value(QStringLiteral("layers")).toArray()) {
                const QJsonObject l = v.toObject();
                layers << l.value(QStringLiteral("layer")).toString();
                a << l.value(QStringLiteral("ann_pj")).toDouble();
                s << l.value(QStringLiteral("snn_pj")).toDouble();
            }
            EnergyPlot plot;
            plot.setLayers(layers, a, s);
            m_images[QStringLiteral("energy.png")] = plotImage(plot);
        };

    const QImage synthetic = m_ws.image(QStringLiteral("synthetic.png"));
    if (!synthetic.isNull())
        m_images[QStringLiteral("synthetic.png")] = synthetic;

    // Read once for the three figures it feeds (it refers to m_ws, which lives as long as this).
    const auto leakage = std::make_shared<const LeakageModel>(m_ws);
    if (leakage->isValid()) {
        jobs << [this, leakage] {
            ImageGallery gallery;
            gallery.setCellSize(42);
            gallery.setGroups(leakage->classNames(), leakage->galleryGroups(true));
            m_images[QStringLiteral("inversion.png")] = gallery.render();
        };
        const QList<RocPlot::Curve> roc = leakage->rocCurves();
        if (!roc.isEmpty())
            jobs << [this, roc] {
                RocPlot plot;
                plot.setCurves(roc);
                m_images[QStringLiteral("membership.png")] = plotImage(plot);
            };
    }
    if (leakage->hasSweep())
        jobs << [this, leakage] {
            FrontierPlot plot;
            plot.setFrontier(leakage->frontier(), leakage->sweepValues(), leakage->chance());
            m_images[QStringLiteral("frontier.png")] = plotImage(plot);
        };
    return jobs;
}

QList<AccuracyPlot::Curve> ReportWriter::accuracyCurves(const WorkspaceResults &ws)
{
    QList<AccuracyPlot::Curve> curves;
    for (const auto &[key, name] : {std::pair{QStringLiteral("converted"), tr("converted SNN")},
                                    std::pair{QStringLiteral("encrypted"), tr("encrypted SNN")},
                                    std::pair{QStringLiteral("converted_real"), tr("converted with real data")}}) {
        const auto acc = ws.accuracyPerStep(key);
        if (!acc.isEmpty())
            curves.append({name, acc});
    }
    return curves;
}

QString ReportWriter::img(const QString &name, int widthPx, bool embed) const
{
    if (!m_images.contains(name))
        return {};
    QString src = name;
    if (embed) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        m_images[name].save(&buffer, "PNG");
        src = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
    }
    return QStringLiteral("<p><img src=\"%1\" width=\"%2\"></p>\n").arg(src).arg(widthPx);
}

QString ReportWriter::verdict(const WorkspaceResults &ws)
{
    const QJsonObject audit = ws.results().value(QStringLiteral("audit")).toObject();
    if (audit.isEmpty())
        return tr("No leakage audit has been run on this workspace yet.");
    const LeakageModel leakage(ws);
    const auto reading = [&](const char *model, const char *scenario) {
        const LeakageModel::Attack *a = leakage.attack(QLatin1String(model), QLatin1String(scenario));
        return a ? LeakageModel::top1WithInterval(*a) : tr("not run");
    };
    const bool leaks = audit.value(QStringLiteral("encrypted_leaks")).toBool();
    const QString numbers =
        tr("an independent classifier recognised %1 of the images reconstructed from the encrypted model's weights "
           "read into an ANN, and %2 with its thresholds divided out (chance: %3; from the original network: %4). "
           "A reading leaks when its whole 95 % interval lies above chance.")
            .arg(reading("encrypted", "weights_to_ann"), reading("encrypted", "weights_rate_ann"),
                 pct(audit.value(QStringLiteral("chance")).toDouble()), reading("ann", "weights_to_ann"));
    return leaks ? tr("Class features ARE recognisable from the encrypted model's weights: %1").arg(numbers)
                 : tr("Class features are NOT recognisable from the encrypted model's weights: %1").arg(numbers);
}

QString ReportWriter::summary() const
{
    QString s = QStringLiteral("<div class=\"summary\"><h2>%1</h2>\n").arg(tr("Summary"));
    s += QStringLiteral("<p><b>%1</b></p>\n").arg(esc(verdict(m_ws)));
    const double ann = m_ws.accuracy(QStringLiteral("ann")), conv = m_ws.accuracy(QStringLiteral("converted")),
                 enc = m_ws.accuracy(QStringLiteral("encrypted"));
    if (ann >= 0)
        s += QStringLiteral("<p>%1</p>\n")
                 .arg(tr("The original network (ANN) classifies %1 of the real test images correctly; the spiking "
                         "version made from it without any real data (converted SNN) %2, and the encrypted SNN, "
                         "retrained on synthetic images only, %3.")
                          .arg(pct(ann), pct(conv), pct(enc)));
    const QJsonObject energy = m_ws.results().value(QStringLiteral("energy")).toObject();
    if (!energy.isEmpty()) {
        const double ratio = energy.value(QStringLiteral("ratio")).toDouble();
        s += QStringLiteral("<p>%1</p>\n")
                 .arg(ratio >= 1 ? tr("Estimated energy per image: the encrypted SNN needs %1 times less than the ANN "
                                      "(45 nm CMOS figures).").arg(num(ratio, 2))
                                 : tr("Estimated energy per image: the encrypted SNN needs %1 times MORE than the ANN "
                                      "(45 nm CMOS figures): it fires too many spikes to save energy.")
                                       .arg(num(1.0 / ratio, 2)));
    }
    s += QStringLiteral("<p>%1</p></div>\n")
             .arg(tr("Conversion and encryption read no real data: the table \"Data each stage read\" below lists "
                     "every file each stage opened."));
    return s;
}

QString ReportWriter::modelsSection() const
{
    QString s = QStringLiteral("<h2>%1</h2>\n<table>\n").arg(tr("Models"));
    s += row({tr("Model"), tr("File"), tr("SHA-256")}, true);
    const QJsonObject importResults = m_ws.stage(QStringLiteral("import")).value(QStringLiteral("results")).toObject();
    const QString source = importResults.value(QStringLiteral("source")).toString();
    const auto sha = [&](const QString &stage, const QString &file) {
        return m_ws.stage(stage).value(QStringLiteral("outputs")).toObject().value(file).toString();
    };
    if (!source.isEmpty())
        s += row({tr("source ANN"), esc(source),
                  QStringLiteral("<code>%1</code>").arg(m_ws.stage(QStringLiteral("import")).value(QStringLiteral("inputs")).toObject().value(source).toString())});
    for (const auto &[stage, file, name] : {std::tuple{QStringLiteral("import"), QStringLiteral("ann.psnn"), tr("ANN")},
                                            std::tuple{QStringLiteral("convert"), QStringLiteral("converted.psnn"), tr("converted SNN")},
                                            std::tuple{QStringLiteral("encrypt"), QStringLiteral("encrypted.psnn"), tr("encrypted SNN")}})
        if (m_ws.hasStage(stage))
            s += row({name, file, QStringLiteral("<code>%1</code>").arg(sha(stage, file))});
    s += QStringLiteral("</table>\n");
    const QJsonArray exports = m_ws.exports().value(QStringLiteral("exports")).toArray();
    if (exports.isEmpty())
        return s;
    s += QStringLiteral("<h3>%1</h3>\n<table>\n").arg(tr("Exported files"));
    s += row({tr("File"), tr("Format"), tr("From"), tr("Exported (UTC)"), tr("SHA-256")}, true);
    for (const QJsonValue &v : exports) {
        const QJsonObject e = v.toObject();
        s += row({esc(e.value(QStringLiteral("file")).toString()), esc(e.value(QStringLiteral("format")).toString()),
                  esc(e.value(QStringLiteral("model")).toString()), esc(e.value(QStringLiteral("exported")).toString()),
                  QStringLiteral("<code>%1</code>").arg(esc(e.value(QStringLiteral("sha256")).toString()))});
    }
    return s + QStringLiteral("</table>\n");
}

QString ReportWriter::dataSection() const
{
    QString s = QStringLiteral("<h2>%1</h2>\n<table>\n").arg(tr("Data each stage read"));
    s += row({tr("Stage"), tr("Data files opened")}, true);
    bool privateStagesClean = true;
    for (const QString &stage : m_ws.stages()) {
        QStringList files;
        const bool isPrivate = stage == QLatin1String("synthesize") || stage == QLatin1String("convert")
            || stage == QLatin1String("encrypt");
        for (const QJsonValue &v : m_ws.stage(stage).value(QStringLiteral("data_files_read")).toArray()) {
            files << esc(v.toString());
            // The synthetic set made by `synthesize` is the one file these stages may read (by name:
            // a workspace may have been moved since).
            if (isPrivate && QFileInfo(v.toString()).fileName() != QLatin1String("synthetic.bin"))
                privateStagesClean = false;
        }
        s += row({stage, files.isEmpty() ? tr("none") : files.join(QStringLiteral("<br>"))});
    }
    s += QStringLiteral("</table>\n<p>%1</p>\n")
             .arg(privateStagesClean ? tr("Synthesis, conversion and encryption read no real data: they saw the "
                                          "model and the synthetic images (synthetic.bin) only.")
                                     : tr("WARNING: a synthesis, conversion or encryption stage read data files other "
                                          "than the synthetic images (see above)."));
    return s;
}

QString ReportWriter::accuracySection(bool embed) const
{
    QString s = QStringLiteral("<h2>%1</h2>\n").arg(tr("Accuracy"));
    const QString on = m_ws.evaluation().value(QStringLiteral("evaluated_on")).toString();
    s += QStringLiteral("<p>%1</p>\n<table>\n").arg(tr("Evaluated on: %1").arg(esc(on)));
    s += row({tr("Model"), tr("Accuracy"), tr("Timesteps"), tr("Images")}, true);
    for (const auto &[key, name] : {std::pair{QStringLiteral("ann"), tr("ANN")},
                                    std::pair{QStringLiteral("converted"), tr("converted SNN")},
                                    std::pair{QStringLiteral("encrypted"), tr("encrypted SNN")},
                                    std::pair{QStringLiteral("converted_real"), tr("converted with real data (comparison)")}}) {
        const QJsonObject m = m_ws.evaluation().value(key).toObject();
        if (m.isEmpty())
            continue;
        s += row({name, pct(m.value(QStringLiteral("accuracy")).toDouble()),
                  m.contains(QStringLiteral("timesteps")) ? QString::number(m.value(QStringLiteral("timesteps")).toInt()) : QStringLiteral("–"),
                  QString::number(m.value(QStringLiteral("count")).toInt())});
    }
    s += QStringLiteral("</table>\n");
    return s + img(QStringLiteral("accuracy.png"), 640, embed);
}

QString ReportWriter::energySection(bool embed) const
{
    const QJsonObject e = m_ws.energy().value(QStringLiteral("encrypted")).toObject();
    if (e.isEmpty())
        return {};
    QString s = QStringLiteral("<h2>%1</h2>\n<p><b>%2</b></p>\n<p>%3</p>\n<p>%4</p>\n<table>\n")
                    .arg(tr("Energy"), esc(EnergySummary::totals(e)), esc(EnergySummary::conventionNote(e)),
                         esc(EnergySummary::table(e)));
    s += row({tr("Layer"), tr("Type"), tr("MACs"), tr("Input spikes per neuron"), tr("ANN (nJ)"),
              tr("SNN per inference (nJ)"), tr("SNN per timestep (nJ)")},
             true);
    const auto nj = [&](const QJsonObject &o, const char *key, int digits) {
        return num(o.value(QLatin1String(key)).toDouble() / 1000, digits);
    };
    for (const QJsonValue &v : e.value(QStringLiteral("layers")).toArray()) {
        const QJsonObject l = v.toObject();
        s += row({esc(l.value(QStringLiteral("layer")).toString()), l.value(QStringLiteral("type")).toString(),
                  QLocale().toString(qint64(l.value(QStringLiteral("macs")).toDouble())),
                  l.value(QStringLiteral("analog_input")).toBool() ? tr("analog") : num(l.value(QStringLiteral("input_spikes_per_neuron")).toDouble(), 2),
                  nj(l, "ann_pj", 1), nj(l, "snn_pj", 1), nj(l, "snn_pj_per_step", 2)});
    }
    if (e.contains(QStringLiteral("neuron_pj")))
        s += row({tr("Neuron updates"), {}, QLocale().toString(qint64(e.value(QStringLiteral("neuron_updates")).toDouble())), {},
                  {}, nj(e, "neuron_pj", 1), num(e.value(QStringLiteral("neuron_pj")).toDouble() / 1000 / std::max(1, e.value(QStringLiteral("timesteps")).toInt()), 2)});
    s += row({QStringLiteral("<b>%1</b>").arg(tr("Total")), {}, {}, {}, QStringLiteral("<b>%1</b>").arg(nj(e, "ann_pj", 1)),
              QStringLiteral("<b>%1</b>").arg(nj(e, "snn_pj", 1)), QStringLiteral("<b>%1</b>").arg(nj(e, "snn_pj_per_step", 2))});
    s += QStringLiteral("</table>\n<p>%1</p>\n").arg(tr("Ratio ANN / SNN: %1 per inference, %2 per timestep")
                                                       .arg(num(e.value(QStringLiteral("ratio")).toDouble(), 2),
                                                            num(e.value(QStringLiteral("ratio_per_step")).toDouble(), 2)));
    return s + img(QStringLiteral("energy.png"), 640, embed);
}

QString ReportWriter::syntheticSection(bool embed) const
{
    if (!m_images.contains(QStringLiteral("synthetic.png")))
        return {};
    const QJsonObject syn = m_ws.results().value(QStringLiteral("synthesis")).toObject();
    return QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
               .arg(tr("Synthetic images"),
                    tr("Made from the ANN alone, one row per class; the ANN assigns %1 of them to their intended "
                       "class with a mean confidence of %2.")
                        .arg(pct(syn.value(QStringLiteral("assigned_to_intended")).toDouble()),
                             pct(syn.value(QStringLiteral("mean_confidence")).toDouble())))
        + img(QStringLiteral("synthetic.png"), 420, embed);
}

QString ReportWriter::leakageSection(bool embed) const
{
    const LeakageModel leakage(m_ws);
    if (!leakage.isValid())
        return QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n").arg(tr("Leakage audit"), esc(verdict(m_ws)));
    QString s = QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                    .arg(tr("Leakage audit"),
                         tr("Model inversion: for every class an attacker optimises an input image that the model "
                            "assigns to that class, from the same random start for every model. Scenario 1 reads "
                            "the weights into an ordinary network (ReLU, thresholds ignored); the threshold-aware "
                            "reading divides out each layer's threshold and uses the neurons' rate function, the "
                            "network the SNN approximates; scenario 2 attacks the "
                            "spiking network itself through time, with a surrogate gradient and with evolution "
                            "strategies (no gradient). An independent judge network classifies each reconstruction: "
                            "a green frame means it recognised the intended class, a red one that it did not."));
    s += img(QStringLiteral("inversion.png"), std::min(700, m_images.value(QStringLiteral("inversion.png")).width()), embed);
    s += QStringLiteral("<table>\n") + row(LeakageModel::tableHeader(), true);
    for (const LeakageModel::Attack &a : leakage.attacks())
        s += row(LeakageModel::tableRow(a), false);
    s += QStringLiteral("</table>\n<p>%1</p>\n").arg(tr("Chance level: %1.").arg(pct(leakage.chance())));
    s += QStringLiteral("<h3>%1</h3>\n<table>\n").arg(tr("Weight similarity to the ANN (cosine)"));
    s += row({tr("Layer"), tr("converted SNN"), tr("encrypted SNN")}, true);
    for (const auto &l : leakage.weightSimilarity())
        s += row({esc(l.layer), num(l.converted, 5), num(l.encrypted, 5)});
    return s + QStringLiteral("</table>\n") + shippingNote(leakage);
}

QString ReportWriter::shippingNote(const LeakageModel &leakage)
{
    const LeakageModel::Attack *snn = leakage.attack(QStringLiteral("encrypted"), QStringLiteral("snn_surrogate"));
    if (!snn)
        return {};
    const QString numbers = LeakageModel::top1WithInterval(*snn);
    const QString text =
        snn->top1Low > leakage.chance()
            ? tr("What this means for whoever ships the model: the judge recognised %1 of the images reconstructed "
                 "through the encrypted SNN itself (scenario 2). The encryption hides class features in the weights "
                 "as numbers, not in what the network computes: anyone who can run the SNN and see its outputs can "
                 "reconstruct its classes. Ship it only where running it is as trusted as reading it.")
            : tr("What this means for whoever ships the model: the judge recognised %1 of the images reconstructed "
                 "through the encrypted SNN itself (scenario 2), which is not distinguishable from chance with this "
                 "many reconstructions. A stronger attacker (more steps, more reconstructions) may still do better.");
    return QStringLiteral("<p>%1</p>\n").arg(esc(text.arg(numbers)));
}

QString ReportWriter::frontierSection(bool embed) const
{
    const LeakageModel leakage(m_ws);
    if (!leakage.hasSweep())
        return {};
    QString s = QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                    .arg(tr("Privacy frontier"),
                         tr("The encryption at several strengths of one setting (%1): the encrypted SNN's test "
                            "accuracy against the judge's top-1 on reconstructions from each reading of its weights, "
                            "with 95 % intervals. Points near chance and high up are private and accurate.")
                             .arg(LeakageModel::parameterTitle(leakage.sweepParameter())));
    s += img(QStringLiteral("frontier.png"), 560, embed);
    QStringList header{tr("Setting"), tr("SNN test accuracy")};
    for (const FrontierPlot::Series &f : leakage.frontier())
        header << f.name;
    s += QStringLiteral("<table>\n") + row(header, true);
    const QStringList labels = leakage.sweepLabels();
    for (int k = 0; k < labels.size(); ++k) {
        QStringList cells{esc(labels[k]), pct(leakage.frontier().value(0).accuracy.value(k))};
        for (const FrontierPlot::Series &f : leakage.frontier())
            cells << QStringLiteral("%1 [%2, %3]").arg(pct(f.attack.value(k)), pct(f.low.value(k)), pct(f.high.value(k)));
        s += row(cells);
    }
    return s + QStringLiteral("</table>\n");
}

QString ReportWriter::membershipSection(bool embed) const
{
    const LeakageModel leakage(m_ws);
    if (!leakage.isValid() || leakage.membership().isEmpty())
        return {};
    QString s = QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n<table>\n")
                    .arg(tr("Membership inference"),
                         tr("Can an attacker tell whether an image was in the training set? AUC 0.5 is guessing; "
                            "1.0 is certainty."));
    s += row({tr("Model"), tr("Attack"), tr("ROC AUC"), tr("TPR at 1% FPR"), tr("TPR at 0.1% FPR")}, true);
    for (const auto &m : leakage.membership())
        s += row({m.modelTitle, m.attackTitle, num(m.auc), pct(m.tprAt1), pct(m.tprAt01)});
    return s + QStringLiteral("</table>\n") + img(QStringLiteral("membership.png"), 560, embed);
}

QString ReportWriter::settingsSection() const
{
    QString s = QStringLiteral("<h2>%1</h2>\n<table>\n").arg(tr("Settings and seeds"));
    s += row({tr("Stage"), tr("Seed"), tr("Settings"), tr("Duration (s)"), tr("Engine")}, true);
    for (const QString &stage : m_ws.stages()) {
        const QJsonObject st = m_ws.stage(stage);
        const QString settings = QString::fromUtf8(QJsonDocument(st.value(QStringLiteral("settings")).toObject()).toJson(QJsonDocument::Compact));
        s += row({stage, QString::number(st.value(QStringLiteral("seed")).toInteger()),
                  QStringLiteral("<code>%1</code>").arg(esc(settings)), num(st.value(QStringLiteral("seconds")).toDouble(), 1),
                  esc(st.value(QStringLiteral("engine_version")).toString())});
    }
    return s + QStringLiteral("</table>\n");
}

QString ReportWriter::html(bool embed) const
{
    QString s = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                               "<style>body{font-family:sans-serif;max-width:60em;margin:auto;}"
                               "table{border-collapse:collapse;margin:0.5em 0;}"
                               "td,th{border:1px solid #999;padding:3px 6px;text-align:left;vertical-align:top;}"
                               "code{font-size:80%;word-break:break-all;}"
                               ".summary{background:#eef4fa;padding:0.2em 1em;border:1px solid #9bd;}</style>"
                               "</head><body>\n")
                    .arg(tr("PrivateSNN audit report"));
    s += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
             .arg(tr("PrivateSNN audit report"),
                  tr("Workspace %1, report made %2 by PrivateSNN Workbench %3.")
                      .arg(esc(QFileInfo(m_ws.dir()).absoluteFilePath()),
                           QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat), QStringLiteral(PSNN_VERSION)));
    s += summary() + modelsSection() + dataSection() + accuracySection(embed) + energySection(embed)
        + syntheticSection(embed) + leakageSection(embed) + frontierSection(embed) + membershipSection(embed) + settingsSection();
    return s + QStringLiteral("</body></html>\n");
}

bool ReportWriter::writeWorkspace(const QString &workspace, const QString &htmlPath, const QString &pdfPath, QString *error,
                                  QString *verdict)
{
    std::optional<psnn::WorkspaceLock> lock;
    try {
        lock.emplace(workspace.toStdString());
    } catch (const psnn::Error &e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    WorkspaceResults results;
    if (!results.load(workspace, error))
        return false;
    const ReportWriter report(results);
    if (!report.write(htmlPath, pdfPath, error))
        return false;
    if (verdict)
        *verdict = ReportWriter::verdict(results);
    return true;
}

bool ReportWriter::write(const QString &htmlPath, const QString &pdfPath, QString *error) const
{
    QSaveFile html(htmlPath);
    if (!html.open(QIODevice::WriteOnly) || html.write(this->html(true).toUtf8()) < 0 || !html.commit()) {
        *error = tr("%1: cannot be written (%2)").arg(htmlPath, failure(html));
        return false;
    }
    // The PDF goes to a temporary name first so that a failure leaves any earlier report intact.
    QSaveFile pdf(pdfPath);
    if (!pdf.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot be written (%2)").arg(pdfPath, failure(pdf));
        return false;
    }
    {
        QPdfWriter writer(&pdf);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(150);
        writer.setTitle(tr("PrivateSNN audit report"));
        writer.setCreator(QStringLiteral("PrivateSNN Workbench " PSNN_VERSION));
        QTextDocument doc;
        // Lay the page out in 96-dpi pixels (A4 is 794 x 1123), the unit the image widths use.
        doc.setPageSize(QSizeF(794, 1123));
        for (auto it = m_images.constBegin(); it != m_images.constEnd(); ++it)
            doc.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
        doc.setHtml(this->html(false));
        doc.print(&writer);
    }
    if (!pdf.commit()) {
        *error = tr("%1: cannot be written (%2)").arg(pdfPath, failure(pdf));
        return false;
    }
    return true;
}

#include "reportwriter.h"

#include "model/export.h"
#include "workspace/workspacelock.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <filesystem>

#include <sys/wait.h>
#include <unistd.h>

class TestReportWriter : public QObject
{
    Q_OBJECT

    WorkspaceResults m_ws;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_ws.load(qEnvironmentVariable("PSNN_TINY_WORKSPACE"), &error), qPrintable(error));
    }

    // `report` beside a run in another process: refused with the holder's number, nothing written.
    void reportWaitsForARunningStage()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("ws"));
        std::filesystem::copy(qEnvironmentVariable("PSNN_TINY_WORKSPACE").toStdString(), ws.toStdString(),
                              std::filesystem::copy_options::recursive);
        std::filesystem::remove(ws.toStdString() + "/report.html");
        int ready[2];
        QVERIFY(pipe(ready) == 0);
        const pid_t holder = fork();
        if (holder == 0) {
            psnn::WorkspaceLock lock(ws.toStdString());
            (void)!write(ready[1], "x", 1);
            pause();
            _exit(0);
        }
        char c;
        QCOMPARE(read(ready[0], &c, 1), ssize_t(1));
        QString error;
        const QString html = ws + QStringLiteral("/report.html"), pdf = dir.filePath(QStringLiteral("r.pdf"));
        QVERIFY(!ReportWriter::writeWorkspace(ws, html, pdf, &error));
        QVERIFY2(error.contains(QStringLiteral("workspace in use by process %1").arg(holder)), qPrintable(error));
        QVERIFY(!QFile::exists(html) && !QFile::exists(pdf));
        kill(holder, SIGKILL);
        waitpid(holder, nullptr, 0);
        close(ready[0]);
        close(ready[1]);
        QString verdict;
        QVERIFY2(ReportWriter::writeWorkspace(ws, html, pdf, &error, &verdict), qPrintable(error));
        QVERIFY(QFile::exists(html) && QFile::exists(pdf));
        QCOMPARE(verdict, ReportWriter::verdict(m_ws));
    }

    void reportHasEverySection()
    {
        const ReportWriter report(m_ws);
        const QString html = report.html(false);
        for (const char *heading : {"Summary", "Models", "Data each stage read", "Accuracy", "Energy",
                                    "Synthetic images", "Leakage audit", "Weight similarity to the ANN (cosine)",
                                    "Membership inference", "Settings and seeds"})
            QVERIFY2(html.contains(QStringLiteral("<h2>%1</h2>").arg(QLatin1String(heading)))
                         || html.contains(QStringLiteral("<h3>%1</h3>").arg(QLatin1String(heading))),
                     heading);
        for (const char *image : {"accuracy.png", "energy.png", "synthetic.png", "inversion.png", "membership.png"}) {
            QVERIFY2(report.images().contains(QLatin1String(image)), image);
            QVERIFY2(!report.images().value(QLatin1String(image)).isNull(), image);
            QVERIFY2(html.contains(QStringLiteral("src=\"%1\"").arg(QLatin1String(image))), image);
        }
        // The verdict matches the audit's own decision, and private stages read no real data.
        const bool leaks = m_ws.results().value("audit").toObject().value("encrypted_leaks").toBool();
        QVERIFY(html.contains(leaks ? "Class features ARE recognisable" : "Class features are NOT recognisable"));
        QVERIFY(html.contains("Synthesis, conversion and encryption read no real data"));
        QVERIFY(html.contains(m_ws.stage("encrypt").value("outputs").toObject().value("encrypted.psnn").toString()));
        // 3 models x scenario 1, 2 SNNs x 2 scenario-2 attacks: 7 gallery columns of 10 classes.
        QCOMPARE(html.count("weights in an ANN"), 3);
    }

    // An export of a workspace model, recorded as `export` and File > Export Model record it, is
    // listed with its file, format, model and hash; the log gains one entry per export.
    void listsExportedFiles()
    {
        QTemporaryDir dir;
        const std::string ws = dir.filePath("ws").toStdString();
        std::filesystem::copy(qEnvironmentVariable("PSNN_TINY_WORKSPACE").toStdString(), ws,
                              std::filesystem::copy_options::recursive);
        const std::string model = ws + "/encrypted.psnn";
        QCOMPARE(psnn::exportsLogFor(model), ws + "/exports.json");
        QVERIFY(psnn::exportsLogFor(dir.filePath("elsewhere.psnn").toStdString()).empty());
        const psnn::ExportResult r =
            psnn::exportModel(model, psnn::ExportFormat::TorchScript, dir.filePath("snn.pt").toStdString());
        psnn::recordExport(psnn::exportsLogFor(model), model, r);
        psnn::recordExport(psnn::exportsLogFor(model), model, r);
        WorkspaceResults results;
        QString error;
        QVERIFY2(results.load(QString::fromStdString(ws), &error), qPrintable(error));
        QCOMPARE(results.exports().value("exports").toArray().size(), 2);
        const QString html = ReportWriter(results).html(false);
        QVERIFY(html.contains("<h3>Exported files</h3>"));
        QCOMPARE(html.count(QString::fromStdString(r.sha256)), 2);
        QVERIFY(html.contains(dir.filePath("snn.pt")));
        QVERIFY(html.contains("torchscript"));
        QVERIFY(!ReportWriter(m_ws).html(false).contains("Exported files")); // none recorded there
    }

    void writesHtmlAndPdf()
    {
        QTemporaryDir dir;
        const ReportWriter report(m_ws);
        QString error;
        QVERIFY2(report.write(dir.filePath("r.html"), dir.filePath("r.pdf"), &error), qPrintable(error));
        QFile html(dir.filePath("r.html")), pdf(dir.filePath("r.pdf"));
        QVERIFY(html.open(QIODevice::ReadOnly) && pdf.open(QIODevice::ReadOnly));
        const QByteArray text = html.readAll();
        QVERIFY(text.contains("data:image/png;base64,")); // self-contained
        QVERIFY(!text.contains("src=\"accuracy.png\""));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 20000);
    }

    void unwritableTargetKeepsTheOldReport()
    {
        QTemporaryDir dir;
        const QString html = dir.filePath("r.html");
        QFile old(html);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old report");
        old.close();
        const ReportWriter report(m_ws);
        QString error;
        QVERIFY(!report.write(html, dir.filePath("no-such-folder/r.pdf"), &error));
        QVERIFY2(error.contains("no-such-folder/r.pdf"), qPrintable(error));
        QVERIFY(QFile::exists(html));
    }

    void damagedWorkspaceIsRefusedWithItsName()
    {
        QTemporaryDir dir;
        WorkspaceResults ws;
        QString error;
        QVERIFY(!ws.load(dir.path(), &error)); // no manifest at all: an empty folder
        QVERIFY2(error.contains(dir.path()), qPrintable(error));

        const QString copy = dir.filePath("copy");
        std::filesystem::copy(m_ws.dir().toStdString(), copy.toStdString(), std::filesystem::copy_options::recursive);
        QFile results(copy + "/audit.json");
        QVERIFY(results.open(QIODevice::WriteOnly | QIODevice::Truncate));
        results.write("{\"attacks\": [");
        results.close();
        QVERIFY(!ws.load(copy, &error));
        QVERIFY2(error.contains("audit.json") && error.contains("damaged"), qPrintable(error));
    }
};

QTEST_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"

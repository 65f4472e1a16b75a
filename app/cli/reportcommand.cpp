// privatesnn-cli report: the one command that needs Qt (plots and the PDF writer), offscreen.
#include "clicommands.h"
#include "reportwriter.h"

#include <QApplication>
#include <QDir>

#include <cstdio>

namespace psnn::cli {

int cmdReport(int argc, char **argv, const std::string &workspace)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    WorkspaceResults ws;
    QString error;
    if (!ws.load(QString::fromStdString(workspace), &error)) {
        std::fprintf(stderr, "privatesnn-cli report: %s\n", qUtf8Printable(error));
        return 1;
    }
    const ReportWriter report(ws);
    const QString html = ws.file(QStringLiteral("report.html")), pdf = ws.file(QStringLiteral("report.pdf"));
    if (!report.write(html, pdf, &error)) {
        std::fprintf(stderr, "privatesnn-cli report: %s\n", qUtf8Printable(error));
        return 1;
    }
    std::printf("%s\nwrote %s and %s\n", qUtf8Printable(ReportWriter::verdict(ws)), qUtf8Printable(html),
                qUtf8Printable(pdf));
    return 0;
}

} // namespace psnn::cli

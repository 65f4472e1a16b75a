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
    const QDir dir(QString::fromStdString(workspace));
    const QString html = dir.filePath(QStringLiteral("report.html")), pdf = dir.filePath(QStringLiteral("report.pdf"));
    QString error, verdict;
    if (!ReportWriter::writeWorkspace(dir.path(), html, pdf, &error, &verdict)) {
        std::fprintf(stderr, "privatesnn-cli report: %s\n", qUtf8Printable(error));
        return 1;
    }
    std::printf("%s\nwrote %s and %s\n", qUtf8Printable(verdict), qUtf8Printable(html), qUtf8Printable(pdf));
    return 0;
}

} // namespace psnn::cli

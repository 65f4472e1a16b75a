// privatesnn: the workbench GUI.
#include "mainwindow.h"
#include "models.h"
#include "runtime.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

int main(int argc, char **argv)
{
    psnn::configureProcess(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PrivateSNN Workbench"));
    QApplication::setOrganizationName(QStringLiteral("PrivateSNN"));
    QApplication::setApplicationVersion(QStringLiteral(PSNN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "PrivateSNN Workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("model"), QApplication::translate("main", "Model to open (default: the bundled demo)."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a PNG of the window once the model is shown, then quit."),
                                        QStringLiteral("file"));
    const QCommandLineOption language(QStringLiteral("lang"), QApplication::translate("main", "User interface language (de, zh_CN, ko, en)."),
                                      QStringLiteral("code"));
    parser.addOption(screenshot);
    parser.addOption(language);
    parser.process(app);

    QTranslator translator;
    const QLocale locale = parser.isSet(language) ? QLocale(parser.value(language)) : QLocale::system();
    QLocale::setDefault(locale); // numbers and dates follow the chosen language too
    if (translator.load(locale, QStringLiteral("privatesnn"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    MainWindow window;
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        auto save = [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        };
        QObject::connect(&window, &MainWindow::modelShown, &window, [save] { QTimer::singleShot(200, save); });
        QObject::connect(&window, &MainWindow::openFailed, &window, [save] { QTimer::singleShot(200, save); });
    }
    window.show();
    const QString model = parser.positionalArguments().value(0, QString::fromStdString(psnn::demoModelPath()));
    if (QFile::exists(model) || !parser.positionalArguments().isEmpty())
        window.openModel(model);
    return QApplication::exec();
}

#include "languagemenu.h"

#include <QApplication>
#include <QEvent>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QWidget>

LanguageMenu::LanguageMenu(QMenu *parent, QObject *owner)
    : QObject(owner)
    , m_menu(parent->addMenu(QString()))
{
    for (const auto &[code, name] : {std::pair{"en", "English"}, std::pair{"de", "Deutsch"},
                                     std::pair{"zh_CN", "简体中文"}, std::pair{"ko", "한국어"}}) {
        QAction *a = m_menu->addAction(QString::fromUtf8(name), this,
                                       [this, c = QString::fromLatin1(code)] { setLanguage(c); });
        a->setData(QString::fromLatin1(code));
        a->setCheckable(true);
    }
    retranslate();
}

void LanguageMenu::retranslate()
{
    m_menu->setTitle(tr("&Language"));
    for (QAction *a : m_menu->actions())
        a->setChecked(a->data().toString() == m_language);
}

void LanguageMenu::setLanguage(const QString &code)
{
    QApplication::removeTranslator(&m_translator);
    m_language = code;
    if (code != QLatin1String("en")) {
        if (m_translator.load(QStringLiteral(":/i18n/privatesnn_") + code))
            QApplication::installTranslator(&m_translator);
        else
            Q_EMIT missing(code);
    }
    QLocale::setDefault(code == QLatin1String("en") ? QLocale(QLocale::English) : QLocale(code));
    QSettings().setValue(QStringLiteral("language"), code);
    // installTranslator() sends LanguageChange to every widget; English needs it sent by hand.
    if (code == QLatin1String("en")) {
        QEvent change(QEvent::LanguageChange);
        for (QWidget *w : QApplication::allWidgets())
            QApplication::sendEvent(w, &change);
    }
    retranslate();
    Q_EMIT changed();
}

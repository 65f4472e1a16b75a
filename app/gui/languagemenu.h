#pragma once

#include <QObject>
#include <QTranslator>

class QMenu;

/// View > Language: English, German, Simplified Chinese, Korean, switched at run time. It owns
/// the translator and the application's default locale; the choice is remembered.
class LanguageMenu : public QObject
{
    Q_OBJECT

public:
    /// Adds the submenu to `parent`.
    LanguageMenu(QMenu *parent, QObject *owner);

    /// "en", "de", "zh_CN", "ko": installs the translation at once. Every widget gets a
    /// LanguageChange event.
    void setLanguage(const QString &code);
    QString language() const { return m_language; }
    void retranslate();

Q_SIGNALS:
    /// The translation is installed (or English is back); text not driven by LanguageChange
    /// should be redone now.
    void changed();
    void missing(const QString &code);

private:
    QMenu *m_menu;
    QTranslator m_translator;
    QString m_language = QStringLiteral("en");
};

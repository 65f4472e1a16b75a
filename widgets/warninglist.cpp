#include "warninglist.h"

WarningList::WarningList(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setStyleSheet(QStringLiteral("QLabel { background: #fff4e0; border: 1px solid #d08a00; padding: 6px; }"));
    connect(this, &QLabel::linkActivated, this, &WarningList::fixRequested);
    hide();
}

void WarningList::setWarnings(const QList<Warning> &warnings)
{
    m_warnings = warnings;
    QStringList lines;
    for (const Warning &w : warnings) {
        QString line = QStringLiteral("⚠ ") + w.text.toHtmlEscaped();
        if (!w.action.isEmpty())
            line += QStringLiteral(" <a href=\"%1\">%2</a>").arg(w.topic.toHtmlEscaped(), w.action.toHtmlEscaped());
        lines << line;
    }
    setText(lines.join(QStringLiteral("<br>")));
    setVisible(!warnings.isEmpty());
}

QStringList WarningList::topics() const
{
    QStringList out;
    for (const Warning &w : m_warnings)
        out << w.topic;
    return out;
}

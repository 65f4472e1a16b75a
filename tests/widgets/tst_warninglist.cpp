#include "warninglist.h"

#include <QSignalSpy>
#include <QTest>

class TestWarningList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linksNameTheirTopicAndEmptyHides()
    {
        WarningList list;
        list.setWarnings({{QStringLiteral("normalization"), QStringLiteral("No normalisation <set>"), QStringLiteral("Set it…")},
                          {QStringLiteral("judge"), QStringLiteral("No judge"), QString()}});
        QVERIFY(!list.isHidden());
        QCOMPARE(list.topics(), (QStringList{QStringLiteral("normalization"), QStringLiteral("judge")}));
        QVERIFY(list.text().contains(QStringLiteral("<a href=\"normalization\">Set it…</a>")));
        QVERIFY(list.text().contains(QStringLiteral("&lt;set&gt;"))); // the text is not markup
        QVERIFY(!list.text().contains(QStringLiteral("href=\"judge\""))); // nothing to click
        QSignalSpy fix(&list, &WarningList::fixRequested);
        Q_EMIT list.linkActivated(QStringLiteral("normalization"));
        QCOMPARE(fix.count(), 1);
        QCOMPARE(fix.at(0).at(0).toString(), QStringLiteral("normalization"));
        list.setWarnings({});
        QVERIFY(list.isHidden());
    }
};

QTEST_MAIN(TestWarningList)
#include "tst_warninglist.moc"

#include "accuracyview.h"

#include "accuracyplot.h"
#include "imageexport.h"
#include "reportwriter.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

AccuracyView::AccuracyView(QWidget *parent)
    : QWidget(parent)
    , m_plot(new AccuracyPlot)
    , m_summary(new QLabel)
    , m_save(new QPushButton)
{
    m_summary->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_plot, 1);
    connect(m_save, &QPushButton::clicked, this, [this] { ImageExport::savePlot(m_plot, this, QStringLiteral("accuracy")); });
    retranslate();
}

void AccuracyView::showResults(const WorkspaceResults &ws)
{
    m_ws = ws;
    retranslate();
}

void AccuracyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AccuracyView::retranslate()
{
    m_save->setText(tr("Save image…"));
    const QList<AccuracyPlot::Curve> curves = ReportWriter::accuracyCurves(m_ws);
    m_plot->setCurves(curves, m_ws.accuracy(QStringLiteral("ann")));
    const auto pct = [](double v) { return QLocale().toString(100 * v, 'f', 1) + QStringLiteral(" %"); };
    m_summary->setText(curves.isEmpty()
                           ? tr("No evaluation yet: run the pipeline up to “Evaluate”.")
                           : tr("ANN %1 · converted SNN %2 · encrypted SNN %3, on %4")
                                 .arg(pct(m_ws.accuracy(QStringLiteral("ann"))), pct(m_ws.accuracy(QStringLiteral("converted"))),
                                      pct(m_ws.accuracy(QStringLiteral("encrypted"))),
                                      m_ws.evaluation().value(QStringLiteral("evaluated_on")).toString()));
}

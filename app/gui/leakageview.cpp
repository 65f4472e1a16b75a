#include "leakageview.h"

#include "frontierplot.h"
#include "imageexport.h"
#include "imagegallery.h"
#include "leakagemodel.h"
#include "reportwriter.h"
#include "rocplot.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

LeakageView::LeakageView(QWidget *parent)
    : QWidget(parent)
    , m_gallery(new ImageGallery)
    , m_table(new QTableWidget)
    , m_roc(new RocPlot)
    , m_frontier(new FrontierPlot)
    , m_plots(new QTabWidget)
    , m_verdict(new QLabel)
    , m_frontierHint(new QLabel)
    , m_saveGallery(new QPushButton)
    , m_saveRoc(new QPushButton)
{
    m_verdict->setWordWrap(true);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_verdict->setFont(big);
    m_gallery->setCellSize(48);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_gallery);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_table, 3);
    auto *frontierPage = new QWidget;
    auto *frontierLayout = new QVBoxLayout(frontierPage);
    frontierLayout->setContentsMargins(0, 0, 0, 0);
    frontierLayout->addWidget(m_frontierHint);
    frontierLayout->addWidget(m_frontier, 1);
    m_frontierHint->setWordWrap(true);
    m_plots->addTab(m_roc, QString());
    m_plots->addTab(frontierPage, QString());
    rightLayout->addWidget(m_plots, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_saveGallery);
    buttons->addWidget(m_saveRoc);
    rightLayout->addLayout(buttons);
    auto *split = new QSplitter;
    split->addWidget(scroll);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(split, 1);
    connect(m_gallery, &ImageGallery::imageClicked, this, &LeakageView::enlarge);
    connect(m_frontier, &FrontierPlot::pointClicked, this, [this](int index) {
        const LeakageModel model(m_ws);
        if (index < model.sweepStrengths().size())
            Q_EMIT frontierPointChosen(model.sweepParameter(), model.sweepStrengths()[index]);
    });
    connect(m_saveGallery, &QPushButton::clicked, this,
            [this] { ImageExport::saveImage(m_gallery->render(), this, QStringLiteral("inversion-gallery")); });
    connect(m_saveRoc, &QPushButton::clicked, this, [this] { ImageExport::savePlot(m_roc, this, QStringLiteral("membership-roc")); });
    retranslate();
}

void LeakageView::showResults(const WorkspaceResults &ws)
{
    m_ws = ws;
    retranslate();
}

void LeakageView::enlarge(int group, int classIndex, int index)
{
    Q_EMIT imageEnlarged(group, classIndex, index);
    const LeakageModel model(m_ws);
    const auto groups = model.galleryGroups(false);
    if (group >= groups.size())
        return;
    const ImageGallery::Group &g = groups[group];
    const int w = g.sprite.width() / g.perClass, h = g.sprite.height() / int(model.classNames().size());
    const QImage recon = g.sprite.copy(index * w, classIndex * h, w, h);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Reconstruction of %1").arg(model.classNames().value(classIndex)));
    auto *layout = new QVBoxLayout(&dialog);
    auto *row = new QHBoxLayout;
    const auto add = [&](const QImage &img, const QString &caption) {
        auto *box = new QVBoxLayout;
        auto *pic = new QLabel;
        pic->setPixmap(QPixmap::fromImage(img.scaled(168, 168, Qt::KeepAspectRatio, Qt::FastTransformation)));
        box->addWidget(pic);
        auto *text = new QLabel(caption);
        text->setAlignment(Qt::AlignCenter);
        text->setWordWrap(true);
        text->setMaximumWidth(168);
        box->addWidget(text);
        row->addLayout(box);
    };
    const int k = classIndex * g.perClass + index;
    add(recon, g.title + QLatin1Char('\n')
                   + tr("judge: %1 (%2 %)").arg(model.classNames().value(g.predicted.value(k)))
                         .arg(QLocale().toString(100 * g.confidence.value(k), 'f', 1)));
    const QImage real = model.realGallery();
    if (!real.isNull()) {
        const int cols = real.width() / w;
        for (int c = 0; c < cols; ++c)
            add(real.copy(c * w, classIndex * h, w, h), c == 0 ? tr("mean of the real class") : tr("real example"));
    }
    layout->addLayout(row);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(box);
    dialog.exec();
}

void LeakageView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LeakageView::retranslate()
{
    m_saveGallery->setText(tr("Save gallery…"));
    m_saveRoc->setText(tr("Save ROC…"));
    const LeakageModel model(m_ws);
    m_verdict->setText(ReportWriter::verdict(m_ws));
    m_gallery->setGroups(model.classNames(), model.galleryGroups(false));
    m_gallery->setToolTip(model.isValid() ? tr("Green frame: the judge recognised the class. Click to enlarge.") : QString());
    const QStringList header = LeakageModel::tableHeader();
    m_table->setColumnCount(int(header.size()));
    m_table->setHorizontalHeaderLabels(header);
    m_table->setRowCount(int(model.attacks().size()));
    for (int i = 0; i < model.attacks().size(); ++i) {
        const QStringList cells = LeakageModel::tableRow(model.attacks()[i]);
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    m_roc->setCurves(model.rocCurves());
    m_plots->setTabText(0, tr("Membership ROC"));
    m_plots->setTabText(1, tr("Privacy frontier"));
    m_plots->setTabEnabled(1, model.hasSweep());
    m_frontierHint->setText(model.hasSweep()
                                ? tr("Each point is the encrypted SNN at one %1. Click a point to use that setting in "
                                     "step 4 (Encrypt).").arg(LeakageModel::parameterTitle(model.sweepParameter()))
                                : QString());
    m_frontier->setFrontier(model.frontier(), model.sweepValues(), model.chance());
}

#include "steprow.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>

QWidget *StepRow::build(const QString &stage)
{
    auto *frame = new QWidget;
    auto *grid = new QGridLayout(frame);
    grid->setContentsMargins(0, 4, 0, 4);
    badge = new QLabel;
    badge->setAlignment(Qt::AlignCenter);
    badge->setMinimumWidth(90);
    title = new QLabel;
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    numbers = new QLabel;
    numbers->setWordWrap(true);
    run = new QPushButton;
    run->setObjectName(QStringLiteral("run-") + stage);
    toggle = new QToolButton;
    toggle->setCheckable(true);
    toggle->setArrowType(Qt::RightArrow);
    toggle->setAutoRaise(true);
    progress = new QProgressBar;
    progress->setRange(0, 1000);
    progress->setMaximumHeight(8);
    progress->setTextVisible(false);
    progress->setValue(0);
    settings = new QWidget;
    form = new QFormLayout(settings);
    form->setContentsMargins(24, 0, 0, 0);
    settings->setVisible(false);
    grid->addWidget(toggle, 0, 0);
    grid->addWidget(title, 0, 1);
    grid->addWidget(badge, 0, 2);
    grid->addWidget(run, 0, 3);
    grid->addWidget(numbers, 1, 1, 1, 3);
    grid->addWidget(progress, 2, 1, 1, 3);
    grid->addWidget(settings, 3, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    QObject::connect(toggle, &QToolButton::toggled, frame, [this](bool on) {
        settings->setVisible(on);
        toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    return frame;
}

#include "imagegallery.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

ImageGallery::ImageGallery(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setMouseTracking(true);
}

void ImageGallery::setGroups(const QStringList &classNames, const QList<Group> &groups)
{
    m_classes = classNames;
    m_groups = groups;
    resize(sizeHint());
    updateGeometry();
    update();
}

void ImageGallery::clear()
{
    setGroups({}, {});
}

void ImageGallery::setCellSize(int pixels)
{
    m_cell = std::clamp(pixels, 16, 400);
    resize(sizeHint());
    updateGeometry();
    update();
}

int ImageGallery::imageCount() const
{
    int n = 0;
    for (const Group &g : m_groups)
        n += int(m_classes.size()) * g.perClass;
    return n;
}

int ImageGallery::labelWidth() const
{
    int w = 0;
    for (const QString &c : m_classes)
        w = std::max(w, fontMetrics().horizontalAdvance(c));
    return w + 12;
}

int ImageGallery::headerHeight() const
{
    int lines = 1;
    for (const Group &g : m_groups)
        lines = std::max(lines, int(g.title.count(QLatin1Char('\n'))) + 1);
    return fontMetrics().height() * lines + 8;
}

int ImageGallery::groupWidth(int group) const
{
    // A group is as wide as its images or its title, whichever is wider.
    int title = 0;
    for (const QString &line : m_groups[group].title.split(QLatin1Char('\n')))
        title = std::max(title, fontMetrics().horizontalAdvance(line));
    return std::max(m_groups[group].perClass * (m_cell + kGap) - kGap, title);
}

QRect ImageGallery::cellRect(int group, int row, int index) const
{
    int x = labelWidth();
    for (int g = 0; g < group; ++g)
        x += groupWidth(g) + kGroupGap;
    const int images = m_groups[group].perClass * (m_cell + kGap) - kGap;
    x += (groupWidth(group) - images) / 2;
    return {x + index * (m_cell + kGap), headerHeight() + row * (m_cell + kGap), m_cell, m_cell};
}

QSize ImageGallery::sizeHint() const
{
    if (m_groups.isEmpty())
        return {200, 100};
    const QRect last = cellRect(int(m_groups.size()) - 1, int(m_classes.size()) - 1, m_groups.last().perClass - 1);
    return {last.right() + 8, last.bottom() + 8};
}

QImage ImageGallery::cellImage(const Group &g, int row, int index) const
{
    if (g.sprite.isNull() || g.perClass < 1 || m_classes.isEmpty())
        return {};
    const int w = g.sprite.width() / g.perClass, h = g.sprite.height() / int(m_classes.size());
    return g.sprite.copy(index * w, row * h, w, h);
}

void ImageGallery::paint(QPainter &p) const
{
    p.fillRect(QRect(QPoint(0, 0), sizeHint()), palette().base());
    p.setPen(palette().text().color());
    for (int r = 0; r < m_classes.size(); ++r) {
        const QRect cell = cellRect(0, r, 0);
        p.drawText(QRect(0, cell.top(), labelWidth() - 8, m_cell), Qt::AlignRight | Qt::AlignVCenter, m_classes[r]);
    }
    for (int g = 0; g < m_groups.size(); ++g) {
        const Group &group = m_groups[g];
        const QRect first = cellRect(g, 0, 0), lastInRow = cellRect(g, 0, group.perClass - 1);
        const int centre = (first.left() + lastInRow.right()) / 2, width = groupWidth(g);
        p.drawText(QRect(centre - width / 2 - 2, 0, width + 4, headerHeight() - 4), Qt::AlignHCenter | Qt::AlignBottom,
                   group.title);
        for (int r = 0; r < m_classes.size(); ++r) {
            for (int i = 0; i < group.perClass; ++i) {
                const QRect cell = cellRect(g, r, i);
                p.drawImage(cell, cellImage(group, r, i));
                const int k = r * group.perClass + i;
                if (k < group.predicted.size()) {
                    const bool right = group.predicted[k] == r;
                    p.setPen(QPen(right ? QColor(0, 158, 115) : QColor(213, 94, 0), 3));
                    p.drawRect(cell.adjusted(1, 1, -2, -2));
                    p.setPen(palette().text().color());
                }
            }
        }
    }
}

void ImageGallery::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    paint(p);
}

QImage ImageGallery::render() const
{
    QImage img(sizeHint(), QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setFont(font());
    paint(p);
    return img;
}

ImageGallery::Hit ImageGallery::hitAt(QPoint pos) const
{
    for (int g = 0; g < m_groups.size(); ++g)
        for (int r = 0; r < m_classes.size(); ++r)
            for (int i = 0; i < m_groups[g].perClass; ++i)
                if (cellRect(g, r, i).contains(pos))
                    return {g, r, i};
    return {};
}

void ImageGallery::mousePressEvent(QMouseEvent *event)
{
    const Hit h = hitAt(event->position().toPoint());
    if (h.group >= 0)
        Q_EMIT imageClicked(h.group, h.row, h.index);
}

bool ImageGallery::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const Hit h = hitAt(help->pos());
        if (h.group < 0) {
            QToolTip::hideText();
            return true;
        }
        const Group &g = m_groups[h.group];
        const int k = h.row * g.perClass + h.index;
        QString text = tr("%1, image %2 of class %3").arg(g.title).arg(h.index + 1).arg(m_classes.value(h.row));
        if (k < g.predicted.size())
            text += QLatin1Char('\n') + tr("Judge says: %1").arg(m_classes.value(g.predicted[k]));
        if (k < g.confidence.size())
            text += QLatin1Char('\n') + tr("Probability of %1: %2%").arg(m_classes.value(h.row)).arg(100.0 * g.confidence[k], 0, 'f', 1);
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

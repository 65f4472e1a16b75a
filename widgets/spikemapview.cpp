#include "spikemapview.h"

#include "plotstyle.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

SpikeMapView::SpikeMapView(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(400, 300);
    PlotStyle::useProjectorFont(this);
}

void SpikeMapView::setSpikes(const QString &layer, const QVector<qint64> &shape, int timesteps,
                             const QVector<QPair<int, qint64>> &spikes, const QVector<QPair<int, qint64>> &negativeSpikes)
{
    m_layer = layer;
    m_geometry = SpikeMap::geometry(shape);
    m_timesteps = timesteps;
    m_spikes = spikes;
    m_negative = negativeSpikes;
    m_t = std::clamp(m_t, 0, std::max(0, timesteps - 1));
    recount();
}

void SpikeMapView::setTime(int t)
{
    m_t = t;
    recount();
}

void SpikeMapView::recount()
{
    const qint64 n = qint64(m_geometry.channels) * m_geometry.height * m_geometry.width;
    m_now.fill(0.0f, n);
    m_upTo.fill(0.0f, n);
    for (const auto &[t, i] : m_spikes)
        if (t <= m_t && i < n) {
            m_upTo[i] += 1;
            if (t == m_t)
                m_now[i] = 1;
        }
    for (const auto &[t, i] : m_negative)
        if (t <= m_t && i < n)
            m_upTo[i] -= 1;
    update();
}

QImage SpikeMapView::firingMap(int c) const
{
    return SpikeMap::channelImage(m_geometry, m_now, c, 1.0f);
}

QVector<float> SpikeMapView::counts(int c) const
{
    const qint64 plane = qint64(m_geometry.height) * m_geometry.width;
    return m_upTo.mid(c * plane, plane);
}

void SpikeMapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const int c = m_geometry.channels;
    if (c == 0) {
        p.drawText(rect(), Qt::AlignCenter, tr("Pick a test image: its spikes appear here."));
        return;
    }
    const int header = 2 * fontMetrics().height();
    p.drawText(QRect(0, 0, width(), header), Qt::AlignCenter,
               tr("%1, step %2 of %3: firing now (left), spikes so far (right)").arg(m_layer).arg(m_t + 1).arg(m_timesteps));
    // As many channel cells (two maps side by side) as fit, each as large as possible.
    const QRect area = rect().adjusted(4, header, -4, -4);
    const double aspect = 2.0 * m_geometry.width / std::max(1, m_geometry.height);
    int columns = 1;
    double cell = 0;
    for (int cols = 1; cols <= c; ++cols) {
        const int rows = (c + cols - 1) / cols;
        const double h = std::min(area.height() / double(rows) - fontMetrics().height(), area.width() / double(cols) / aspect);
        if (h > cell) {
            cell = h;
            columns = cols;
        }
    }
    const float maxCount = std::max(1.0f, *std::max_element(m_upTo.begin(), m_upTo.end()));
    const int cellW = int(cell * aspect), cellH = int(cell);
    for (int k = 0; k < c; ++k) {
        const int x = area.left() + (k % columns) * (cellW + 2);
        const int y = area.top() + (k / columns) * (cellH + fontMetrics().height());
        const QRect left(x, y, cellW / 2 - 2, cellH), right(x + cellW / 2, y, cellW / 2 - 2, cellH);
        p.drawImage(left, firingMap(k));
        p.drawImage(right, SpikeMap::channelImage(m_geometry, m_upTo, k, maxCount));
        p.drawText(QRect(x, y + cellH, cellW, fontMetrics().height()), Qt::AlignCenter, tr("channel %1").arg(k + 1));
    }
}

#include "spikeflowstrip.h"

#include "plotstyle.h"

#include <QPainter>

#include <algorithm>

SpikeFlowStrip::SpikeFlowStrip(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(600, 420);
    PlotStyle::useProjectorFont(this);
}

void SpikeFlowStrip::setFlow(const QImage &input, const QList<Layer> &layers, const QStringList &classNames,
                             const QVector<double> &scores, int timesteps)
{
    m_input = input;
    m_layers = layers;
    m_classes = classNames;
    m_scores = scores;
    m_timesteps = timesteps;
    m_t = std::max(0, timesteps - 1);
    update();
}

void SpikeFlowStrip::setTime(int t)
{
    m_t = std::clamp(t, 0, std::max(0, m_timesteps - 1));
    update();
}

QImage SpikeFlowStrip::layerMap(int i) const
{
    const Layer &l = m_layers.at(i);
    const SpikeMap::Geometry g = SpikeMap::geometry(l.shape);
    const SpikeMap::Geometry flat{1, g.height, g.width};
    const QVector<float> sum = SpikeMap::channelSum(g, l.counts);
    const float top = sum.isEmpty() ? 0.0f : *std::max_element(sum.begin(), sum.end());
    return SpikeMap::channelImage(flat, sum, 0, top);
}

double SpikeFlowStrip::score(int k) const
{
    const qsizetype i = qsizetype(m_t) * m_classes.size() + k;
    return i < m_scores.size() ? m_scores[i] : 0.0;
}

int SpikeFlowStrip::leadingClass() const
{
    if (m_classes.isEmpty() || m_scores.size() < qsizetype(m_t + 1) * m_classes.size())
        return -1;
    int best = 0;
    for (int k = 1; k < m_classes.size(); ++k)
        if (score(k) > score(best))
            best = k;
    return best;
}

void SpikeFlowStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    if (m_layers.isEmpty()) {
        p.drawText(rect(), Qt::AlignCenter, tr("Pick a test image: its way through the network appears here."));
        return;
    }
    // The maps in a row across the width; below them the output bars, one readable row per
    // class, so the maps get whatever height the bars leave.
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const int k = int(m_classes.size());
    const int rowH = line + 8;
    const int n = int(m_layers.size()) + 1;
    const int gap = 28;
    const int barsHeight = line + k * rowH;
    const int side = std::max(32, std::min((width() - gap * (n + 1)) / n, height() - barsHeight - 3 * line - gap));
    const int top = line + 4;
    int x = std::max(gap / 2, (width() - n * side - (n - 1) * gap) / 2);
    const auto panel = [&](const QImage &img, const QString &title, const QString &caption, bool last) {
        const QRect box(x, top, side, side);
        p.drawImage(box, img);
        p.drawRect(box.adjusted(0, 0, -1, -1));
        p.drawText(QRect(x - gap / 2, 0, side + gap, line), Qt::AlignCenter, title);
        p.drawText(QRect(x - gap / 2, top + side + 2, side + gap, line), Qt::AlignCenter, caption);
        if (!last)
            p.drawText(QRect(x + side, top, gap, side), Qt::AlignCenter, QStringLiteral("→"));
        x += side + gap;
    };
    panel(m_input, tr("Input"), QString(), m_layers.isEmpty());
    for (int i = 0; i < m_layers.size(); ++i) {
        double total = 0;
        for (float c : m_layers[i].counts)
            total += c;
        panel(layerMap(i), m_layers[i].name, tr("%n spike(s)", nullptr, int(total)), i + 1 == m_layers.size());
    }
    // The output: one bar per class, filling as the steps run; the leader in colour.
    double maxScore = 1e-9;
    for (double v : m_scores)
        maxScore = std::max(maxScore, v);
    int labelW = 0;
    for (const QString &c : m_classes)
        labelW = std::max(labelW, fm.horizontalAdvance(c));
    labelW += 12;
    const int barsTop = top + side + line + gap;
    const QRect bars(gap / 2, barsTop + line, width() - gap, k * rowH);
    p.drawText(QRect(bars.left(), barsTop, bars.width(), line), Qt::AlignLeft,
               tr("Output so far, step %1 of %2").arg(m_t + 1).arg(m_timesteps));
    const int leader = leadingClass();
    for (int c = 0; c < k; ++c) {
        const QRect row(bars.left(), bars.top() + c * rowH, bars.width(), rowH - 4);
        p.drawText(QRect(row.left(), row.top(), labelW - 8, row.height()), Qt::AlignRight | Qt::AlignVCenter, m_classes[c]);
        const int len = int(std::max(0.0, score(c)) / maxScore * (row.width() - labelW));
        p.fillRect(QRect(row.left() + labelW, row.top(), len, row.height()),
                   c == leader ? PlotStyle::color(1) : QColor(170, 170, 170));
    }
}

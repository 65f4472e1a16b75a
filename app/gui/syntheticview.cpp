#include "syntheticview.h"

#include "imageexport.h"
#include "imagegallery.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QVBoxLayout>

namespace {
constexpr int kShownPerClass = 20;
}

SyntheticView::SyntheticView(QWidget *parent)
    : QWidget(parent)
    , m_gallery(new ImageGallery)
    , m_zoom(new QSlider(Qt::Horizontal))
    , m_summary(new QLabel)
    , m_zoomLabel(new QLabel)
    , m_save(new QPushButton)
{
    m_zoom->setRange(16, 160);
    m_zoom->setValue(m_gallery->cellSize());
    m_zoom->setMinimumWidth(140);
    m_zoom->setMaximumWidth(240);
    m_summary->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_zoomLabel);
    top->addWidget(m_zoom);
    top->addWidget(m_save);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_gallery);
    scroll->setWidgetResizable(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    connect(m_zoom, &QSlider::valueChanged, m_gallery, &ImageGallery::setCellSize);
    connect(m_save, &QPushButton::clicked, this,
            [this] { ImageExport::saveImage(m_gallery->render(), this, QStringLiteral("synthetic-images")); });
    retranslate();
}

QImage SyntheticView::toImage(const std::uint8_t *planar, int channels, int height, int width)
{
    QImage img(width, height, QImage::Format_RGB32);
    const std::size_t plane = std::size_t(height) * width;
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const std::size_t i = std::size_t(y) * width + x;
            const int r = planar[i], g = channels > 1 ? planar[plane + i] : r, b = channels > 2 ? planar[2 * plane + i] : r;
            img.setPixel(x, y, qRgb(r, g, b));
        }
    return img;
}

QImage SyntheticView::sprite(const psnn::ImageSet &set, const std::vector<std::vector<std::size_t>> &rows, int perClass)
{
    QImage out(set.width * perClass, set.height * int(rows.size()), QImage::Format_RGB32);
    out.fill(Qt::black);
    QPainter p(&out);
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (int k = 0; k < perClass && k < int(rows[r].size()); ++k)
            p.drawImage(k * set.width, int(r) * set.height, toImage(set.image(rows[r][std::size_t(k)]), set.channels, set.height, set.width));
    return out;
}

void SyntheticView::setImages(const SyntheticImages &s)
{
    const int classes = int(s.images.classNames.size());
    std::vector<std::vector<std::size_t>> rows(std::size_t(std::max(0, classes)));
    for (std::size_t i = 0; i < s.intended.size(); ++i)
        rows[std::size_t(s.intended[i])].push_back(i);
    int perClass = 0;
    for (const auto &r : rows)
        perClass = std::max(perClass, std::min(kShownPerClass, int(r.size())));
    ImageGallery::Group g;
    g.sprite = sprite(s.images, rows, perClass);
    g.perClass = perClass;
    // The ANN's label per image: a red frame where it does not match the intended class.
    for (const auto &r : rows)
        for (int k = 0; k < perClass; ++k) {
            const std::size_t i = k < int(r.size()) ? r[std::size_t(k)] : 0;
            g.predicted << s.images.labels[i];
            g.confidence << double(s.confidence[i]);
        }
    QStringList names;
    for (const auto &n : s.images.classNames)
        names << QString::fromStdString(n);
    m_gallery->setGroups(names, {g});
    m_count = int(s.intended.size());
    retranslate();
}

void SyntheticView::clear()
{
    m_gallery->clear();
    m_count = 0;
    retranslate();
}

void SyntheticView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SyntheticView::retranslate()
{
    m_zoomLabel->setText(tr("Zoom"));
    m_save->setText(tr("Save image…"));
    m_summary->setText(m_count == 0 ? tr("No synthetic images yet: run “Synthesize”.")
                                    : tr("%1 synthetic images made from the model alone (up to %2 per class shown). A "
                                         "red frame: the ANN assigns the image to another class. Hover for the "
                                         "ANN's confidence.")
                                          .arg(m_count)
                                          .arg(kShownPerClass));
}

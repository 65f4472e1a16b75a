#pragma once

#include "metatypes.h"

#include <QWidget>

class ImageGallery;
class QLabel;
class QPushButton;
class QSlider;

/// The synthetic images grouped by the class they were made for, zoomable, each with the ANN's
/// confidence (tooltip) and a green or red frame for whether the ANN agrees with that class.
class SyntheticView : public QWidget
{
    Q_OBJECT

public:
    explicit SyntheticView(QWidget *parent = nullptr);
    void setImages(const SyntheticImages &images);
    void clear();
    ImageGallery *gallery() const { return m_gallery; }

    /// One sprite of rows = classes, columns = images per class (the first `perClass` of each).
    static QImage sprite(const psnn::ImageSet &set, const std::vector<std::vector<std::size_t>> &rows, int perClass);
    /// A planar 8-bit image as a QImage (grey or RGB).
    static QImage toImage(const std::uint8_t *planar, int channels, int height, int width);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ImageGallery *m_gallery;
    QSlider *m_zoom;
    QLabel *m_summary, *m_zoomLabel;
    QPushButton *m_save;
    int m_count = 0;
};

#pragma once

#include <QImage>
#include <QWidget>

/// Images in a grid, one row per class, in titled column groups: the side-by-side inversion
/// gallery (groups: ANN / converted SNN / encrypted SNN ...) and the synthetic image grid. Where
/// a judge's verdict is given, a cell gets a green frame (recognised as its class) or a red one.
class ImageGallery : public QWidget
{
    Q_OBJECT

public:
    struct Group {
        QString title;                 ///< already translated
        QImage sprite;                 ///< rows: classes; columns: `perClass` images of equal size
        int perClass = 1;
        QVector<int> predicted;        ///< judge's class per image (row-major); empty: no verdict
        QVector<double> confidence;    ///< judge's probability of the intended class, or the model's confidence
    };

    explicit ImageGallery(QWidget *parent = nullptr);

    void setGroups(const QStringList &classNames, const QList<Group> &groups);
    void clear();
    /// Edge of one image cell in pixels (zoom).
    void setCellSize(int pixels);
    int cellSize() const { return m_cell; }
    int groupCount() const { return int(m_groups.size()); }
    int imageCount() const;

    /// The gallery as one image, for reports and "Save as PNG".
    QImage render() const;
    QSize sizeHint() const override;

Q_SIGNALS:
    /// A cell was clicked: its group, class row and image index within the row.
    void imageClicked(int group, int classIndex, int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Hit {
        int group = -1, row = -1, index = -1;
    };
    Hit hitAt(QPoint pos) const;
    QRect cellRect(int group, int row, int index) const;
    int labelWidth() const;
    int headerHeight() const;
    int groupWidth(int group) const;
    void paint(QPainter &p) const;
    QImage cellImage(const Group &g, int row, int index) const;

    QStringList m_classes;
    QList<Group> m_groups;
    int m_cell = 56;
    static constexpr int kGap = 4, kGroupGap = 16;
};

#pragma once

#include <QCoreApplication>
#include <QImage>

class QCustomPlot;
class QWidget;

/// "Save as PNG/PDF" for every plot and gallery: asks for a file name, writes by its suffix, and
/// says what went wrong if it could not.
class ImageExport
{
    Q_DECLARE_TR_FUNCTIONS(ImageExport)

public:
    static void savePlot(QCustomPlot *plot, QWidget *parent, const QString &baseName);
    static void saveImage(const QImage &image, QWidget *parent, const QString &baseName);
    /// Writes `image` as PNG or (by suffix) PDF; false and `error` on failure.
    static bool writeImage(const QImage &image, const QString &path, QString *error);
};

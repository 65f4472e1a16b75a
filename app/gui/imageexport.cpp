#include "imageexport.h"

#include "qcp.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>

namespace {

QString askFile(QWidget *parent, const QString &baseName)
{
    return QFileDialog::getSaveFileName(parent, ImageExport::tr("Save image"), baseName + QStringLiteral(".png"),
                                        ImageExport::tr("PNG image (*.png);;PDF document (*.pdf)"));
}

void complain(QWidget *parent, const QString &path)
{
    QMessageBox::warning(parent, ImageExport::tr("Save image"), ImageExport::tr("Could not write %1.").arg(path));
}

} // namespace

void ImageExport::savePlot(QCustomPlot *plot, QWidget *parent, const QString &baseName)
{
    const QString path = askFile(parent, baseName);
    if (path.isEmpty())
        return;
    const bool ok = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? plot->savePdf(path)
                                                                            : plot->savePng(path, 0, 0, 2.0);
    if (!ok)
        complain(parent, path);
}

void ImageExport::saveImage(const QImage &image, QWidget *parent, const QString &baseName)
{
    const QString path = askFile(parent, baseName);
    QString error;
    if (!path.isEmpty() && !writeImage(image, path, &error))
        complain(parent, path);
}

bool ImageExport::writeImage(const QImage &image, const QString &path, QString *error)
{
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        if (image.save(path))
            return true;
        *error = tr("Could not write %1.").arg(path);
        return false;
    }
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(image.size(), QPageSize::Point));
    pdf.setPageMargins({0, 0, 0, 0});
    pdf.setResolution(72);
    QPainter p;
    if (!p.begin(&pdf)) {
        *error = tr("Could not write %1.").arg(path);
        return false;
    }
    p.drawImage(QRect(QPoint(0, 0), image.size()), image);
    return p.end();
}

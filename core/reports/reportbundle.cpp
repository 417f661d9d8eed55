#include "reportbundle.h"

#include "jobs/progressreporter.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

bool ReportBundle::write(const QString &path, const QList<ReportBundleEntry> &entries, ProgressReporter &progress,
                         QString *error)
{
    const QString name = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot create %1: %2").arg(name, file.errorString());
        return false;
    }
    QuaZip zip;
    zip.setIoDevice(&file);
    zip.setAutoClose(false); // QSaveFile commits instead of closing
    zip.setDataDescriptorWritingEnabled(false);
    if (!zip.open(QuaZip::mdCreate)) {
        *error = tr("Cannot create %1 (zip error %2).").arg(name).arg(zip.getZipError());
        file.cancelWriting();
        return false;
    }
    progress.setRange(entries.size());
    const QDateTime now = QDateTime::currentDateTime();
    for (int i = 0; i < entries.size(); ++i) {
        if (progress.isCancelled()) {
            zip.close();
            file.cancelWriting();
            error->clear();
            return false;
        }
        const ReportBundleEntry &entry = entries.at(i);
        QuaZipNewInfo info(entry.name);
        info.dateTime = now;
        info.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        QuaZipFile out(&zip);
        // PNG and PDF are compressed already: store them, deflate the text.
        const bool store = entry.name.endsWith(QLatin1String(".png")) || entry.name.endsWith(QLatin1String(".pdf"));
        if (!out.open(QIODevice::WriteOnly, info, nullptr, 0, store ? 0 : Z_DEFLATED, store ? 0 : 6)
            || out.write(entry.data) != entry.data.size()) {
            *error = tr("Cannot write %1 into %2: %3 (zip error %4). Check the free disk space.")
                         .arg(entry.name, name, file.errorString())
                         .arg(out.getZipError());
            out.close();
            zip.close();
            file.cancelWriting();
            return false;
        }
        out.close();
        if (out.getZipError() != ZIP_OK) {
            *error = tr("Cannot write %1 into %2 (zip error %3).").arg(entry.name, name).arg(out.getZipError());
            zip.close();
            file.cancelWriting();
            return false;
        }
        progress.setValue(i + 1);
    }
    zip.close();
    if (zip.getZipError() != ZIP_OK) {
        *error = tr("Cannot finish %1 (zip error %2).").arg(name).arg(zip.getZipError());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("Cannot save %1: %2").arg(name, file.errorString());
        return false;
    }
    return true;
}

QStringList ReportBundle::entryNames(const QString &path, QString *error)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        *error = tr("Cannot open %1 as a zip archive (zip error %2).")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(zip.getZipError());
        return {};
    }
    const QStringList names = zip.getFileNameList();
    zip.close();
    return names;
}

QByteArray ReportBundle::readEntry(const QString &path, const QString &name)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = file.readAll();
    file.close();
    return data;
}

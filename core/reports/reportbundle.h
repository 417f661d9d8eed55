#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class ProgressReporter;

/** One file of a report bundle. */
struct ReportBundleEntry
{
    QString name; ///< path inside the zip, '/' separated ("charts/rfm.png")
    QByteArray data;
};

/**
 * Writes a zip archive with QuaZip, atomically: the archive is written to a
 * temporary file next to @p path and renamed over it only when complete
 * (QSaveFile), so a failed or cancelled export leaves an existing file intact.
 * Thread-safety: reentrant; use from any one thread.
 */
class ReportBundle
{
    Q_DECLARE_TR_FUNCTIONS(ReportBundle)
public:
    /**
     * Writes @p entries to @p path. Progress is reported in entries. Returns false
     * with a translated @p error on failure, or with an empty @p error when cancelled.
     */
    static bool write(const QString &path, const QList<ReportBundleEntry> &entries, ProgressReporter &progress,
                      QString *error);
    /** The entry names of the zip at @p path, in archive order; empty with @p error when unreadable. */
    static QStringList entryNames(const QString &path, QString *error);
    /** The bytes of entry @p name of the zip at @p path; empty when missing. */
    static QByteArray readEntry(const QString &path, const QString &name);
};

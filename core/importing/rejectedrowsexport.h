#pragma once

#include <QCoreApplication>
#include <QString>

#include "project/rowsource.h"

/**
 * Writes the rejected rows of one import to a CSV file (UTF-8 with BOM so
 * spreadsheet programs read it right): line, column, reason, raw text.
 * Written through QSaveFile: a failed export leaves an existing file intact.
 * Thread-safety: opens its own connection; call from any one thread.
 */
class RejectedRowsExport
{
    Q_DECLARE_TR_FUNCTIONS(RejectedRowsExport)
public:
    /** The rejected rows of one import for table views: line, column, reason, raw text, sorted by line. */
    static RowQuery rowQuery(qint64 importId);
    /** Returns the number of rows written, or -1 with @p error set. */
    static qint64 toCsv(const QString &projectPath, qint64 importId, const QString &outPath, QString *error);
    /** Quotes a CSV field when needed and neutralizes leading = + - @ against formula injection. */
    static QString csvField(const QString &value);
};

#pragma once

#include "importing/importoptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

class Database;
class ProgressReporter;

/** The first rows of a file as the import would see them, for previews. */
struct ImportPreview
{
    DetectedSettings settings;
    QStringList header;
    QList<QStringList> rows;          ///< up to the requested number of data rows
    QList<CellType> columnTypes;      ///< guessed type per column over the preview rows
    QHash<QString, int> mapping;      ///< automatic (plus overridden) field -> column
    QHash<QString, int> failures;     ///< field key -> preview values that do not parse
    QStringList missingRequired;      ///< required fields without a column (translated labels)
    DateColumnGuess dates;            ///< date order guessed from the preview rows
};

/**
 * Imports one file into a project database in a single transaction.
 *
 * Every data row ends up counted exactly once: imported, rejected (kept in
 * rejected_rows with line, raw text and reason), an exact duplicate of an
 * earlier row, or skipped by an option. On cancel or error the transaction is
 * rolled back and the project is exactly as before.
 *
 * Thread-safety: run() uses the given Database on the calling thread only; run
 * it on the thread that opened the database.
 */
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    /** Runs the import. Progress is reported in bytes of the source file. */
    ImportResult run(Database &db, const ImportOptions &options, ProgressReporter &progress);

    /** Reads the first @p maxRows data rows and the detected settings and mapping. */
    static bool preview(const ImportOptions &options, int maxRows, ImportPreview *out, QString *error);

    /** Lower-case hex SHA-256 of a file; empty on error or when @p cancel becomes true. */
    static QString fileSha256(const QString &path, const std::atomic<bool> *cancel = nullptr);
};

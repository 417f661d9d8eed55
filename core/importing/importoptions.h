#pragma once

#include "importing/columnmapping.h"
#include "importing/recordsource.h"
#include "importing/valueparser.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

/** What to do with order lines that are returns (negative quantity or a "C" invoice). */
enum class ReturnsPolicy {
    Keep, ///< store them with is_return = 1 (default)
    Skip  ///< leave them out and count them as skipped
};

/** Everything an import needs to know; decisions arrive here, core never asks. */
struct ImportOptions
{
    ReaderOptions reader;
    ImportKind kind = ImportKind::Transactions;
    /** field key -> column name, overriding the automatic mapping (`--map field=Column`). */
    QHash<QString, QString> mapOverrides;
    DateOrder dateOrder = DateOrder::Auto;
    NumberStyle numberStyle = NumberStyle::Auto;
    /** Drop rows identical to an earlier row of the same file (counted as duplicates). */
    bool dropDuplicates = true;
    ReturnsPolicy returns = ReturnsPolicy::Keep;
    /** Keep order lines without a customer id as anonymous lines; when false they are skipped. */
    bool keepAnonymous = true;
    /** Import even when a file with the same SHA-256 was imported before. */
    bool force = false;
    /**
     * Read and parse the file on a second thread while this one stores the rows, when the
     * machine has more than one core. The result is the same either way.
     */
    bool readAhead = true;

    // Experiment imports
    /** Experiment name; empty = the file's base name. */
    QString experimentName;
    /** Arm column when it is not detected (the Hillstrom file's is "segment"). */
    QString armColumn;
    /** Outcome columns; empty = the numeric columns to the right of the arm column. */
    QStringList outcomeColumns;
};

/** Outcome of an import. Counts satisfy imported + rejected + duplicates + skipped = read. */
struct ImportResult
{
    enum class Status { Ok, Cancelled, Error, AlreadyImported };
    Status status = Status::Error;
    QString errorString;   ///< translated; set for Error and AlreadyImported
    QStringList warnings;  ///< translated, non-fatal notes (ambiguous dates, ...)

    qint64 importId = 0;
    QString sha256;
    DetectedSettings settings;
    QHash<QString, int> mapping; ///< field key -> column index used
    QStringList header;

    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsRejected = 0;
    qint64 duplicates = 0;
    qint64 skipped = 0;    ///< returns or anonymous lines left out by the options
    qint64 anonymous = 0;  ///< imported order lines without a customer
    qint64 returns = 0;    ///< imported order lines that are returns
    QMap<QString, qint64> rejectsByReason; ///< stable reason code -> count
    qint64 customersAdded = 0;
    qint64 productsAdded = 0;
    qint64 customers = 0;  ///< customers in the project after the import
    qint64 products = 0;   ///< products in the project after the import
    QString experiment;    ///< experiment imports: the experiment's name
    QStringList arms;      ///< experiment imports: arm names in first-seen order
    double seconds = 0;

    bool isOk() const { return status == Status::Ok; }
};

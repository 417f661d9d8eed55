#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

/**
 * Writes an Excel workbook (.xlsx, Office Open XML) a row at a time.
 *
 * Usage: open(), then for each sheet addSheet() followed by addRow() for each
 * data row, then close(). Every method returns false once something failed,
 * and errorString() says what.
 *
 * The file is replaced atomically: the workbook is written to a temporary file
 * next to @p path (QSaveFile) and renamed over it only by a successful close().
 * A failed or abandoned write (error, cancel(), or destruction without close())
 * leaves an existing file at @p path untouched.
 *
 * Rows are streamed into the compressed sheet: memory use does not grow with
 * the row count. Only the first ColumnSampleRows rows of each sheet are held
 * back, to size the columns to their content. Sheets are deflated at a fast
 * compression level on a second thread while the caller adds the next rows.
 *
 * For large exports, beginRow(), addTextCell() / addNumberCell() /
 * addEmptyCell() and endRow() write a row from UTF-8 bytes and doubles without
 * QVariant or QString conversions; the workbook is the same as with addRow().
 *
 * Each sheet has a bold, filled header row (when the header is not empty),
 * frozen so it stays visible when scrolling, and columns sized to the header
 * and the first rows. Text is written as inline strings, XML-escaped, with
 * characters that XML 1.0 cannot hold (control characters other than tab, line
 * feed and carriage return, lone surrogates, U+FFFE, U+FFFF) dropped, and cut to
 * MaxCellChars characters, Excel's limit.
 *
 * Not thread-safe; use from one thread.
 */
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)
public:
    /** Rows per sheet, header included (Excel's limit). */
    static constexpr qint64 MaxRows = 1048576;
    /** Columns per sheet (Excel's limit, column XFD). */
    static constexpr int MaxColumns = 16384;
    /** Characters per cell (Excel's limit); longer text is cut. */
    static constexpr int MaxCellChars = 32767;
    /** Characters per sheet name (Excel's limit). */
    static constexpr int MaxSheetNameChars = 31;
    /** Rows of each sheet held back to size its columns. */
    static constexpr int ColumnSampleRows = 100;

    XlsxWriter();
    /** Discards the workbook unless close() succeeded. */
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    /**
     * Starts a workbook that close() will save as @p path. Returns false when
     * the temporary file cannot be created (for example the folder does not
     * exist or is read-only).
     */
    bool open(const QString &path);

    /**
     * Finishes the current sheet, if any, and starts a new one named @p name
     * whose first row is @p header (no header row when empty).
     *
     * The name is made valid for Excel: the characters [ ] : * ? / \ become "_",
     * leading and trailing apostrophes are dropped, it is cut to
     * MaxSheetNameChars characters, an empty name becomes "Sheet N" and a name
     * already used (ignoring case) gets a " (2)", " (3)"... suffix.
     * sheetNames() gives the names used.
     */
    bool addSheet(const QString &name, const QStringList &header);

    /**
     * Appends a row to the current sheet. Cell values by type:
     * - QString (and any type without a better mapping, via toString()): text;
     * - int, qint64, double... : a number. Integers beyond 15 digits and NaN or
     *   infinity are written as text, since Excel would alter them;
     * - bool: a boolean (TRUE / FALSE);
     * - QDate, QDateTime, QTime: ISO text ("2010-12-01", "2010-12-01 08:26:00",
     *   "08:26:00");
     * - a null QVariant or empty text: an empty cell.
     * Fails when no sheet was added, the sheet already has MaxRows rows or the
     * row has more than MaxColumns cells.
     */
    bool addRow(const QVariantList &cells);

    /**
     * Starts a row that the add...Cell() calls fill column by column and
     * endRow() finishes: the fast equivalent of addRow(). Fails like addRow()
     * when no sheet was added or the sheet is full.
     */
    bool beginRow();
    /** Adds a text cell from UTF-8 bytes (as a QString cell of addRow(); empty text is an empty cell). */
    bool addTextCell(QByteArrayView utf8);
    /** Adds a number cell (as a double cell of addRow()). */
    bool addNumberCell(double value);
    /** Adds an empty cell. */
    bool addEmptyCell();
    /** Finishes the row started by beginRow(). */
    bool endRow();

    /**
     * Finishes the workbook and atomically replaces the file at the path given
     * to open(). A workbook without sheets gets one empty sheet. Returns false
     * (and leaves the old file untouched) on any failure, including an earlier one.
     */
    bool close();

    /** Abandons the workbook: the temporary file is removed and the old file kept. */
    void cancel();

    /** True between a successful open() and close() or cancel(). */
    bool isOpen() const;

    /** Names of the sheets added so far, as written to the workbook. */
    QStringList sheetNames() const;

    /** Rows of the current sheet written so far, header included. */
    qint64 rowCount() const;

    /** Empty unless a call failed. Translated; names the file. */
    QString errorString() const;

private:
    struct Private;

    std::unique_ptr<Private> m_d;
};

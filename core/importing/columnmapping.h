#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

/**
 * @file
 * Target fields of each import kind and the mapping of file columns to them.
 *
 * All functions are pure (no shared state) and may be called from any thread.
 */

/** What a file holds, and so which table it is imported into. */
enum class ImportKind { Transactions, Customers, Products, Ratings, Experiment };

/**
 * Stable lower-case name of an import kind, as used by the CLI (`--kind`) and
 * stored in the project: "transactions", "customers", "products", "ratings",
 * "experiment". Not translated.
 */
QString importKindName(ImportKind kind);

/** Translated display name of an import kind ("Transactions", ...). */
QString importKindLabel(ImportKind kind);

/**
 * Translated display name of an import_runs.kind value: an import kind's label,
 * "Campaign responses" for response imports, anything else as it is.
 */
QString importRunKindLabel(const QString &storedKind);

/** Parses importKindName() output, case-insensitively; std::nullopt for anything else. */
std::optional<ImportKind> importKindFromName(QStringView name);

/** Every import kind, in declaration order. */
QList<ImportKind> allImportKinds();

/** The kind of value a target field holds, which decides how its cells are parsed. */
enum class FieldKind { Id, Text, Number, Date, Bool };

/** One field an import kind can fill from a file column. */
struct TargetField
{
    QString key;         ///< stable key, used by `--map key=Column` and in the project ("order_id")
    QString label;       ///< translated display name ("Order number")
    bool required = false;
    FieldKind kind = FieldKind::Text;
    QStringList aliases; ///< header names recognised for this field (English and Chinese)
};

/**
 * The fields of @p kind, in this order:
 * - transactions: order_id*, customer_id, sku*, description, quantity*,
 *   unit_price*, date*, country, email, customer_name, category
 * - customers: customer_id*, name, first_name, last_name, email, phone,
 *   gender, birth_date, city, country, signup_date, opt_out, income
 * - products: sku*, name, category, price
 * - ratings: customer_id*, sku*, rating*, timestamp
 * - experiment: customer_id, arm*
 * (* = required). The list is built on each call; callers that need it
 * repeatedly should keep a copy.
 */
QList<TargetField> targetFields(ImportKind kind);

/** The field of @p kind with @p key, or std::nullopt when @p kind has no such field. */
std::optional<TargetField> targetField(ImportKind kind, QStringView key);

/** Which column of a file feeds which target field. */
struct ColumnMapping
{
    /** The import kind the mapping is for; applyOverride() checks field keys against it. */
    ImportKind kind = ImportKind::Transactions;
    /** Field key -> 0-based column index. Each column feeds at most one field. */
    QHash<QString, int> columnOf;

    /** Column of @p field, or -1 when it is not mapped. */
    int column(const QString &field) const { return columnOf.value(field, -1); }

    /** True when @p field is mapped to a column. */
    bool isMapped(const QString &field) const { return columnOf.contains(field); }

    /** Field fed by @p column, or an empty string when the column is not used. */
    QString fieldOf(int column) const;

    /** Maps @p field to @p column; a field that used @p column before is unmapped. */
    void set(const QString &field, int column);

    /** Unmaps @p field. */
    void unset(const QString &field) { columnOf.remove(field); }
};

/**
 * Normalizes a header name or alias for matching: trims, folds full-width
 * forms to half-width (`ＩＤ` -> `ID`), lower-cases, and drops spaces, `_`,
 * `-`, `.` and a byte-order mark. "Customer ID", "customer_id" and
 * "CUSTOMER-ID" all become "customerid".
 */
QString normalizeHeaderName(QStringView name);

/**
 * True when @p header is the generated "Column 1", "Column 2", ... of a file
 * read without a header row (in English or in the current translation).
 */
bool isGeneratedHeader(const QStringList &header);

/**
 * Maps the columns of @p header to the fields of @p kind automatically.
 *
 * Required fields are placed before optional ones. A first pass takes
 * columns whose normalized name equals an alias; later passes take columns
 * whose name starts with, then contains, an alias of at least four
 * characters (two for Chinese aliases); a column named exactly like an alias
 * of some other field is never taken by these partial matches. Each column
 * feeds at most one field; fields left without a column are absent from the
 * result, and columns that match nothing (iFood's Recency) stay unused.
 *
 * A ratings file without a header (isGeneratedHeader()) is mapped by
 * position, as in MovieLens u.data and ratings.dat: customer_id = 0, sku = 1,
 * rating = 2, timestamp = 3.
 */
ColumnMapping autoMap(ImportKind kind, const QStringList &header);

/**
 * Applies `--map field=Column`: maps @p field of @p mapping's kind to the
 * column named @p columnName in @p header.
 *
 * The column is looked up by exact name, then case-insensitively, then by
 * normalized name, and finally as a 1-based column number ("3"). An empty
 * @p columnName unmaps the field. A field that used the column before is
 * unmapped, so later overrides win.
 *
 * Returns false and sets @p error (translated; may be null) for an unknown
 * field (listing the valid keys) or an unknown column (listing the columns);
 * @p mapping is then unchanged.
 */
bool applyOverride(ColumnMapping &mapping, const QString &field, const QString &columnName,
                   const QStringList &header, QString *error);

/** Keys of the required fields of @p kind that @p mapping leaves unmapped, in field order. */
QStringList missingRequired(ImportKind kind, const ColumnMapping &mapping);

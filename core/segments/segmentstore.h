#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

/** A segment to save: its name, how it was made, and its members. */
struct SegmentDraft
{
    QString name;
    QString kind;            ///< "rfm", "kmeans", "clv" or "rule"
    QString definitionJson;  ///< options or rule that produced it, as JSON text
    QList<qint64> customerIds;
};

/** A saved segment as listed on the Segments page and by `segment list`. */
struct SegmentInfo
{
    qint64 id = 0;
    QString name;
    QString kind;
    qint64 size = 0;
    QString createdAt;
};

/**
 * Saves and lists named segments in a project. Saving a segment whose name
 * exists replaces it (members and definition). All writes of one call are one
 * transaction. Thread-safety: uses the given Database on the calling thread.
 */
class SegmentStore
{
    Q_DECLARE_TR_FUNCTIONS(SegmentStore)
public:
    /**
     * Saves @p segments. When @p replaceKind is not empty, segments of that kind
     * that are not in @p segments are deleted first (a new RFM run replaces the
     * old RFM segments). Returns false with @p error on failure (nothing saved).
     */
    static bool save(Database &db, const QList<SegmentDraft> &segments, const QString &replaceKind, QString *error);
    static QList<SegmentInfo> list(Database &db, QString *error);
    static bool remove(Database &db, const QString &name, QString *error);
    /** Names of the segments a customer belongs to. */
    static QStringList segmentsOf(Database &db, qint64 customerId);
    /** A name is 1-80 characters without control characters. */
    static bool isValidName(const QString &name, QString *error);
    /**
     * The name of a segment as the user sees it. The RFM segments (Rfm::segmentNames())
     * and the lifetime-value tiers are stored in English, as stable keys that rules,
     * templates and the CLI use; this returns them in the UI language (context
     * "SegmentName"). Any other name, such as one the user typed, is returned as it is.
     * For display only: never store or compare the result. Thread-safe.
     */
    static QString displayName(const QString &name);
    /** How a segment was made, for readers: segments.kind ("rfm", "kmeans", "clv", "rule") translated. */
    static QString methodLabel(const QString &kind);
};

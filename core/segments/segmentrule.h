#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

class Database;

/** A rule compiled to SQL: a WHERE condition over customers `c` with its parameters. */
struct CompiledRule
{
    QString where;          ///< SQL condition; user values appear only as ? placeholders
    QVariantList params;    ///< values for the placeholders, in order
};

/**
 * Rule segments: conditions on customer fields and computed metrics, such as
 *
 *     country = "United Kingdom" AND (revenue > 1000 OR r >= 4) AND NOT bought_category = "Toys"
 *
 * Grammar: expression = term {OR term}; term = factor {AND factor};
 * factor = NOT factor | "(" expression ")" | FIELD OPERATOR VALUE. Operators:
 * = != < <= > >= CONTAINS STARTS_WITH. Values are numbers or quoted strings
 * ("..." or '...'). Keywords are case-insensitive. Fields are listed by
 * fields(); dates compare as ISO text (last_purchase >= "2011-06-01").
 *
 * Rules compile to parameterized SQL only: field names map to fixed SQL
 * expressions and every user value is bound as a parameter, never spliced into
 * the SQL text.
 */
class SegmentRule
{
    Q_DECLARE_TR_FUNCTIONS(SegmentRule)
public:
    struct Field
    {
        QString name;
        QString description; ///< translated
        bool numeric = false;
    };
    /** The fields a rule may use. */
    static QList<Field> fields();

    /** Compiles @p expression; on error returns false with a message naming the position. */
    static bool compile(const QString &expression, CompiledRule *out, QString *error);

    /** Ids of the customers matching @p rule. */
    static QList<qint64> members(Database &db, const CompiledRule &rule, QString *error);
};

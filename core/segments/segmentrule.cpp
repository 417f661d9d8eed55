#include "segmentrule.h"

#include "project/database.h"

#include <QHash>

namespace {

struct FieldSql
{
    const char *name;
    const char *sql;      // expression over c (customers) and s (customer_scores), or a template
    bool numeric;
    bool existsTemplate;  // sql is a condition with one ? for the value (membership tests)
    const char *description;
};

// Every SQL fragment here is fixed text; user values only ever become parameters.
const FieldSql kFields[] = {
    {"customer_id", "c.customer_key", false, false, QT_TRANSLATE_NOOP("SegmentRule", "Customer id")},
    {"name", "c.name", false, false, QT_TRANSLATE_NOOP("SegmentRule", "Name")},
    {"email", "c.email", false, false, QT_TRANSLATE_NOOP("SegmentRule", "E-mail address")},
    {"country", "c.country", false, false, QT_TRANSLATE_NOOP("SegmentRule", "Country")},
    {"city", "c.city", false, false, QT_TRANSLATE_NOOP("SegmentRule", "City")},
    {"gender", "c.gender", false, false, QT_TRANSLATE_NOOP("SegmentRule", "Gender")},
    {"signup_date", "c.signup_date", false, false, QT_TRANSLATE_NOOP("SegmentRule", "Sign-up date (YYYY-MM-DD)")},
    {"opt_out", "c.opt_out", true, false, QT_TRANSLATE_NOOP("SegmentRule", "Opted out (1) or not (0)")},
    {"income", "c.income", true, false, QT_TRANSLATE_NOOP("SegmentRule", "Income")},
    {"orders", "c.order_count", true, false, QT_TRANSLATE_NOOP("SegmentRule", "Number of orders")},
    {"revenue", "c.revenue", true, false, QT_TRANSLATE_NOOP("SegmentRule", "Total spend, returns subtracted")},
    {"first_purchase", "date(c.first_seen, 'unixepoch')", false, false,
     QT_TRANSLATE_NOOP("SegmentRule", "First purchase date (YYYY-MM-DD)")},
    {"last_purchase", "date(c.last_seen, 'unixepoch')", false, false,
     QT_TRANSLATE_NOOP("SegmentRule", "Last purchase date (YYYY-MM-DD)")},
    {"recency_days", "s.recency_days", true, false, QT_TRANSLATE_NOOP("SegmentRule", "RFM recency in days")},
    {"frequency", "s.frequency", true, false, QT_TRANSLATE_NOOP("SegmentRule", "RFM frequency (orders)")},
    {"monetary", "s.monetary", true, false, QT_TRANSLATE_NOOP("SegmentRule", "RFM monetary value")},
    {"r", "s.r", true, false, QT_TRANSLATE_NOOP("SegmentRule", "RFM recency score 1-5")},
    {"f", "s.f", true, false, QT_TRANSLATE_NOOP("SegmentRule", "RFM frequency score 1-5")},
    {"m", "s.m", true, false, QT_TRANSLATE_NOOP("SegmentRule", "RFM monetary score 1-5")},
    {"rfm_segment", "s.rfm_segment", false, false, QT_TRANSLATE_NOOP("SegmentRule", "RFM segment name")},
    {"clv", "s.clv_12m", true, false, QT_TRANSLATE_NOOP("SegmentRule", "Predicted 12-month value")},
    {"p_alive", "s.p_alive", true, false, QT_TRANSLATE_NOOP("SegmentRule", "Probability still active (0-1)")},
    {"segment", "c.id IN (SELECT m.customer_id FROM segment_members m JOIN segments g ON g.id = m.segment_id "
                "WHERE g.name %1 ?)", false, true, QT_TRANSLATE_NOOP("SegmentRule", "Member of a saved segment")},
    {"bought_product", "EXISTS (SELECT 1 FROM order_lines l JOIN products p ON p.id = l.product_id "
                       "WHERE l.customer_id = c.id AND l.is_return = 0 AND (p.sku %1 ? OR p.name %1 ?))",
     false, true, QT_TRANSLATE_NOOP("SegmentRule", "Bought a product (SKU or name)")},
    {"bought_category", "EXISTS (SELECT 1 FROM order_lines l JOIN products p ON p.id = l.product_id "
                        "WHERE l.customer_id = c.id AND l.is_return = 0 AND p.category %1 ?)",
     false, true, QT_TRANSLATE_NOOP("SegmentRule", "Bought from a category")},
};

const FieldSql *findField(const QString &name)
{
    for (const FieldSql &field : kFields) {
        if (name.compare(QLatin1String(field.name), Qt::CaseInsensitive) == 0)
            return &field;
    }
    return nullptr;
}

struct Token
{
    enum Kind { Word, Number, String, Operator, Open, Close, End } kind = End;
    QString text;
    int position = 0; // 1-based character position
};

class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text) {}

    bool parse(CompiledRule *out, QString *error)
    {
        if (!tokenize(error))
            return false;
        QString sql;
        if (!expression(&sql, out, error))
            return false;
        if (current().kind != Token::End)
            return fail(error, SegmentRule::tr("Unexpected \"%1\" at position %2.").arg(current().text).arg(current().position));
        out->where = sql;
        return true;
    }

private:
    const Token &current() const { return m_tokens.at(m_index); }
    bool isKeyword(const char *keyword) const
    {
        return current().kind == Token::Word && current().text.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
    }
    static bool fail(QString *error, const QString &message)
    {
        *error = message;
        return false;
    }

    bool tokenize(QString *error)
    {
        int i = 0;
        const int n = int(m_text.size());
        while (i < n) {
            const QChar c = m_text.at(i);
            if (c.isSpace()) {
                ++i;
                continue;
            }
            Token token;
            token.position = i + 1;
            if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
                token.kind = c == QLatin1Char('(') ? Token::Open : Token::Close;
                token.text = c;
                ++i;
            } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                const QChar quote = c;
                ++i;
                QString value;
                bool closed = false;
                while (i < n) {
                    if (m_text.at(i) == quote) {
                        if (i + 1 < n && m_text.at(i + 1) == quote) { // doubled quote
                            value += quote;
                            i += 2;
                            continue;
                        }
                        closed = true;
                        ++i;
                        break;
                    }
                    value += m_text.at(i++);
                }
                if (!closed)
                    return fail(error, SegmentRule::tr("The text starting at position %1 has no closing quote.")
                                           .arg(token.position));
                token.kind = Token::String;
                token.text = value;
            } else if (QStringLiteral("=!<>").contains(c)) {
                const QChar next = i + 1 < n ? m_text.at(i + 1) : QChar();
                QString op = c;
                int length = 1;
                if (next == QLatin1Char('=') || (c == QLatin1Char('<') && next == QLatin1Char('>'))) {
                    op += next;
                    length = 2;
                }
                if (op == QLatin1String("!"))
                    return fail(error, SegmentRule::tr("Unknown operator \"!\" at position %1; use != .").arg(token.position));
                if (op == QLatin1String("=="))
                    op = QStringLiteral("=");
                else if (op == QLatin1String("<>"))
                    op = QStringLiteral("!=");
                i += length;
                token.kind = Token::Operator;
                token.text = op;
            } else if (c.isDigit() || ((c == QLatin1Char('-') || c == QLatin1Char('.')) && i + 1 < n
                                       && m_text.at(i + 1).isDigit())) {
                int j = i + 1;
                while (j < n && (m_text.at(j).isDigit() || m_text.at(j) == QLatin1Char('.')))
                    ++j;
                token.kind = Token::Number;
                token.text = m_text.mid(i, j - i);
                i = j;
            } else if (c.isLetter() || c == QLatin1Char('_')) {
                int j = i + 1;
                while (j < n && (m_text.at(j).isLetterOrNumber() || m_text.at(j) == QLatin1Char('_')))
                    ++j;
                token.kind = Token::Word;
                token.text = m_text.mid(i, j - i);
                i = j;
            } else {
                return fail(error, SegmentRule::tr("Unexpected character \"%1\" at position %2.").arg(c).arg(token.position));
            }
            m_tokens.append(token);
        }
        Token end;
        end.kind = Token::End;
        end.position = n + 1;
        m_tokens.append(end);
        if (m_tokens.size() == 1)
            return fail(error, SegmentRule::tr("The rule is empty. Write a condition such as revenue > 1000."));
        return true;
    }

    bool expression(QString *sql, CompiledRule *out, QString *error)
    {
        QString left;
        if (!term(&left, out, error))
            return false;
        while (isKeyword("OR")) {
            ++m_index;
            QString right;
            if (!term(&right, out, error))
                return false;
            left = QStringLiteral("(%1 OR %2)").arg(left, right);
        }
        *sql = left;
        return true;
    }

    bool term(QString *sql, CompiledRule *out, QString *error)
    {
        QString left;
        if (!factor(&left, out, error))
            return false;
        while (isKeyword("AND")) {
            ++m_index;
            QString right;
            if (!factor(&right, out, error))
                return false;
            left = QStringLiteral("(%1 AND %2)").arg(left, right);
        }
        *sql = left;
        return true;
    }

    bool factor(QString *sql, CompiledRule *out, QString *error)
    {
        if (++m_depth > 64)
            return fail(error, SegmentRule::tr("The rule nests too deeply."));
        const bool ok = factorInner(sql, out, error);
        --m_depth;
        return ok;
    }

    bool factorInner(QString *sql, CompiledRule *out, QString *error)
    {
        if (isKeyword("NOT")) {
            ++m_index;
            QString inner;
            if (!factor(&inner, out, error))
                return false;
            *sql = QStringLiteral("(NOT coalesce(%1, 0))").arg(inner);
            return true;
        }
        if (current().kind == Token::Open) {
            ++m_index;
            if (!expression(sql, out, error))
                return false;
            if (current().kind != Token::Close)
                return fail(error, SegmentRule::tr("A \")\" is missing at position %1.").arg(current().position));
            ++m_index;
            return true;
        }
        if (current().kind != Token::Word)
            return fail(error, SegmentRule::tr("Expected a field name at position %1, found \"%2\".")
                                   .arg(current().position).arg(current().text));
        const Token fieldToken = current();
        const FieldSql *field = findField(fieldToken.text);
        if (!field) {
            QStringList names;
            for (const FieldSql &f : kFields)
                names.append(QLatin1String(f.name));
            return fail(error, SegmentRule::tr("Unknown field \"%1\" at position %2. Fields: %3.")
                                   .arg(fieldToken.text).arg(fieldToken.position).arg(names.join(QStringLiteral(", "))));
        }
        ++m_index;
        QString op;
        if (current().kind == Token::Operator) {
            op = current().text;
        } else if (isKeyword("CONTAINS") || isKeyword("STARTS_WITH")) {
            op = current().text.toUpper();
        } else {
            return fail(error, SegmentRule::tr("Expected an operator (= != < <= > >= CONTAINS STARTS_WITH) after %1 "
                                               "at position %2.").arg(fieldToken.text).arg(current().position));
        }
        const int opPosition = current().position;
        ++m_index;
        const Token value = current();
        if (value.kind != Token::Number && value.kind != Token::String)
            return fail(error, SegmentRule::tr("Expected a number or a quoted text at position %1.").arg(value.position));
        ++m_index;

        QVariant parameter;
        if (value.kind == Token::Number) {
            bool ok = false;
            const double number = value.text.toDouble(&ok);
            if (!ok)
                return fail(error, SegmentRule::tr("\"%1\" at position %2 is not a number.").arg(value.text).arg(value.position));
            parameter = number;
        } else {
            if (field->numeric)
                return fail(error, SegmentRule::tr("%1 is a number; compare it with a number, not text (position %2).")
                                       .arg(fieldToken.text).arg(value.position));
            parameter = value.text;
        }
        QString sqlOp = op;
        if (op == QLatin1String("CONTAINS") || op == QLatin1String("STARTS_WITH")) {
            if (field->numeric)
                return fail(error, SegmentRule::tr("%1 works on text, not on the number field %2 (position %3).")
                                       .arg(op, fieldToken.text).arg(opPosition));
            QString text = parameter.toString();
            text.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%"))
                .replace(QLatin1Char('_'), QStringLiteral("\\_"));
            parameter = op == QLatin1String("CONTAINS") ? QStringLiteral("%") + text + QStringLiteral("%")
                                                        : text + QStringLiteral("%");
            sqlOp = QStringLiteral("LIKE");
        }
        const QString sqlText = QString::fromLatin1(field->sql);
        if (field->existsTemplate) {
            if (op != QLatin1String("=") && op != QLatin1String("CONTAINS") && op != QLatin1String("STARTS_WITH"))
                return fail(error, SegmentRule::tr("%1 takes =, CONTAINS or STARTS_WITH (position %2); use NOT to negate.")
                                       .arg(fieldToken.text).arg(opPosition));
            const QString like = sqlOp == QLatin1String("LIKE") ? QStringLiteral("LIKE") : QStringLiteral("=");
            QString condition = sqlText.arg(like);
            if (like == QLatin1String("LIKE"))
                condition.replace(QStringLiteral("LIKE ?"), QStringLiteral("LIKE ? ESCAPE '\\'"));
            const int placeholders = int(condition.count(QLatin1Char('?')));
            for (int k = 0; k < placeholders; ++k)
                out->params.append(parameter);
            *sql = condition;
            return true;
        }
        if (sqlOp == QLatin1String("LIKE"))
            *sql = QStringLiteral("(%1 LIKE ? ESCAPE '\\')").arg(sqlText);
        else
            *sql = QStringLiteral("(%1 %2 ?)").arg(sqlText, sqlOp);
        out->params.append(parameter);
        return true;
    }

    QString m_text;
    QList<Token> m_tokens;
    int m_index = 0;
    int m_depth = 0;
};

} // namespace

QList<SegmentRule::Field> SegmentRule::fields()
{
    QList<Field> result;
    for (const FieldSql &field : kFields)
        result.append({QLatin1String(field.name), tr(field.description), field.numeric});
    return result;
}

bool SegmentRule::compile(const QString &expression, CompiledRule *out, QString *error)
{
    *out = CompiledRule();
    Parser parser(expression);
    return parser.parse(out, error);
}

QList<qint64> SegmentRule::members(Database &db, const CompiledRule &rule, QString *error)
{
    QList<qint64> ids;
    Statement stmt = db.prepare(QStringLiteral(
        "SELECT c.id FROM customers c LEFT JOIN customer_scores s ON s.customer_id = c.id WHERE %1 ORDER BY c.id")
                                    .arg(rule.where));
    if (!stmt.isValid()) {
        *error = tr("The rule could not run: %1").arg(db.errorString());
        return ids;
    }
    stmt.bindAll(rule.params);
    while (stmt.step())
        ids.append(stmt.columnInt64(0));
    if (stmt.hasError())
        *error = tr("The rule could not run: %1").arg(db.errorString());
    return ids;
}

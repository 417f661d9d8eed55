#include "messagetemplate.h"

#include <QHash>

namespace {

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

} // namespace

const QStringList &MessageTemplate::fieldNames()
{
    static const QStringList names = {
        QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("name"),
        QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("customer_id"),
        QStringLiteral("country"), QStringLiteral("city"), QStringLiteral("language"),
        QStringLiteral("revenue"), QStringLiteral("order_count"), QStringLiteral("clv"),
        QStringLiteral("segment"), QStringLiteral("rfm_segment"), QStringLiteral("offer"),
        QStringLiteral("coupon"), QStringLiteral("discount"), QStringLiteral("campaign"),
        QStringLiteral("rec1.name"), QStringLiteral("rec1.sku"), QStringLiteral("rec2.name"),
        QStringLiteral("rec2.sku"), QStringLiteral("rec3.name"), QStringLiteral("rec3.sku"),
    };
    return names;
}

int MessageTemplate::fieldIndex(const QString &name)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> map;
        const QStringList &names = fieldNames();
        for (int i = 0; i < names.size(); ++i)
            map.insert(names.at(i), i);
        return map;
    }();
    return index.value(name, -1);
}

bool MessageTemplate::fail(int pos, const QString &message)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < pos && i < m_source.size(); ++i) {
        if (m_source.at(i) == QLatin1Char('\n')) {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    m_error = tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
    m_valid = false;
    return false;
}

bool MessageTemplate::parse(const QString &text)
{
    m_source = text;
    m_nodes.clear();
    m_used = 0;
    m_error.clear();
    m_valid = false;
    int pos = 0;
    Stop stop = Stop::End;
    int tagPos = 0;
    QString tagArgs;
    if (!parseBlock(m_nodes, pos, &stop, &tagPos, &tagArgs)) {
        m_nodes.clear();
        return false;
    }
    if (stop != Stop::End) {
        const QString tag = stop == Stop::Elif ? QStringLiteral("{% elif %}")
                          : stop == Stop::Else ? QStringLiteral("{% else %}")
                                               : QStringLiteral("{% endif %}");
        m_nodes.clear();
        return fail(tagPos, tr("%1 without {% if %}").arg(tag));
    }
    m_valid = true;
    return true;
}

bool MessageTemplate::parseCondition(const QString &text, int tagPos, Condition *condition)
{
    QString expr = text.trimmed();
    if (expr.isEmpty())
        return fail(tagPos, tr("{% if %} needs a condition, such as {% if segment == \"Champions\" %}"));
    Condition result;
    QString fieldName;
    const int eq = expr.indexOf(QLatin1String("=="));
    const int ne = expr.indexOf(QLatin1String("!="));
    const int opPos = eq >= 0 && (ne < 0 || eq < ne) ? eq : ne;
    if (opPos >= 0) {
        result.op = opPos == eq ? Condition::Equal : Condition::NotEqual;
        fieldName = expr.left(opPos).trimmed();
        QString literal = expr.mid(opPos + 2).trimmed();
        if (literal.size() >= 2 && (literal.front() == QLatin1Char('"') || literal.front() == QLatin1Char('\''))) {
            if (literal.back() != literal.front())
                return fail(tagPos, tr("unterminated text %1 in a condition").arg(literal));
            literal = literal.mid(1, literal.size() - 2);
        } else if (literal.isEmpty() || literal.contains(QLatin1Char(' '))
                   || literal.front() == QLatin1Char('"') || literal.front() == QLatin1Char('\'')) {
            return fail(tagPos, tr("expected quoted text after %1 in \"%2\"")
                                    .arg(result.op == Condition::Equal ? QStringLiteral("==") : QStringLiteral("!="), expr));
        }
        result.literal = literal;
    } else if (expr.startsWith(QLatin1String("not "))) {
        result.op = Condition::Falsy;
        fieldName = expr.mid(4).trimmed();
    } else {
        result.op = Condition::Truthy;
        fieldName = expr;
    }
    result.field = fieldIndex(fieldName);
    if (result.field < 0)
        return fail(tagPos, tr("unknown field \"%1\" in a condition; known fields: %2")
                                .arg(fieldName, fieldNames().join(QStringLiteral(", "))));
    m_used |= 1u << result.field;
    *condition = result;
    return true;
}

bool MessageTemplate::parseBlock(std::vector<Node> &out, int &pos, Stop *stop, int *tagPos, QString *tagArgs)
{
    const QString &s = m_source;
    const int n = s.size();
    QString text;
    auto flushText = [&] {
        if (!text.isEmpty()) {
            Node node;
            node.kind = Node::Text;
            node.text = text;
            out.push_back(std::move(node));
            text.clear();
        }
    };
    while (pos < n) {
        int idx = s.indexOf(QLatin1Char('{'), pos);
        while (idx >= 0 && (idx + 1 >= n || (s.at(idx + 1) != QLatin1Char('{') && s.at(idx + 1) != QLatin1Char('%'))))
            idx = s.indexOf(QLatin1Char('{'), idx + 1);
        if (idx < 0) {
            text += QStringView(s).mid(pos);
            pos = n;
            break;
        }
        text += QStringView(s).mid(pos, idx - pos);
        if (s.at(idx + 1) == QLatin1Char('{')) {
            const int close = s.indexOf(QLatin1String("}}"), idx + 2);
            if (close < 0)
                return fail(idx, tr("{{ without }}"));
            const QString inner = s.mid(idx + 2, close - idx - 2);
            const int bar = inner.indexOf(QLatin1Char('|'));
            const QString name = (bar < 0 ? inner : inner.left(bar)).trimmed();
            if (name.isEmpty())
                return fail(idx, tr("empty merge field {{ }}"));
            const int field = fieldIndex(name);
            if (field < 0)
                return fail(idx, tr("unknown field {{%1}}; known fields: %2")
                                     .arg(name, fieldNames().join(QStringLiteral(", "))));
            flushText();
            Node node;
            node.kind = Node::Merge;
            node.field = field;
            node.hasDefault = bar >= 0;
            if (node.hasDefault)
                node.text = inner.mid(bar + 1).trimmed();
            out.push_back(std::move(node));
            m_used |= 1u << field;
            pos = close + 2;
            continue;
        }
        // {% tag %}
        const int close = s.indexOf(QLatin1String("%}"), idx + 2);
        if (close < 0)
            return fail(idx, tr("{% without %}"));
        const QString inner = s.mid(idx + 2, close - idx - 2).trimmed();
        int split = 0;
        while (split < inner.size() && !inner.at(split).isSpace())
            ++split;
        const QString keyword = inner.left(split);
        const QString args = inner.mid(split).trimmed();
        pos = close + 2;
        // A line holding only this tag leaves no trace in the output.
        const int lineStart = idx > 0 ? s.lastIndexOf(QLatin1Char('\n'), idx - 1) + 1 : 0;
        bool onlyBlankBefore = true;
        for (int i = lineStart; i < idx && onlyBlankBefore; ++i)
            onlyBlankBefore = isBlank(s.at(i));
        int after = pos;
        while (after < n && isBlank(s.at(after)))
            ++after;
        if (onlyBlankBefore && (after == n || s.at(after) == QLatin1Char('\n'))) {
            text.chop(qMin<int>(text.size(), idx - lineStart));
            pos = after < n ? after + 1 : n;
        }

        if (keyword == QLatin1String("if")) {
            flushText();
            Node node;
            node.kind = Node::If;
            Condition condition;
            if (!parseCondition(args, idx, &condition))
                return false;
            bool seenElse = false;
            for (;;) {
                Branch branch;
                branch.condition = condition;
                Stop innerStop = Stop::End;
                int innerPos = 0;
                QString innerArgs;
                if (!parseBlock(branch.body, pos, &innerStop, &innerPos, &innerArgs))
                    return false;
                node.branches.push_back(std::move(branch));
                if (innerStop == Stop::End)
                    return fail(idx, tr("{% if %} without {% endif %}"));
                if (innerStop == Stop::Endif)
                    break;
                if (seenElse)
                    return fail(innerPos, innerStop == Stop::Elif ? tr("{% elif %} after {% else %}")
                                                                  : tr("a second {% else %} in one {% if %}"));
                if (innerStop == Stop::Elif) {
                    if (!parseCondition(innerArgs, innerPos, &condition))
                        return false;
                } else {
                    if (!innerArgs.isEmpty())
                        return fail(innerPos, tr("{% else %} takes no condition; use {% elif %}"));
                    seenElse = true;
                    condition = Condition();
                }
            }
            out.push_back(std::move(node));
        } else if (keyword == QLatin1String("elif") || keyword == QLatin1String("else")
                   || keyword == QLatin1String("endif")) {
            if (keyword == QLatin1String("endif") && !args.isEmpty())
                return fail(idx, tr("{% endif %} takes no condition"));
            flushText();
            *stop = keyword == QLatin1String("elif") ? Stop::Elif
                  : keyword == QLatin1String("else") ? Stop::Else
                                                     : Stop::Endif;
            *tagPos = idx;
            *tagArgs = args;
            return true;
        } else {
            return fail(idx, tr("unknown tag {% %1 %}; use if, elif, else or endif").arg(keyword));
        }
    }
    flushText();
    *stop = Stop::End;
    return true;
}

void MessageTemplate::renderNodes(const std::vector<Node> &nodes, QString &out, const Values &values, quint32 *missing)
{
    for (const Node &node : nodes) {
        switch (node.kind) {
        case Node::Text:
            out += node.text;
            break;
        case Node::Merge: {
            const QString &value = values[size_t(node.field)];
            if (!value.isEmpty()) {
                out += value;
            } else if (node.hasDefault) {
                out += node.text;
            } else if (missing) {
                *missing |= 1u << node.field;
            }
            break;
        }
        case Node::If:
            for (const Branch &branch : node.branches) {
                const Condition &c = branch.condition;
                bool taken = true;
                if (c.op != Condition::Always) {
                    const QString &value = values[size_t(c.field)];
                    switch (c.op) {
                    case Condition::Truthy: taken = !value.isEmpty(); break;
                    case Condition::Falsy: taken = value.isEmpty(); break;
                    case Condition::Equal: taken = value == c.literal; break;
                    case Condition::NotEqual: taken = value != c.literal; break;
                    case Condition::Always: break;
                    }
                }
                if (taken) {
                    renderNodes(branch.body, out, values, missing);
                    break;
                }
            }
            break;
        }
    }
}

void MessageTemplate::renderTo(QString &out, const Values &values, quint32 *missing) const
{
    renderNodes(m_nodes, out, values, missing);
}

QString MessageTemplate::render(const Values &values, quint32 *missing) const
{
    QString out;
    renderNodes(m_nodes, out, values, missing);
    return out;
}

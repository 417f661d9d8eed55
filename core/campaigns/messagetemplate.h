#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

/**
 * A personalized message template (subject or body of a campaign message),
 * parsed once into nodes and rendered per customer.
 *
 * Syntax:
 * - Merge fields: `{{first_name}}`, with a default after a bar:
 *   `{{first_name|there}}` renders "there" when the customer has no first name.
 *   White space around the name and the default is ignored. The fields are
 *   listed in fieldNames(): customer (first_name, last_name, name, email, phone,
 *   customer_id, country, city, language, revenue, order_count, clv), segment
 *   (segment = the customer's RFM segment, or the campaign's source segment when
 *   the customer has no RFM score; rfm_segment), offer (offer, coupon, discount),
 *   campaign, and recommended products rec1.name, rec1.sku .. rec3.name, rec3.sku.
 *   An unknown field is a parse error, never a blank.
 * - Conditionals: `{% if COND %}...{% elif COND %}...{% else %}...{% endif %}`,
 *   nestable. COND is `field == "text"`, `field != "text"` (single or double
 *   quotes), `field` (true when not empty) or `not field`.
 * - A line holding only a `{% %}` tag (and white space) leaves no blank line:
 *   the white space before the tag and the line break after it are dropped.
 *
 * Errors give the line and column (1-based) of the offending tag, for example
 * "line 2, column 5: {% if %} without {% endif %}".
 *
 * A parsed template is immutable; render() is const and thread-safe.
 */
class MessageTemplate
{
    Q_DECLARE_TR_FUNCTIONS(MessageTemplate)
public:
    enum Field {
        FirstName, LastName, Name, Email, Phone, CustomerId, Country, City, Language,
        Revenue, OrderCount, Clv, Segment, RfmSegment, Offer, Coupon, Discount, Campaign,
        Rec1Name, Rec1Sku, Rec2Name, Rec2Sku, Rec3Name, Rec3Sku,
        FieldCount
    };
    /** One customer's merge values, indexed by Field. */
    using Values = std::array<QString, FieldCount>;

    /** Template names of the fields, indexed by Field ("first_name", "rec1.name"...). */
    static const QStringList &fieldNames();
    /** Field of a template name, or -1 when unknown. */
    static int fieldIndex(const QString &name);

    MessageTemplate() = default;

    /** Parses @p text; false with errorString() (line, column, what) on a syntax error. */
    bool parse(const QString &text);
    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }
    QString source() const { return m_source; }

    /**
     * Renders the template for one customer. When @p missing is given, the bits
     * (1 << Field) of fields that were rendered empty without a default are
     * OR-ed into it (only fields in the branches actually taken count).
     */
    QString render(const Values &values, quint32 *missing = nullptr) const;
    /** As render(), appending to @p out. */
    void renderTo(QString &out, const Values &values, quint32 *missing = nullptr) const;

    /** Fields merged or tested anywhere in the template, as a bit set (1 << Field). */
    quint32 usedFields() const { return m_used; }

private:
    struct Node;
    struct Condition
    {
        enum Op { Always, Truthy, Falsy, Equal, NotEqual };
        Op op = Always;
        int field = -1;
        QString literal;
    };
    struct Branch
    {
        Condition condition;
        std::vector<Node> body;
    };
    struct Node
    {
        enum Kind { Text, Merge, If };
        Kind kind = Text;
        QString text;           // Text: the text; Merge: the default
        int field = -1;         // Merge
        bool hasDefault = false;
        std::vector<Branch> branches; // If
    };
    enum class Stop { End, Elif, Else, Endif };

    bool parseBlock(std::vector<Node> &out, int &pos, Stop *stop, int *tagPos, QString *tagArgs);
    bool parseCondition(const QString &text, int tagPos, Condition *condition);
    bool fail(int pos, const QString &message);
    static void renderNodes(const std::vector<Node> &nodes, QString &out, const Values &values, quint32 *missing);

    QString m_source;
    std::vector<Node> m_nodes;
    quint32 m_used = 0;
    bool m_valid = false;
    QString m_error;
};

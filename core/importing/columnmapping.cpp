#include "columnmapping.h"

#include <QCoreApplication>
#include <QSet>

#include <utility>

/** Translation context of the column mapping's user-visible text. */
class ColumnMapper
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapper)
};

namespace {

// Aliases shared by several kinds. Order matters: when a header holds two
// columns that both match, the one matching the earlier alias wins.

QStringList customerIdAliases()
{
    return {QStringLiteral("CustomerID"), QStringLiteral("customer_id"), QStringLiteral("customer_no"),
            QStringLiteral("customer_number"), QStringLiteral("cust_id"), QStringLiteral("client_id"),
            QStringLiteral("user_id"), QStringLiteral("userId"), QStringLiteral("member_id"),
            QStringLiteral("buyer_id"), QStringLiteral("客户ID"), QStringLiteral("客户编号"),
            QStringLiteral("客户号"), QStringLiteral("会员ID"), QStringLiteral("会员编号"),
            QStringLiteral("会员号"), QStringLiteral("用户ID"), QStringLiteral("用户编号")};
}

QStringList skuAliases()
{
    return {QStringLiteral("StockCode"), QStringLiteral("stock_code"), QStringLiteral("SKU"),
            QStringLiteral("product_id"), QStringLiteral("product_code"), QStringLiteral("item_id"),
            QStringLiteral("ItemID"), QStringLiteral("item_code"), QStringLiteral("movie_id"),
            QStringLiteral("movieId"), QStringLiteral("商品编码"), QStringLiteral("商品编号"),
            QStringLiteral("商品ID"), QStringLiteral("货号"), QStringLiteral("产品编码"),
            QStringLiteral("产品ID"), QStringLiteral("SKU编码")};
}

QStringList emailAliases()
{
    return {QStringLiteral("Email"), QStringLiteral("e-mail"), QStringLiteral("email_address"),
            QStringLiteral("mail"), QStringLiteral("邮箱"), QStringLiteral("电子邮件"),
            QStringLiteral("电子邮箱")};
}

QStringList countryAliases()
{
    return {QStringLiteral("Country"), QStringLiteral("国家"), QStringLiteral("国家/地区")};
}

QStringList categoryAliases()
{
    return {QStringLiteral("category"), QStringLiteral("product_category"), QStringLiteral("item_category"),
            QStringLiteral("categories"), QStringLiteral("品类"), QStringLiteral("类别"),
            QStringLiteral("分类"), QStringLiteral("商品类别"), QStringLiteral("商品分类")};
}

TargetField field(const char *key, const QString &label, bool required, FieldKind kind, QStringList aliases)
{
    return TargetField{QString::fromLatin1(key), label, required, kind, std::move(aliases)};
}

TargetField customerIdField(ImportKind kind)
{
    QStringList aliases = customerIdAliases();
    if (kind == ImportKind::Customers)
        aliases.append(QStringLiteral("ID"));
    // Order lines may be anonymous and experiment rows get row numbers without one.
    const bool required = kind == ImportKind::Customers || kind == ImportKind::Ratings;
    return field("customer_id", ColumnMapper::tr("Customer ID"), required, FieldKind::Id, aliases);
}

TargetField skuField()
{
    return field("sku", ColumnMapper::tr("Product code (SKU)"), true, FieldKind::Id, skuAliases());
}

/** True for aliases written in CJK (or any other non-Latin script). */
bool isNonAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() > 0x7F)
            return true;
    }
    return false;
}

/** Whether a (normalized) alias is specific enough to match part of a header name. */
bool usableForPartialMatch(const QString &alias)
{
    return alias.size() >= (isNonAscii(alias) ? 2 : 4);
}

/** @p fields reordered so that required fields come first, keeping the order otherwise. */
QList<TargetField> requiredFirst(const QList<TargetField> &fields)
{
    QList<TargetField> ordered;
    ordered.reserve(fields.size());
    for (const TargetField &f : fields) {
        if (f.required)
            ordered.append(f);
    }
    for (const TargetField &f : fields) {
        if (!f.required)
            ordered.append(f);
    }
    return ordered;
}

QString joinQuoted(const QStringList &names, int limit)
{
    QStringList quoted;
    for (int i = 0; i < names.size() && i < limit; ++i)
        quoted.append(QStringLiteral("\"%1\"").arg(names.at(i)));
    if (names.size() > limit)
        quoted.append(QStringLiteral("…"));
    return quoted.join(QStringLiteral(", "));
}

} // namespace

QString importKindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Transactions: return QStringLiteral("transactions");
    case ImportKind::Customers: return QStringLiteral("customers");
    case ImportKind::Products: return QStringLiteral("products");
    case ImportKind::Ratings: return QStringLiteral("ratings");
    case ImportKind::Experiment: return QStringLiteral("experiment");
    }
    return QString();
}

QString importKindLabel(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Transactions: return ColumnMapper::tr("Transactions");
    case ImportKind::Customers: return ColumnMapper::tr("Customers");
    case ImportKind::Products: return ColumnMapper::tr("Products");
    case ImportKind::Ratings: return ColumnMapper::tr("Ratings");
    case ImportKind::Experiment: return ColumnMapper::tr("Experiment");
    }
    return QString();
}

QString importRunKindLabel(const QString &storedKind)
{
    if (const std::optional<ImportKind> kind = importKindFromName(storedKind))
        return importKindLabel(*kind);
    if (storedKind == QLatin1String("campaign_responses"))
        return ColumnMapper::tr("Campaign responses");
    return storedKind;
}

std::optional<ImportKind> importKindFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (ImportKind kind : allImportKinds()) {
        if (trimmed.compare(importKindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QList<ImportKind> allImportKinds()
{
    return {ImportKind::Transactions, ImportKind::Customers, ImportKind::Products, ImportKind::Ratings,
            ImportKind::Experiment};
}

QList<TargetField> targetFields(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Transactions:
        return {
            field("order_id", ColumnMapper::tr("Order number"), true, FieldKind::Id,
                  {QStringLiteral("InvoiceNo"), QStringLiteral("Invoice"), QStringLiteral("invoice_number"),
                   QStringLiteral("invoice_id"), QStringLiteral("order_id"), QStringLiteral("OrderID"),
                   QStringLiteral("order_no"), QStringLiteral("order number"), QStringLiteral("订单号"),
                   QStringLiteral("订单编号"), QStringLiteral("订单ID")}),
            customerIdField(kind),
            skuField(),
            field("description", ColumnMapper::tr("Description"), false, FieldKind::Text,
                  {QStringLiteral("Description"), QStringLiteral("product_name"), QStringLiteral("item_name"),
                   QStringLiteral("product_description"), QStringLiteral("item_description"),
                   QStringLiteral("商品名称"), QStringLiteral("品名"), QStringLiteral("产品名称"),
                   QStringLiteral("商品描述")}),
            field("quantity", ColumnMapper::tr("Quantity"), true, FieldKind::Number,
                  {QStringLiteral("Quantity"), QStringLiteral("qty"), QStringLiteral("quantity_ordered"),
                   QStringLiteral("units"), QStringLiteral("数量"), QStringLiteral("购买数量"),
                   QStringLiteral("件数")}),
            field("unit_price", ColumnMapper::tr("Unit price"), true, FieldKind::Number,
                  {QStringLiteral("UnitPrice"), QStringLiteral("price"), QStringLiteral("unit_price"),
                   QStringLiteral("price_each"), QStringLiteral("单价"), QStringLiteral("价格"),
                   QStringLiteral("售价"), QStringLiteral("成交单价")}),
            field("date", ColumnMapper::tr("Order date"), true, FieldKind::Date,
                  {QStringLiteral("InvoiceDate"), QStringLiteral("date"), QStringLiteral("order_date"),
                   QStringLiteral("order_time"), QStringLiteral("purchase_date"), QStringLiteral("timestamp"),
                   QStringLiteral("datetime"), QStringLiteral("下单时间"), QStringLiteral("订单日期"),
                   QStringLiteral("日期"), QStringLiteral("时间"), QStringLiteral("购买时间"),
                   QStringLiteral("交易时间"), QStringLiteral("付款时间")}),
            field("country", ColumnMapper::tr("Country"), false, FieldKind::Text, countryAliases()),
            field("email", ColumnMapper::tr("Email"), false, FieldKind::Text, emailAliases()),
            field("customer_name", ColumnMapper::tr("Customer name"), false, FieldKind::Text,
                  {QStringLiteral("customer_name"), QStringLiteral("client_name"), QStringLiteral("buyer_name"),
                   QStringLiteral("客户名称"), QStringLiteral("客户姓名"), QStringLiteral("会员名称"),
                   QStringLiteral("姓名")}),
            field("category", ColumnMapper::tr("Category"), false, FieldKind::Text, categoryAliases()),
        };
    case ImportKind::Customers:
        return {
            customerIdField(kind),
            field("name", ColumnMapper::tr("Name"), false, FieldKind::Text,
                  {QStringLiteral("name"), QStringLiteral("full_name"), QStringLiteral("customer_name"),
                   QStringLiteral("client_name"), QStringLiteral("姓名"), QStringLiteral("客户名称"),
                   QStringLiteral("客户姓名"), QStringLiteral("会员名称")}),
            field("first_name", ColumnMapper::tr("First name"), false, FieldKind::Text,
                  {QStringLiteral("first_name"), QStringLiteral("given_name"), QStringLiteral("forename"),
                   QStringLiteral("名字")}),
            field("last_name", ColumnMapper::tr("Last name"), false, FieldKind::Text,
                  {QStringLiteral("last_name"), QStringLiteral("surname"), QStringLiteral("family_name"),
                   QStringLiteral("姓氏")}),
            field("email", ColumnMapper::tr("Email"), false, FieldKind::Text, emailAliases()),
            field("phone", ColumnMapper::tr("Phone"), false, FieldKind::Text,
                  {QStringLiteral("phone"), QStringLiteral("phone_number"), QStringLiteral("mobile"),
                   QStringLiteral("mobile_phone"), QStringLiteral("telephone"), QStringLiteral("tel"),
                   QStringLiteral("cellphone"), QStringLiteral("手机"), QStringLiteral("手机号"),
                   QStringLiteral("手机号码"), QStringLiteral("电话"), QStringLiteral("联系电话"),
                   QStringLiteral("电话号码")}),
            field("gender", ColumnMapper::tr("Gender"), false, FieldKind::Text,
                  {QStringLiteral("gender"), QStringLiteral("sex"), QStringLiteral("性别")}),
            field("birth_date", ColumnMapper::tr("Birth date or year"), false, FieldKind::Date,
                  {QStringLiteral("birth_date"), QStringLiteral("date_of_birth"), QStringLiteral("dob"),
                   QStringLiteral("birthday"), QStringLiteral("Year_Birth"), QStringLiteral("birth_year"),
                   QStringLiteral("year_of_birth"), QStringLiteral("出生日期"), QStringLiteral("生日"),
                   QStringLiteral("出生年份")}),
            field("city", ColumnMapper::tr("City"), false, FieldKind::Text,
                  {QStringLiteral("city"), QStringLiteral("town"), QStringLiteral("城市"),
                   QStringLiteral("所在城市")}),
            field("country", ColumnMapper::tr("Country"), false, FieldKind::Text, countryAliases()),
            field("signup_date", ColumnMapper::tr("Sign-up date"), false, FieldKind::Date,
                  {QStringLiteral("signup_date"), QStringLiteral("sign_up_date"), QStringLiteral("Dt_Customer"),
                   QStringLiteral("registration_date"), QStringLiteral("registered_at"),
                   QStringLiteral("join_date"), QStringLiteral("created_at"), QStringLiteral("customer_since"),
                   QStringLiteral("注册时间"), QStringLiteral("注册日期"), QStringLiteral("入会时间"),
                   QStringLiteral("入会日期")}),
            field("opt_out", ColumnMapper::tr("Opted out"), false, FieldKind::Bool,
                  {QStringLiteral("opt_out"), QStringLiteral("unsubscribed"), QStringLiteral("unsubscribe"),
                   QStringLiteral("email_opt_out"), QStringLiteral("do_not_contact"), QStringLiteral("do_not_email"),
                   QStringLiteral("退订"), QStringLiteral("取消订阅"), QStringLiteral("拒收")}),
            field("income", ColumnMapper::tr("Income"), false, FieldKind::Number,
                  {QStringLiteral("income"), QStringLiteral("annual_income"), QStringLiteral("household_income"),
                   QStringLiteral("salary"), QStringLiteral("收入"), QStringLiteral("年收入"),
                   QStringLiteral("月收入")}),
        };
    case ImportKind::Products:
        return {
            skuField(),
            field("name", ColumnMapper::tr("Product name"), false, FieldKind::Text,
                  {QStringLiteral("name"), QStringLiteral("product_name"), QStringLiteral("item_name"),
                   QStringLiteral("Description"), QStringLiteral("title"), QStringLiteral("product"),
                   QStringLiteral("商品名称"), QStringLiteral("品名"), QStringLiteral("名称"),
                   QStringLiteral("产品名称")}),
            field("category", ColumnMapper::tr("Category"), false, FieldKind::Text,
                  categoryAliases() + QStringList{QStringLiteral("genre"), QStringLiteral("genres")}),
            field("price", ColumnMapper::tr("Price"), false, FieldKind::Number,
                  {QStringLiteral("price"), QStringLiteral("UnitPrice"), QStringLiteral("list_price"),
                   QStringLiteral("价格"), QStringLiteral("单价"), QStringLiteral("售价")}),
        };
    case ImportKind::Ratings:
        return {
            customerIdField(kind),
            skuField(),
            field("rating", ColumnMapper::tr("Rating"), true, FieldKind::Number,
                  {QStringLiteral("rating"), QStringLiteral("score"), QStringLiteral("stars"),
                   QStringLiteral("star_rating"), QStringLiteral("评分"), QStringLiteral("分数"),
                   QStringLiteral("星级")}),
            field("timestamp", ColumnMapper::tr("Rated at"), false, FieldKind::Date,
                  {QStringLiteral("timestamp"), QStringLiteral("time"), QStringLiteral("date"),
                   QStringLiteral("datetime"), QStringLiteral("rated_at"), QStringLiteral("rating_time"),
                   QStringLiteral("时间"), QStringLiteral("日期"), QStringLiteral("评分时间")}),
        };
    case ImportKind::Experiment:
        return {
            customerIdField(kind),
            field("arm", ColumnMapper::tr("Test arm"), true, FieldKind::Text,
                  {QStringLiteral("arm"), QStringLiteral("variant"), QStringLiteral("group"),
                   QStringLiteral("treatment"), QStringLiteral("segment"), QStringLiteral("test_group"),
                   QStringLiteral("ab_group"), QStringLiteral("experiment_group"), QStringLiteral("分组"),
                   QStringLiteral("实验组"), QStringLiteral("组别")}),
        };
    }
    return {};
}

std::optional<TargetField> targetField(ImportKind kind, QStringView key)
{
    for (const TargetField &f : targetFields(kind)) {
        if (f.key == key)
            return f;
    }
    return std::nullopt;
}

QString ColumnMapping::fieldOf(int column) const
{
    for (auto it = columnOf.cbegin(); it != columnOf.cend(); ++it) {
        if (it.value() == column)
            return it.key();
    }
    return QString();
}

void ColumnMapping::set(const QString &field, int column)
{
    for (auto it = columnOf.begin(); it != columnOf.end();) {
        if (it.value() == column && it.key() != field)
            it = columnOf.erase(it);
        else
            ++it;
    }
    columnOf.insert(field, column);
}

QString normalizeHeaderName(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : name) {
        char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII forms
            u = char16_t(u - 0xFEE0);
        else if (u == 0x3000)           // ideographic space
            u = u' ';
        const QChar folded(u);
        if (folded.isSpace() || u == u'_' || u == u'-' || u == u'.' || u == 0xFEFF)
            continue;
        out.append(folded.toLower());
    }
    return out;
}

bool isGeneratedHeader(const QStringList &header)
{
    if (header.isEmpty())
        return false;
    const QString english = QStringLiteral("Column %1");
    const QString translated = QCoreApplication::translate("CsvReader", "Column %1");
    for (int i = 0; i < header.size(); ++i) {
        const QString &name = header.at(i);
        if (name != english.arg(i + 1) && name != translated.arg(i + 1))
            return false;
    }
    return true;
}

ColumnMapping autoMap(ImportKind kind, const QStringList &header)
{
    ColumnMapping mapping;
    mapping.kind = kind;

    if (kind == ImportKind::Ratings && isGeneratedHeader(header)) {
        static const char *const positional[] = {"customer_id", "sku", "rating", "timestamp"};
        for (int c = 0; c < header.size() && c < 4; ++c)
            mapping.columnOf.insert(QString::fromLatin1(positional[c]), c);
        return mapping;
    }

    const QList<TargetField> fields = requiredFirst(targetFields(kind));
    QStringList names;
    names.reserve(header.size());
    for (const QString &name : header)
        names.append(normalizeHeaderName(name));
    QList<QStringList> aliases;
    QSet<QString> allAliases;
    for (const TargetField &f : fields) {
        QStringList normalized;
        for (const QString &alias : f.aliases)
            normalized.append(normalizeHeaderName(alias));
        normalized.append(normalizeHeaderName(f.key));
        allAliases.unite(QSet<QString>(normalized.cbegin(), normalized.cend()));
        aliases.append(normalized);
    }

    QList<bool> used(header.size(), false);
    enum class Match { Exact, Prefix, Contains };
    const auto matches = [](Match how, const QString &name, const QString &alias) {
        switch (how) {
        case Match::Exact: return name == alias;
        case Match::Prefix: return name.startsWith(alias);
        case Match::Contains: return name.contains(alias);
        }
        return false;
    };
    for (Match how : {Match::Exact, Match::Prefix, Match::Contains}) {
        for (int f = 0; f < fields.size(); ++f) {
            if (mapping.columnOf.contains(fields.at(f).key))
                continue;
            bool found = false;
            for (const QString &alias : aliases.at(f)) {
                if (alias.isEmpty() || (how != Match::Exact && !usableForPartialMatch(alias)))
                    continue;
                for (int c = 0; c < names.size() && !found; ++c) {
                    // A column named exactly like some field's alias is never taken by a partial match.
                    if (used.at(c) || (how != Match::Exact && allAliases.contains(names.at(c))))
                        continue;
                    if (matches(how, names.at(c), alias)) {
                        mapping.columnOf.insert(fields.at(f).key, c);
                        used[c] = true;
                        found = true;
                    }
                }
                if (found)
                    break;
            }
        }
    }
    return mapping;
}

bool applyOverride(ColumnMapping &mapping, const QString &field, const QString &columnName,
                   const QStringList &header, QString *error)
{
    const QList<TargetField> fields = targetFields(mapping.kind);
    bool known = false;
    QStringList keys;
    for (const TargetField &f : fields) {
        keys.append(f.key);
        known = known || f.key == field;
    }
    if (!known) {
        if (error) {
            *error = ColumnMapper::tr("Unknown field \"%1\" for %2 imports. Valid fields: %3.")
                         .arg(field, importKindName(mapping.kind), keys.join(QStringLiteral(", ")));
        }
        return false;
    }
    const QString wanted = columnName.trimmed();
    if (wanted.isEmpty()) {
        mapping.unset(field);
        return true;
    }
    int column = header.indexOf(wanted);
    if (column < 0) {
        for (int c = 0; c < header.size() && column < 0; ++c) {
            if (header.at(c).trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
                column = c;
        }
    }
    if (column < 0) {
        const QString normalized = normalizeHeaderName(wanted);
        for (int c = 0; c < header.size() && column < 0; ++c) {
            if (normalizeHeaderName(header.at(c)) == normalized)
                column = c;
        }
    }
    if (column < 0) {
        bool isNumber = false;
        const int number = wanted.toInt(&isNumber);
        if (isNumber && number >= 1 && number <= header.size())
            column = number - 1;
    }
    if (column < 0) {
        if (error) {
            *error = ColumnMapper::tr("The file has no column \"%1\" (for field \"%2\"). Columns: %3. "
                                      "A 1-based column number also works.")
                         .arg(columnName, field, joinQuoted(header, 50));
        }
        return false;
    }
    mapping.set(field, column);
    return true;
}

QStringList missingRequired(ImportKind kind, const ColumnMapping &mapping)
{
    QStringList missing;
    for (const TargetField &f : targetFields(kind)) {
        if (f.required && !mapping.isMapped(f.key))
            missing.append(f.key);
    }
    return missing;
}

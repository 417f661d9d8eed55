#include "campaigns/messagetemplate.h"

#include <QTest>

class TestCampaignTemplate : public QObject
{
    Q_OBJECT

private:
    static MessageTemplate::Values values()
    {
        MessageTemplate::Values v;
        v[MessageTemplate::FirstName] = QStringLiteral("Ann");
        v[MessageTemplate::Segment] = QStringLiteral("Champions");
        v[MessageTemplate::Offer] = QStringLiteral("Early access");
        v[MessageTemplate::Rec1Name] = QStringLiteral("Red mug");
        v[MessageTemplate::Rec1Sku] = QStringLiteral("SKU1");
        return v;
    }

private slots:
    void syntaxErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("if_without_endif") << QStringLiteral("Hello\n    {% if segment %}x")
                                          << QStringLiteral("line 2, column 5: {% if %} without {% endif %}");
        QTest::newRow("unclosed_merge") << QStringLiteral("Hi {{first_name")
                                        << QStringLiteral("line 1, column 4: {{ without }}");
        QTest::newRow("unclosed_tag") << QStringLiteral("a\nb\nccc{% if x")
                                      << QStringLiteral("line 3, column 4: {% without %}");
        QTest::newRow("endif_without_if") << QStringLiteral("x\n{% endif %}")
                                          << QStringLiteral("line 2, column 1: {% endif %} without {% if %}");
        QTest::newRow("else_without_if") << QStringLiteral("ab {% else %}")
                                         << QStringLiteral("line 1, column 4: {% else %} without {% if %}");
        QTest::newRow("elif_after_else")
            << QStringLiteral("{% if coupon %}a{% else %}b{% elif offer %}c{% endif %}")
            << QStringLiteral("line 1, column 28: {% elif %} after {% else %}");
        QTest::newRow("unknown_tag") << QStringLiteral("{% for x in y %}")
                                     << QStringLiteral("line 1, column 1: unknown tag {% for %}; use if, elif, else or endif");
        QTest::newRow("empty_merge") << QStringLiteral("  {{ }}") << QStringLiteral("line 1, column 3: empty merge field {{ }}");
        QTest::newRow("missing_quote") << QStringLiteral("{% if segment == At Risk %}x{% endif %}")
                                       << QStringLiteral("line 1, column 1: expected quoted text after == in \"segment == At Risk\"");
        QTest::newRow("empty_condition") << QStringLiteral("\n\n {% if %}x{% endif %}") << QString();
    }

    void syntaxErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        MessageTemplate t;
        QVERIFY(!t.parse(text));
        QVERIFY(!t.isValid());
        if (!error.isEmpty())
            QCOMPARE(t.errorString(), error);
        else
            QVERIFY2(t.errorString().startsWith(QLatin1String("line ")), qPrintable(t.errorString()));
    }

    void conditionErrorPosition()
    {
        MessageTemplate t;
        QVERIFY(!t.parse(QStringLiteral("\n\n {% if %}x{% endif %}")));
        QVERIFY2(t.errorString().startsWith(QLatin1String("line 3, column 2: ")), qPrintable(t.errorString()));
    }

    void unknownField()
    {
        MessageTemplate t;
        QVERIFY(!t.parse(QStringLiteral("Dear\n  {{frist_name|there}}")));
        QVERIFY2(t.errorString().startsWith(QLatin1String("line 2, column 3: unknown field {{frist_name}}")),
                 qPrintable(t.errorString()));
        QVERIFY(t.errorString().contains(QLatin1String("first_name")));
        QVERIFY(!t.parse(QStringLiteral("{% if segmnt == \"A\" %}x{% endif %}")));
        QVERIFY2(t.errorString().contains(QLatin1String("unknown field \"segmnt\"")), qPrintable(t.errorString()));
        QVERIFY(!t.parse(QStringLiteral("{{rec4.name}}")));
        QVERIFY(t.render(values()).isEmpty());
    }

    void defaults()
    {
        MessageTemplate t;
        QVERIFY2(t.parse(QStringLiteral("Hi {{ first_name | there }}, {{offer}}{{coupon}}!")), qPrintable(t.errorString()));
        MessageTemplate::Values v = values();
        quint32 missing = 0;
        QCOMPARE(t.render(v, &missing), QStringLiteral("Hi Ann, Early access!"));
        QCOMPARE(missing, 1u << MessageTemplate::Coupon);
        v[MessageTemplate::FirstName].clear();
        v[MessageTemplate::Coupon] = QStringLiteral("TLR-ABCD2345");
        missing = 0;
        QCOMPARE(t.render(v, &missing), QStringLiteral("Hi there, Early accessTLR-ABCD2345!"));
        QCOMPARE(missing, 0u);
        // An empty default is a default: the field is not reported missing.
        QVERIFY(t.parse(QStringLiteral("{{last_name|}}x")));
        missing = 0;
        QCOMPARE(t.render(v, &missing), QStringLiteral("x"));
        QCOMPARE(missing, 0u);
        QVERIFY(t.usedFields() & (1u << MessageTemplate::LastName));
    }

    void conditionals_data()
    {
        QTest::addColumn<QString>("segment");
        QTest::addColumn<QString>("coupon");
        QTest::addColumn<QString>("expected");
        QTest::newRow("champions") << QStringLiteral("Champions") << QString() << QStringLiteral("VIP: Early access\nbye");
        QTest::newRow("at_risk_coupon") << QStringLiteral("At Risk") << QStringLiteral("C1")
                                        << QStringLiteral("Come back, code C1\nbye");
        QTest::newRow("at_risk_no_coupon") << QStringLiteral("At Risk") << QString()
                                           << QStringLiteral("Come back\nbye");
        QTest::newRow("other") << QStringLiteral("Hibernating") << QString() << QStringLiteral("Hello\nbye");
    }

    void conditionals()
    {
        QFETCH(QString, segment);
        QFETCH(QString, coupon);
        QFETCH(QString, expected);
        MessageTemplate t;
        const QString text = QStringLiteral(
            "{% if segment == \"Champions\" %}\n"
            "VIP: {{offer}}\n"
            "{% elif segment != 'At Risk' %}\n"
            "Hello\n"
            "{% else %}\n"
            "  {% if coupon %}\n"
            "Come back, code {{coupon}}\n"
            "  {% elif not coupon %}\n"
            "Come back\n"
            "  {% endif %}\n"
            "{% endif %}\n"
            "bye");
        QVERIFY2(t.parse(text), qPrintable(t.errorString()));
        MessageTemplate::Values v = values();
        v[MessageTemplate::Segment] = segment;
        v[MessageTemplate::Coupon] = coupon;
        quint32 missing = 0;
        QCOMPARE(t.render(v, &missing), expected);
        QCOMPARE(missing, 0u);
    }

    void missingOnlyInTakenBranch()
    {
        MessageTemplate t;
        QVERIFY(t.parse(QStringLiteral("{% if coupon %}{{coupon}} {{last_name}}{% else %}{{first_name}}{% endif %}")));
        quint32 missing = 0;
        QCOMPARE(t.render(values(), &missing), QStringLiteral("Ann"));
        QCOMPARE(missing, 0u);
        MessageTemplate::Values v = values();
        v[MessageTemplate::Coupon] = QStringLiteral("X");
        QCOMPARE(t.render(v, &missing), QStringLiteral("X "));
        QCOMPARE(missing, 1u << MessageTemplate::LastName);
    }

    void chineseText()
    {
        MessageTemplate t;
        QVERIFY2(t.parse(QStringLiteral("{{first_name|尊敬的顾客}}，您好！\n"
                                        "{% if segment == \"冠军客户\" %}专享：{{offer}}{% else %}为您推荐：{{rec1.name}}{% endif %}")),
                 qPrintable(t.errorString()));
        MessageTemplate::Values v = values();
        v[MessageTemplate::FirstName].clear();
        v[MessageTemplate::Segment] = QStringLiteral("冠军客户");
        v[MessageTemplate::Offer] = QStringLiteral("提前购");
        QCOMPARE(t.render(v), QStringLiteral("尊敬的顾客，您好！\n专享：提前购"));
        v[MessageTemplate::FirstName] = QStringLiteral("王芳");
        v[MessageTemplate::Segment] = QStringLiteral("流失风险");
        v[MessageTemplate::Rec1Name] = QStringLiteral("红色马克杯");
        QCOMPARE(t.render(v), QStringLiteral("王芳，您好！\n为您推荐：红色马克杯"));
        // Error columns count characters, not bytes.
        QVERIFY(!t.parse(QStringLiteral("您好 {{名字}}")));
        QVERIFY2(t.errorString().startsWith(QStringLiteral("line 1, column 4: unknown field {{名字}}")),
                 qPrintable(t.errorString()));
    }

    void textWithBraces()
    {
        MessageTemplate t;
        QVERIFY(t.parse(QStringLiteral("a { b } {x} 100% {{rec1.sku}}")));
        QCOMPARE(t.render(values()), QStringLiteral("a { b } {x} 100% SKU1"));
    }
};

QTEST_GUILESS_MAIN(TestCampaignTemplate)
#include "tst_campaigntemplate.moc"

#include "campaigns/campaignexporter.h"
#include "campaigns/campaignbuilder.h"
#include "campaigns/contactnormalizer.h"
#include "campaigns/coupongenerator.h"

#include <QSet>
#include <QTest>

class TestCampaignContacts : public QObject
{
    Q_OBJECT

private slots:
    void email_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("test@example.com") << QStringLiteral("test@example.com");
        QTest::newRow("case_and_space") << QStringLiteral("  Test@Example.COM \t") << QStringLiteral("test@example.com");
        QTest::newRow("no_at") << QStringLiteral("not an address") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void email()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(ContactNormalizer::normalizeEmail(input), expected);
    }

    void phone_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("expected");
        QTest::newRow("uk_national") << QStringLiteral("07911 123456") << QStringLiteral("United Kingdom")
                                     << QStringLiteral("+447911123456");
        QTest::newRow("uk_international") << QStringLiteral("+44 (0)7911-123-456") << QStringLiteral("France")
                                          << QStringLiteral("+447911123456");
        QTest::newRow("double_zero") << QStringLiteral("0033 6 12 34 56 78") << QString() << QStringLiteral("+33612345678");
        QTest::newRow("france_national") << QStringLiteral("06 12 34 56 78") << QStringLiteral("France")
                                         << QStringLiteral("+33612345678");
        QTest::newRow("china_mobile") << QStringLiteral("138-0013-8000") << QStringLiteral("China")
                                      << QStringLiteral("+8613800138000");
        QTest::newRow("eire") << QStringLiteral("(01) 234 5678") << QStringLiteral("EIRE") << QStringLiteral("+35312345678");
        QTest::newRow("usa") << QStringLiteral("(212) 555-0123") << QStringLiteral("USA") << QStringLiteral("+12125550123");
        QTest::newRow("italy_keeps_zero") << QStringLiteral("06 1234 5678") << QStringLiteral("Italy")
                                          << QStringLiteral("+390612345678");
        QTest::newRow("unknown_country") << QStringLiteral("0612345678") << QStringLiteral("Atlantis") << QString();
        QTest::newRow("no_digits") << QStringLiteral("n/a") << QStringLiteral("Germany") << QString();
        QTest::newRow("too_short") << QStringLiteral("123") << QStringLiteral("Germany") << QString();
        QTest::newRow("too_long") << QStringLiteral("+1234567890123456") << QString() << QString();
    }
    void phone()
    {
        QFETCH(QString, phone);
        QFETCH(QString, country);
        QFETCH(QString, expected);
        QCOMPARE(ContactNormalizer::normalizePhone(phone, country), expected);
    }

    void sha256Vectors()
    {
        // printf '%s' 'test@example.com' | sha256sum
        QCOMPARE(ContactNormalizer::sha256Hex(ContactNormalizer::normalizeEmail(QStringLiteral(" Test@Example.com "))),
                 QByteArray("973dfe463ec85785f5f95af5ba3906eedb2d931c24e69824a89ea65dba4e813b"));
        // printf '%s' '+447911123456' | sha256sum
        QCOMPARE(ContactNormalizer::sha256Hex(ContactNormalizer::normalizePhone(QStringLiteral("07911 123456"),
                                                                                QStringLiteral("United Kingdom"))),
                 QByteArray("20b18ac9de7b3aad174961827d8e451c410af9aedfd1d699927f4b29b81aa1fa"));
        // printf '%s' '+8613800138000' | sha256sum
        QCOMPARE(ContactNormalizer::sha256Hex(QStringLiteral("+8613800138000")),
                 QByteArray("ec61f3c620a98bdead8c1f1f0ae747abd1b62a0c2dba4fd4bc22cf0d1d8653e5"));
        QVERIFY(ContactNormalizer::sha256Hex(QString()).isEmpty());
    }

    void neutralize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://x\")") << QStringLiteral("'=HYPERLINK(\"http://x\")");
        QTest::newRow("plus") << QStringLiteral("+44 1234") << QStringLiteral("'+44 1234");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("cr") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
        QTest::newRow("inner_equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("empty") << QString() << QString();
    }
    void neutralize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(CampaignExporter::neutralizeCell(input), expected);
    }

    void csvQuoting()
    {
        QCOMPARE(CampaignExporter::csvField("plain"), QByteArray("plain"));
        QCOMPARE(CampaignExporter::csvField("a,b"), QByteArray("\"a,b\""));
        QCOMPARE(CampaignExporter::csvField("say \"hi\""), QByteArray("\"say \"\"hi\"\"\""));
        QCOMPARE(CampaignExporter::csvField("two\nlines"), QByteArray("\"two\nlines\""));
    }

    void language()
    {
        QCOMPARE(CampaignBuilder::languageForCountry(QStringLiteral("China")), QStringLiteral("zh_CN"));
        QCOMPARE(CampaignBuilder::languageForCountry(QStringLiteral(" hong kong ")), QStringLiteral("zh_CN"));
        QCOMPARE(CampaignBuilder::languageForCountry(QStringLiteral("Singapore")), QStringLiteral("zh_CN"));
        QCOMPARE(CampaignBuilder::languageForCountry(QStringLiteral("台湾")), QStringLiteral("zh_CN"));
        QCOMPARE(CampaignBuilder::languageForCountry(QStringLiteral("United Kingdom")), QStringLiteral("en"));
        QCOMPARE(CampaignBuilder::languageForCountry(QString()), QStringLiteral("en"));
    }

    void couponAlphabetAndReproducibility()
    {
        CouponGenerator a(42, 8);
        CouponGenerator b(42, 8);
        CouponGenerator c(43, 8);
        QSet<QString> codes;
        int sameAsOtherSeed = 0;
        for (qint64 id = 1; id <= 20000; ++id) {
            const QString code = a.next(id, QStringLiteral("TLR-"));
            QCOMPARE(code.size(), 12);
            QVERIFY(code.startsWith(QLatin1String("TLR-")));
            for (const QChar ch : code.mid(4))
                QVERIFY2(QByteArray(CouponGenerator::Alphabet).contains(char(ch.unicode())), qPrintable(code));
            codes.insert(code);
            sameAsOtherSeed += c.next(id, QStringLiteral("TLR-")) == code;
        }
        QCOMPARE(codes.size(), 20000);
        QCOMPARE(sameAsOtherSeed, 0);
        // Same seed, other call order: same codes.
        for (qint64 id = 20000; id >= 1; id -= 997)
            QVERIFY(codes.contains(b.next(id, QStringLiteral("TLR-"))));
    }

    void couponCollisionsAreRedrawn()
    {
        CouponGenerator first(7, 6);
        const QString taken = first.next(5, QStringLiteral("X"));
        CouponGenerator second(7, 6);
        second.reserve(taken);
        const QString code = second.next(5, QStringLiteral("X"));
        QVERIFY(code != taken);
        QCOMPARE(second.collisions(), 1);
        QCOMPARE(code.size(), 7);
    }
};

QTEST_GUILESS_MAIN(TestCampaignContacts)
#include "tst_campaigncontacts.moc"

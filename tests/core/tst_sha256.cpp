// Sha256 gives the FIPS 180-4 digests, with the SHA extensions and without, however the
// data is split, and Importer::fileSha256 gives the digest of the whole file.

#include "importing/importer.h"
#include "importing/sha256.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

class TestSha256 : public QObject
{
    Q_OBJECT

private slots:
    void knownVectors_data();
    void knownVectors();
    void everySplitOfShortInputs_data();
    void everySplitOfShortInputs();
    void largeRandomInputInChunks_data();
    void largeRandomInputInChunks();
    void fileChecksum();
};

using Implementation = Sha256::Implementation;

void TestSha256::knownVectors_data()
{
    QTest::addColumn<int>("implementation");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("digest");
    // FIPS 180-4 examples (NIST CSRC "SHA256.pdf", "SHA2_Additional.pdf").
    const struct
    {
        const char *name;
        QByteArray input;
        const char *digest;
    } vectors[] = {
        {"empty", QByteArray(), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {"abc", QByteArray("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
        {"448 bits", QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
        {"896 bits",
         QByteArray("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrs"
                    "mnopqrstnopqrstu"),
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"},
        {"million a", QByteArray(1000000, 'a'), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
    };
    for (const auto &v : vectors) {
        QTest::addRow("%s portable", v.name) << int(Implementation::Portable) << v.input << QByteArray(v.digest);
        QTest::addRow("%s fastest", v.name) << int(Implementation::Fastest) << v.input << QByteArray(v.digest);
    }
}

void TestSha256::knownVectors()
{
    QFETCH(int, implementation);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, digest);
    QCOMPARE(Sha256::hash(input, Implementation(implementation)).toHex(), digest);
}

void TestSha256::everySplitOfShortInputs_data()
{
    QTest::addColumn<int>("implementation");
    QTest::newRow("portable") << int(Implementation::Portable);
    QTest::newRow("fastest") << int(Implementation::Fastest);
}

void TestSha256::everySplitOfShortInputs()
{
    // Lengths around every padding case (55, 56, 63, 64, 119, 120...), each fed whole and
    // split at every position, against Qt's implementation.
    QFETCH(int, implementation);
    QRandomGenerator random(7);
    for (int length = 0; length <= 200; ++length) {
        QByteArray data(length, Qt::Uninitialized);
        for (char &c : data)
            c = char(random.bounded(256));
        const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
        QCOMPARE(Sha256::hash(data, Implementation(implementation)), expected);
        for (int split = 0; split <= length; split += (length > 80 ? 7 : 1)) {
            Sha256 sha{Implementation(implementation)};
            sha.addData(QByteArrayView(data).first(split));
            sha.addData(QByteArrayView(data).sliced(split));
            QVERIFY2(sha.result() == expected, qPrintable(QStringLiteral("length %1 split %2").arg(length).arg(split)));
        }
    }
}

void TestSha256::largeRandomInputInChunks_data()
{
    everySplitOfShortInputs_data();
}

void TestSha256::largeRandomInputInChunks()
{
    QFETCH(int, implementation);
    QRandomGenerator random(11);
    QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (char &c : data)
        c = char(random.bounded(256));
    Sha256 sha{Implementation(implementation)};
    qsizetype at = 0;
    while (at < data.size()) {
        const qsizetype take = qMin(data.size() - at, qsizetype(random.bounded(1, 200000)));
        sha.addData(QByteArrayView(data).sliced(at, take));
        at += take;
    }
    QCOMPARE(sha.result(), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
}

void TestSha256::fileChecksum()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray data;
    for (int i = 0; i < 300000; ++i)
        data += QByteArray::number(i) + ",row\n";
    const QString path = dir.filePath(QStringLiteral("file.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();
    QCOMPARE(Importer::fileSha256(path),
             QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    QVERIFY(Importer::fileSha256(dir.filePath(QStringLiteral("missing.csv"))).isEmpty());
    if (!Sha256::hasHardwareSupport())
        qInfo("This processor has no SHA extensions: only the portable implementation was tested.");
}

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"

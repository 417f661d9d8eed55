#include "project/database.h"
#include "project/project.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

class TestProject : public QObject
{
    Q_OBJECT

private:
    static QByteArray fileHash(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    QTemporaryDir m_dir;

private slots:
    void createsSchemaAndReopens()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.tailor"));
        {
            Project project;
            QVERIFY2(project.open(path), qPrintable(project.errorString()));
            QCOMPARE(project.database().scalar(QStringLiteral("PRAGMA user_version"))->toInt(),
                     Project::SchemaVersion);
            QCOMPARE(project.database().scalar(QStringLiteral("PRAGMA application_id"))->toInt(),
                     Project::ApplicationId);
            QCOMPARE(project.database().scalar(QStringLiteral("PRAGMA journal_mode"))->toString(),
                     QStringLiteral("wal"));
            QCOMPARE(project.database().scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
            QVERIFY(project.database().exec(QStringLiteral(
                "INSERT INTO customers(customer_key, country) VALUES('c1', 'France')")));
        }
        Project again;
        QVERIFY2(again.open(path, Project::OpenMode::OpenExisting), qPrintable(again.errorString()));
        QCOMPARE(again.counts().customers, qint64(1));
    }

    void migratesAnOlderProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.tailor"));
        {
            Project project;
            QVERIFY(project.open(path));
            QVERIFY(project.database().exec(QStringLiteral(
                "INSERT INTO customers(customer_key) VALUES('kept');"
                "CREATE INDEX order_lines_product ON order_lines(product_id);"
                "DROP TRIGGER experiment_assignments_insert; DROP TRIGGER experiment_assignments_update;"
                "DROP TRIGGER experiment_assignments_delete; DROP TRIGGER experiment_metrics_insert;"
                "DROP TRIGGER experiment_metrics_update; DROP TRIGGER experiment_metrics_delete;"
                "DROP TABLE experiment_columns;"
                "DROP TABLE campaign_responses; DROP TABLE campaign_exports; DROP TABLE campaign_members;"
                "DROP TABLE campaigns; DROP TABLE recommendations;"
                "ALTER TABLE experiments DROP COLUMN segment_id; ALTER TABLE experiments DROP COLUMN design;"
                "ALTER TABLE experiments DROP COLUMN started_at; ALTER TABLE experiment_arms DROP COLUMN is_holdout;"
                "DROP TABLE customer_scores; DROP TABLE segment_members; DROP TABLE segments;"
                "PRAGMA user_version=1;")));
        }
        QCOMPARE(Project::storedSchemaVersion(path), 1);
        Project project;
        QVERIFY2(project.open(path), qPrintable(project.errorString()));
        QCOMPARE(Project::storedSchemaVersion(path), Project::SchemaVersion);
        QCOMPARE(project.counts().customers, qint64(1));
        QCOMPARE(project.database().scalar(QStringLiteral(
                     "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name LIKE 'experiment_%'"))
                     .value_or(0).toInt(), 6);
        // Version 5 drops the product index of order lines.
        QCOMPARE(project.database().scalar(QStringLiteral(
                     "SELECT count(*) FROM sqlite_schema WHERE name = 'order_lines_product'")).value_or(-1).toInt(), 0);
        QCOMPARE(project.database().scalar(QStringLiteral(
                     "SELECT count(*) FROM sqlite_schema WHERE name = 'order_lines_customer'")).value_or(-1).toInt(), 1);
        QVERIFY(project.database().exec(QStringLiteral("INSERT INTO segments(name, kind, created_at) VALUES('s', 'rule', 'now')")));
        QVERIFY(project.database().exec(QStringLiteral(
            "INSERT INTO campaigns(name, created_at) VALUES('c', 'now');"
            "INSERT INTO experiments(name, created_at, design) VALUES('e', 'now', '{}')")));
    }

    void truncatesALargeWal()
    {
        const QString path = m_dir.filePath(QStringLiteral("wal.tailor"));
        Project project;
        QVERIFY(project.open(path));
        Database &db = project.database();
        QVERIFY(db.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0;"
                                       "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                                       "INSERT INTO customers(customer_key) SELECT 'K' || i FROM n")));
        const QString wal = path + QStringLiteral("-wal");
        const qint64 written = QFileInfo(wal).size();
        QVERIFY(written > 100000);
        db.truncateLargeWal(written); // not past the limit: left alone
        QCOMPARE(QFileInfo(wal).size(), written);

        // Another connection reading: no wait, nothing changed.
        Database reader;
        QVERIFY(reader.open(path, Database::OpenMode::ReadOnly));
        QVERIFY(reader.exec(QStringLiteral("BEGIN")));
        QVERIFY(reader.scalar(QStringLiteral("SELECT count(*) FROM customers")));
        db.truncateLargeWal(1);
        QVERIFY(QFileInfo(wal).size() > 0);
        QVERIFY(reader.exec(QStringLiteral("COMMIT")));
        reader.close();

        // Inside a transaction: left for after it.
        QVERIFY(db.exec(QStringLiteral("BEGIN")));
        db.truncateLargeWal(1);
        QVERIFY(QFileInfo(wal).size() > 0);
        QVERIFY(db.exec(QStringLiteral("COMMIT")));

        db.truncateLargeWal(1);
        QCOMPARE(QFileInfo(wal).size(), qint64(0));
        QCOMPARE(project.counts().customers, qint64(20000));
    }

    void foreignKeysAreEnforced()
    {
        Project project;
        QVERIFY(project.open(QStringLiteral(":memory:")));
        QVERIFY(!project.database().exec(QStringLiteral(
            "INSERT INTO ratings(customer_id, product_id, value, import_id) VALUES(42, 42, 5, 42)")));
    }

    void missingFileWithOpenExisting()
    {
        Project project;
        QVERIFY(!project.open(m_dir.filePath(QStringLiteral("absent.tailor")), Project::OpenMode::OpenExisting));
        QVERIFY(project.errorString().contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("absent.tailor"))));
        QVERIFY(!project.open(m_dir.filePath(QStringLiteral("absent.tailor")), Project::OpenMode::Reopen));
        QVERIFY(project.errorString().contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("absent.tailor"))));
    }

    void rejectsAndLeavesUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expectedMessage");
        QTest::newRow("text_file") << "text" << "not a SQLite database";
        QTest::newRow("other_application_database") << "other" << "another application";
        QTest::newRow("newer_tailor") << "newer" << "newer version of Tailor";
        QTest::newRow("corrupt_pages") << "corrupt" << "damaged";
        QTest::newRow("truncated_header") << "truncated" << "";
    }

    void rejectsAndLeavesUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expectedMessage);
        const QString path = m_dir.filePath(kind + QStringLiteral(".tailor"));
        if (kind == QLatin1String("text")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("InvoiceNo,StockCode\n1,2\n");
        } else if (kind == QLatin1String("other")) {
            Database db;
            QVERIFY(db.open(path, Database::OpenMode::ReadWriteCreate));
            QVERIFY(db.exec(QStringLiteral("CREATE TABLE notes(x); INSERT INTO notes VALUES(1);")));
        } else {
            {
                Project project;
                QVERIFY(project.open(path));
                QVERIFY(project.database().exec(QStringLiteral(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 3000) "
                    "INSERT INTO customers(customer_key, name) SELECT 'c' || i, hex(randomblob(40)) FROM n")));
                QVERIFY(project.database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
                if (kind == QLatin1String("newer"))
                    QVERIFY(project.database().exec(QStringLiteral("PRAGMA user_version=99")));
            }
            QFile file(path);
            if (kind == QLatin1String("corrupt")) {
                QVERIFY(file.open(QIODevice::ReadWrite));
                QVERIFY(file.size() > 40960);
                file.seek(file.size() / 2);
                file.write(QByteArray(8192, '\xA5'));
            } else if (kind == QLatin1String("truncated")) {
                QVERIFY(file.open(QIODevice::ReadWrite));
                QVERIFY(file.resize(50));
            }
        }
        const QByteArray before = fileHash(path);
        // Reopening (background jobs) skips only the whole-file check.
        {
            Project reopened;
            QCOMPARE(reopened.open(path, Project::OpenMode::Reopen), kind == QLatin1String("corrupt"));
        }
        QCOMPARE(fileHash(path), before);
        Project project;
        QVERIFY(!project.open(path));
        QVERIFY(!project.errorString().isEmpty());
        if (!expectedMessage.isEmpty())
            QVERIFY2(project.errorString().contains(expectedMessage), qPrintable(project.errorString()));
        QVERIFY2(project.errorString().contains(QStringLiteral("not changed")), qPrintable(project.errorString()));
        QCOMPARE(fileHash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"

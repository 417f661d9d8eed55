#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Database;
class ProgressReporter;

/** What ResponseImporter::run() did. */
struct ResponseImportResult
{
    enum class Status { Ok, Cancelled, Error };
    Status status = Status::Error;
    QString errorString;
    qint64 rowsRead = 0;
    qint64 imported = 0;           ///< response rows stored (a customer's later row replaces an earlier one)
    qint64 unknownCustomers = 0;   ///< rows whose customer is not in the project
    qint64 notMembers = 0;         ///< rows of known customers who are not members of the campaign
    qint64 rejected = 0;           ///< rows without a customer id / e-mail or with an unreadable value
    QStringList unknownExamples;   ///< up to 10 unknown ids, for the message
    qint64 experimentId = 0;       ///< linked experiment whose outcomes were written, 0 if none
    qint64 importId = 0;
};

/**
 * Imports a campaign's responses (CSV, .csv.gz or XLSX) into campaign_responses.
 *
 * Header names are matched loosely (case, spaces, "_" and "-" ignored):
 * - customer: customer_id, customer, customer_key, customerid, id, client_id,
 *   user_id, contact_id; or else email / email_address (matched to customers'
 *   e-mails, ignoring case);
 * - opened: opened, open, opens; clicked: clicked, click, clicks;
 *   converted: converted, conversion, conversions, purchased, purchase, ordered;
 *   revenue: revenue, amount, spend, sales, order_value;
 *   responded_at: responded_at, date, timestamp, time.
 * Flags are yes/no values (1/0, true/false, yes/no, 是/否) or counts (> 0 is yes);
 * an empty flag is 0. The import is recorded in import_runs (kind
 * "campaign_responses"). Re-importing replaces a customer's earlier response.
 *
 * When the campaign is linked to an experiment, every member (holdout included)
 * gets the outcomes opened, clicked, converted and revenue in
 * experiment_metrics: the response values, 0 for members without a response.
 *
 * One transaction: an error or a cancel leaves the project unchanged.
 */
class ResponseImporter
{
    Q_DECLARE_TR_FUNCTIONS(ResponseImporter)
public:
    ResponseImportResult run(Database &db, const QString &campaign, const QString &path, ProgressReporter &progress);
};

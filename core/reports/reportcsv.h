#pragma once

#include "reports/reportcontent.h"

#include <QByteArray>
#include <QString>

/**
 * CSV form of a report table: UTF-8, comma separated, RFC 4180 quoting, a header
 * row, raw values (numbers with a '.' decimal point and full precision), so the
 * file opens cleanly in spreadsheets and scripts. Pure and thread-safe.
 */
class ReportCsv
{
public:
    static QByteArray write(const ReportTable &table);
    /** Bundle path of a table: "tables/<id>.csv". */
    static QString path(const ReportTable &table);
};

#include "reportcsv.h"

namespace {

QByteArray cell(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return QByteArray();
    QByteArray text;
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        text = QByteArray::number(value.toDouble(), 'g', 15);
        break;
    default:
        text = value.toString().toUtf8();
    }
    if (text.contains(',') || text.contains('"') || text.contains('\n') || text.contains('\r')) {
        text.replace("\"", "\"\"");
        text = '"' + text + '"';
    }
    return text;
}

} // namespace

QString ReportCsv::path(const ReportTable &table)
{
    return QStringLiteral("tables/%1.csv").arg(table.id);
}

QByteArray ReportCsv::write(const ReportTable &table)
{
    QByteArray csv;
    for (int c = 0; c < table.columns.size(); ++c) {
        if (c > 0)
            csv += ',';
        csv += cell(table.columns.at(c).title);
    }
    csv += "\r\n";
    for (const QVariantList &row : table.rows) {
        for (int c = 0; c < table.columns.size(); ++c) {
            if (c > 0)
                csv += ',';
            csv += cell(row.value(c));
        }
        csv += "\r\n";
    }
    return csv;
}

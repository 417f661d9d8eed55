#include "recordsource.h"

#include "importing/csvreader.h"
#include "importing/xlsxreader.h"

#include <QFile>
#include <QFileInfo>

std::unique_ptr<RecordSource> openRecordSource(const ReaderOptions &options, QString *error)
{
    const QFileInfo info(options.path);
    if (!info.exists()) {
        *error = RecordSource::tr("%1 does not exist.").arg(options.path);
        return nullptr;
    }
    if (info.isDir()) {
        *error = RecordSource::tr("%1 is a folder; choose a file.").arg(options.path);
        return nullptr;
    }
    SourceFormat format = options.format;
    if (format == SourceFormat::Auto) {
        QFile file(options.path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = RecordSource::tr("Cannot read %1: %2").arg(options.path, file.errorString());
            return nullptr;
        }
        // Decide by content, not by name: a zip is a workbook, 1f 8b is gzip.
        const QByteArray magic = file.read(4);
        if (magic.startsWith("PK\x03\x04") || magic.startsWith("PK\x05\x06"))
            format = SourceFormat::Xlsx;
        else if (info.suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0 && !magic.isEmpty())
            format = SourceFormat::Xlsx; // let the workbook reader explain what is wrong
        else
            format = SourceFormat::Csv;  // the CSV reader handles gzip itself
    }
    ReaderOptions effective = options;
    effective.format = format;
    if (format == SourceFormat::Xlsx)
        return XlsxReader::open(effective, error);
    return CsvReader::open(effective, error);
}

quint64 RecordSource::hashFields(const QStringList &fields)
{
    quint64 hash = 0x9E3779B97F4A7C15ull;
    for (const QString &field : fields)
        hash = (hash ^ qHash(field, size_t(hash))) * 0x100000001B3ull;
    return hash;
}

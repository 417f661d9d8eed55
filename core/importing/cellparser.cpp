#include "importing/cellparser.h"

#include <QDateTime>

CellParser::CellParser(const QList<Cell> &cells, const Settings &settings)
    : m_cells(cells.first(qMin(cells.size(), qsizetype(ParsedCells::Max)))),
      m_keys(m_cells.size()),
      m_settings(settings)
{
    Q_ASSERT(cells.size() <= ParsedCells::Max);
}

void CellParser::parse(const QStringList &fields, ParsedCells &out)
{
    for (qsizetype i = 0; i < m_cells.size(); ++i) {
        const Cell &cell = m_cells.at(i);
        ParsedCell &parsed = out.cells[size_t(i)];
        const QStringView text = cell.column >= 0 && cell.column < fields.size()
                                     ? QStringView(fields.at(cell.column)).trimmed()
                                     : QStringView();
        parsed.empty = text.isEmpty();
        parsed.ok = false;
        parsed.key = -1;
        if (parsed.empty)
            continue;
        if (cell.kind == Kind::Key) {
            const QStringView key = normalizeIdView(text);
            parsed.empty = key.isEmpty();
            if (!parsed.empty) {
                parsed.key = m_keys[i].intern(key);
                parsed.ok = true;
            }
        } else if (cell.kind == Kind::Number) {
            if (const auto value = number(text)) {
                parsed.number = *value;
                parsed.ok = true;
            }
        } else if (const auto value = time(text)) {
            parsed.time = *value;
            parsed.ok = true;
        }
    }
}

qint64 KeyInterner::intern(QStringView key)
{
    m_lookup.resize(key.size()); // detaches only when the hash shares the previous key
    std::copy(key.begin(), key.end(), m_lookup.begin());
    const auto it = m_numbers.constFind(m_lookup);
    if (it != m_numbers.constEnd())
        return it.value();
    const qint64 number = m_numbers.size();
    m_numbers.insert(m_lookup, number);
    return number;
}

std::optional<qint64> CellParser::time(QStringView text)
{
    if (!m_lastTimeText.isNull() && text == m_lastTimeText)
        return m_lastTime;
    std::optional<qint64> seconds;
    if (m_settings.epochSeconds && isAllDigits(text)) {
        if (const auto dt = fromEpochSeconds(text.toLongLong()))
            seconds = dt->toSecsSinceEpoch();
    } else if (m_settings.excelSerialDates) {
        bool ok = false;
        const double serial = text.toDouble(&ok);
        if (ok) {
            if (const auto dt = fromExcelSerial(serial))
                seconds = dt->toSecsSinceEpoch();
        }
    }
    if (!seconds) {
        if (const auto dt = parseDateTime(text, m_settings.dateOrder))
            seconds = dt->toSecsSinceEpoch();
    }
    m_lastTimeText = text.toString();
    m_lastTime = seconds;
    return seconds;
}

#include "campaignlistmodel.h"

#include "segments/segmentstore.h"

#include <QDateTime>
#include <QLocale>

CampaignListModel::CampaignListModel(QObject *parent) : QAbstractTableModel(parent) {}

void CampaignListModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int CampaignListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).info.name == name)
            return i;
    return -1;
}

int CampaignListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const CampaignInfo &c = row.info;
    const qint64 excluded = c.excludedOptOut + c.excludedNoContact + c.excludedFrequency;
    const bool responded = row.rates.responses > 0;
    auto rate = [&](double value) -> QVariant {
        if (role == SortRole)
            return responded ? value : -1.0;
        return responded ? QVariant(QLocale().toString(100.0 * value, 'f', 1) + QStringLiteral(" %"))
                         : QVariant(QStringLiteral("—"));
    };
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        const QLocale locale;
        switch (index.column()) {
        case NameColumn: return c.name;
        case SegmentColumn:
            return c.segment.isEmpty() ? tr("(experiment arm)") : sort ? c.segment : SegmentStore::displayName(c.segment);
        case AudienceColumn: return sort ? QVariant(c.audience) : QVariant(locale.toString(c.audience));
        case HoldoutColumn: return sort ? QVariant(c.holdout) : QVariant(locale.toString(c.holdout));
        case ExcludedColumn: return sort ? QVariant(excluded) : QVariant(locale.toString(excluded));
        case CreatedColumn: {
            const QDateTime created = QDateTime::fromString(c.createdAt, Qt::ISODate);
            if (sort)
                return created;
            return created.isValid() ? locale.toString(created.toLocalTime(), QLocale::ShortFormat) : c.createdAt;
        }
        case ExportsColumn: return sort ? QVariant(c.exports) : QVariant(locale.toString(c.exports));
        case OpenedColumn: return rate(row.rates.openRate);
        case ClickedColumn: return rate(row.rates.clickRate);
        case ConvertedColumn: return rate(row.rates.conversionRate);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= AudienceColumn && index.column() != CreatedColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        const QLocale locale;
        if (index.column() == ExcludedColumn)
            return tr("Opted out: %1\nNo contact for the channel: %2\nFrequency cap: %3")
                .arg(locale.toString(c.excludedOptOut), locale.toString(c.excludedNoContact),
                     locale.toString(c.excludedFrequency));
        if (index.column() >= OpenedColumn)
            return responded ? tr("Of the %1 contacted members; %2 responses imported")
                                   .arg(locale.toString(row.rates.members), locale.toString(row.rates.responses))
                             : tr("No responses imported yet. Use \"Import responses…\".");
        if (index.column() == HoldoutColumn)
            return tr("Members held back to measure the campaign's effect; never exported");
    }
    return {};
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Campaign");
    case SegmentColumn: return tr("Segment");
    case AudienceColumn: return tr("Audience");
    case HoldoutColumn: return tr("Holdout");
    case ExcludedColumn: return tr("Excluded");
    case CreatedColumn: return tr("Created");
    case ExportsColumn: return tr("Exports");
    case OpenedColumn: return tr("Opened");
    case ClickedColumn: return tr("Clicked");
    case ConvertedColumn: return tr("Converted");
    default: return {};
    }
}

#include "experimentlistmodel.h"

#include "segments/segmentstore.h"

#include <QDateTime>
#include <QLocale>

void ExperimentListModel::setExperiments(const QVector<ExperimentInfo> &experiments)
{
    beginResetModel();
    m_experiments = experiments;
    endResetModel();
}

int ExperimentListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_experiments.size(); ++i) {
        if (m_experiments.at(i).name == name)
            return i;
    }
    return -1;
}

int ExperimentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_experiments.size());
}

int ExperimentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExperimentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_experiments.size())
        return {};
    const ExperimentInfo &info = m_experiments.at(index.row());
    qint64 customers = 0;
    QStringList arms;
    for (const ExperimentArmInfo &arm : info.arms) {
        customers += arm.n;
        arms << arm.name;
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn: return info.name;
        case ArmsColumn: return QLocale().toString(info.arms.size());
        case CustomersColumn: return QLocale().toString(customers);
        case CreatedColumn: {
            const QDateTime created = QDateTime::fromString(info.createdAt, Qt::ISODate);
            return created.isValid() ? QLocale().toString(created.toLocalTime().date(), QLocale::ShortFormat)
                                     : info.createdAt;
        }
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        return info.segment.isEmpty()
                   ? tr("%1\nArms: %2").arg(info.name, arms.join(QStringLiteral(", ")))
                   : tr("%1\nArms: %2\nSegment: %3").arg(info.name, arms.join(QStringLiteral(", ")),
                                                                  SegmentStore::displayName(info.segment));
    }
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ExperimentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Experiment");
    case ArmsColumn: return tr("Arms");
    case CustomersColumn: return tr("Customers");
    case CreatedColumn: return tr("Created");
    default: return {};
    }
}

#pragma once

#include "campaigns/campaignstore.h"

#include <QAbstractTableModel>
#include <QList>

/**
 * The saved campaigns of a project (a handful of rows) with their response
 * rates, for the Campaigns page. The display role is formatted for the
 * locale; SortRole gives raw values for a QSortFilterProxyModel.
 */
class CampaignListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SegmentColumn, AudienceColumn, HoldoutColumn, ExcludedColumn, CreatedColumn,
                  ExportsColumn, OpenedColumn, ClickedColumn, ConvertedColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    struct Row
    {
        CampaignInfo info;
        CampaignRates rates;
    };

    explicit CampaignListModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    /** Row of the campaign named @p name, or -1. */
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

#pragma once

#include "importing/valueparser.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

/**
 * The first rows of a file as read for an import preview (a few dozen rows).
 *
 * Small and fully in memory: it holds exactly the rows Importer::preview()
 * returned. Rows may have fewer or more fields than the header; missing cells
 * are empty and extra columns get generated names. Display only, not editable.
 */
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit PreviewModel(QObject *parent = nullptr);

    /** Replaces the contents; @p types (optional) gives the guessed type per column. */
    void setPreview(const QStringList &header, const QList<QStringList> &rows, const QList<CellType> &types = {});
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
    QList<CellType> m_types;
    int m_columns = 0;
};

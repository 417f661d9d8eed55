#include "previewmodel.h"

#include <algorithm>

namespace {

constexpr int kMaxDisplayChars = 200; // longer cells are shortened in the table; the tooltip has all

} // namespace

PreviewModel::PreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PreviewModel::setPreview(const QStringList &header, const QList<QStringList> &rows, const QList<CellType> &types)
{
    beginResetModel();
    m_header = header;
    m_rows = rows;
    m_types = types;
    m_columns = int(header.size());
    for (const QStringList &row : std::as_const(m_rows))
        m_columns = std::max(m_columns, int(row.size()));
    endResetModel();
}

void PreviewModel::clear()
{
    beginResetModel();
    m_header.clear();
    m_rows.clear();
    m_types.clear();
    m_columns = 0;
    endResetModel();
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString value = m_rows.at(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (value.size() > kMaxDisplayChars)
            return QString(value.left(kMaxDisplayChars) + QChar(0x2026));
        return value;
    case Qt::ToolTipRole:
        return value.size() > 40 ? QVariant(value) : QVariant();
    case Qt::TextAlignmentRole: {
        const CellType type = m_types.value(index.column(), CellType::Text);
        if (type == CellType::Integer || type == CellType::Number)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    default:
        return {};
    }
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_rows.size())
            return section + 1;
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= m_columns)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (section < m_header.size())
            return m_header.at(section);
        return tr("Column %1").arg(section + 1);
    case Qt::ToolTipRole:
        if (section < m_types.size())
            return tr("Looks like: %1").arg(cellTypeName(m_types.at(section)));
        return {};
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

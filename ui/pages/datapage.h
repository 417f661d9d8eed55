#pragma once

#include "project/project.h"

#include <QWidget>

class ProjectSession;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableView;
class QueryTableModel;
class RejectedRowsExporter;

/**
 * The Data page: row counts of the project's tables, the import history
 * (file, time, counts) and the rejected rows of the selected import, with
 * "Export rejected rows…".
 */
class DataPage : public QWidget
{
    Q_OBJECT
public:
    explicit DataPage(ProjectSession *session, QWidget *parent = nullptr);

    QTableView *importsView() const { return m_importsView; }
    QTableView *rejectedView() const { return m_rejectedView; }

signals:
    void importRequested();

private:
    void reload();
    void showCounts(const ProjectCounts &counts);
    void onImportSelected();
    void exportRejected();

    ProjectSession *m_session;
    QList<QLabel *> m_countLabels;
    QueryTableModel *m_importsModel;
    QueryTableModel *m_rejectedModel;
    QTableView *m_importsView;
    QTableView *m_rejectedView;
    QLabel *m_rejectedTitle;
    QPushButton *m_exportButton;
    RejectedRowsExporter *m_exporter;
    qint64 m_selectedImport = 0;
};

#pragma once

#include <QWidget>

class EmptyStatePage;
class ProjectSession;
class QLabel;
class QStackedWidget;
class QTableView;
class QueryTableModel;

/**
 * The Segments page: the saved segments with their kind and size, "New
 * segmentation…" (the wizard), and opening a segment's members in the
 * Customers page.
 */
class SegmentsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SegmentsPage(ProjectSession *session, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    /** Opens the segmentation wizard (needs an open project). */
    void startSegmentation();

signals:
    /** The user wants to see the members of segment @p name. */
    void showMembersRequested(const QString &name);
    void importRequested();

private:
    void reload();
    void updateState(qint64 segments);
    void openSelected();

    ProjectSession *m_session;
    QStackedWidget *m_stack;
    EmptyStatePage *m_empty;
    QWidget *m_content;
    QueryTableModel *m_model;
    QTableView *m_table;
    QLabel *m_countLabel;
};

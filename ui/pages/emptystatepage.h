#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

/**
 * A page's empty state: a title, a sentence saying what to do, and an optional
 * action button. Used where a feature has no data yet or comes later.
 */
class EmptyStatePage : public QWidget
{
    Q_OBJECT
public:
    EmptyStatePage(const QString &title, const QString &message, QWidget *parent = nullptr);

    /** Shows a button with @p text; its clicks emit actionTriggered(). */
    void setAction(const QString &text);
    void setMessage(const QString &message);

signals:
    void actionTriggered();

private:
    QLabel *m_title;
    QLabel *m_message;
    QPushButton *m_action;
};

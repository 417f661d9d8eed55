#include "emptystatepage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyStatePage::EmptyStatePage(const QString &title, const QString &message, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_message(new QLabel(message, this))
    , m_action(new QPushButton(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    // A fixed width lets the layout ask the wrapped label for its real height.
    m_message->setFixedWidth(520);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &EmptyStatePage::actionTriggered);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_message, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void EmptyStatePage::setAction(const QString &text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

void EmptyStatePage::setMessage(const QString &message)
{
    m_message->setText(message);
}

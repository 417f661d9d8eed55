#include "welcomepage.h"

#include "settings/settings.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    auto *title = new QLabel(tr("Welcome to Tailor"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Import your customers and orders, see every customer's profile, build segments, "
                                   "recommend products, test offers and export personalized campaigns."), this);
    subtitle->setWordWrap(true);

    auto *demo = new QPushButton(tr("Open demo project"), this);
    demo->setObjectName(QStringLiteral("openDemoButton"));
    demo->setToolTip(tr("A sample of the UCI Online Retail data, ready to explore"));
    demo->setDefault(true);
    auto *create = new QPushButton(tr("New project…"), this);
    create->setObjectName(QStringLiteral("newProjectButton"));
    auto *open = new QPushButton(tr("Open project…"), this);
    open->setObjectName(QStringLiteral("openProjectButton"));
    for (QPushButton *button : {demo, create, open})
        button->setMinimumHeight(36);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::openDemoRequested);
    connect(create, &QPushButton::clicked, this, &WelcomePage::newProjectRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openProjectRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(demo);
    buttons->addWidget(create);
    buttons->addWidget(open);
    buttons->addStretch();

    auto *recentLabel = new QLabel(tr("Recent projects"), this);
    QFont bold = recentLabel->font();
    bold.setBold(true);
    recentLabel->setFont(bold);
    m_recent->setObjectName(QStringLiteral("recentProjects"));
    m_recent->setMaximumHeight(200);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openRecentRequested(item->data(Qt::UserRole).toString());
    });

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addSpacing(4);
    column->addWidget(subtitle);
    column->addSpacing(24);
    column->addLayout(buttons);
    column->addSpacing(24);
    column->addWidget(recentLabel);
    column->addWidget(m_recent);

    auto *frame = new QWidget(this);
    frame->setLayout(column);
    frame->setMaximumWidth(720);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(frame, 0, Qt::AlignHCenter);
    outer->addStretch(2);
    refresh();
}

void WelcomePage::refresh()
{
    m_recent->clear();
    const QStringList recent = Settings::recentProjects();
    for (const QString &path : recent) {
        auto *item = new QListWidgetItem(tr("%1  —  %2").arg(QFileInfo(path).completeBaseName(),
                                                            QDir::toNativeSeparators(path)), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (recent.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent projects yet."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

#include "ui/shell/WelcomePage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace jointly::ui {

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent) {
    auto* title = new QLabel(tr("<h1>Jointly</h1>"), this);
    auto* intro = new QLabel(tr("Plan, buy and monitor health and social care services together: "
                                "needs assessment, planning, procurement and monitoring, in one "
                                "project file per partnership. Everything is saved as you go."),
                             this);
    intro->setWordWrap(true);
    auto* create = new QPushButton(tr("&New partnership..."), this);
    auto* open = new QPushButton(tr("&Open a partnership..."), this);
    auto* example = new QPushButton(tr("Open the &example partnership"), this);
    create->setObjectName(QStringLiteral("welcome_new"));
    open->setObjectName(QStringLiteral("welcome_open"));
    example->setObjectName(QStringLiteral("welcome_example"));
    for (auto* button : {create, open, example}) {
        button->setMinimumHeight(40);
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
    }
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(12);
    layout->addWidget(create);
    layout->addWidget(open);
    layout->addWidget(example);
    layout->addStretch(2);
    layout->setContentsMargins(80, 20, 80, 20);
    connect(create, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(example, &QPushButton::clicked, this, &WelcomePage::exampleRequested);
}

} // namespace jointly::ui

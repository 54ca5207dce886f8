#include "ui/workshop/InterestOnTheDayDialog.h"

#include "partnership/PartnershipKinds.h"
#include "records/RecordKind.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jointly::ui {

namespace {

QString fromView(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

InterestOnTheDayDialog::InterestOnTheDayDialog(const Choices& members, const Choices& providers,
                                               std::int64_t member, QWidget* parent)
    : QDialog(parent), member_(new QComboBox(this)), kind_(new QComboBox(this)),
      provider_(new QComboBox(this)), description_(new QLineEdit(this)) {
    setWindowTitle(tr("Declare an interest on the day"));
    setObjectName(QStringLiteral("interest_on_the_day_dialog"));
    member_->setObjectName(QStringLiteral("interest_member"));
    member_->setAccessibleName(tr("Member declaring"));
    kind_->setAccessibleName(tr("Kind of interest"));
    provider_->setObjectName(QStringLiteral("interest_provider"));
    provider_->setAccessibleName(tr("Provider concerned"));
    description_->setObjectName(QStringLiteral("interest_description"));
    description_->setAccessibleName(tr("What the interest is"));
    for (const auto& [id, name] : members) {
        member_->addItem(name, QVariant::fromValue(id));
    }
    member_->setCurrentIndex(std::max(0, member_->findData(QVariant::fromValue(member))));
    const auto& kind = partnership::declaredInterest();
    for (const auto& choice :
         kind.fields[static_cast<std::size_t>(records::fieldIndex(kind, "kind"))].choices) {
        kind_->addItem(fromView(choice.label), fromView(choice.key));
    }
    provider_->addItem(tr("None named"));
    for (const auto& [id, name] : providers) {
        provider_->addItem(name, QVariant::fromValue(id));
    }
    provider_->setCurrentIndex(providers.empty() ? 0 : 1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Member:"), member_);
    form->addRow(tr("&Kind:"), kind_);
    form->addRow(tr("&Provider concerned:"), provider_);
    form->addRow(tr("&What it is:"), description_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(description_, &QLineEdit::textChanged, ok,
            [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* intro = new QLabel(tr("The interest joins the member's register, dated the workshop's "
                                "day, and takes effect at once: they take no part in items about "
                                "the provider until the chair records how it is managed."),
                             this);
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

workshop::InterestOnTheDay InterestOnTheDayDialog::interest(std::int64_t workshop) const {
    workshop::InterestOnTheDay made;
    made.workshop = workshop;
    made.member = member_->currentData().toLongLong();
    made.kind = kind_->currentData().toString().toStdString();
    if (provider_->currentData().isValid()) {
        made.provider = provider_->currentData().toLongLong();
    }
    made.description = description_->text().toStdString();
    return made;
}

} // namespace jointly::ui

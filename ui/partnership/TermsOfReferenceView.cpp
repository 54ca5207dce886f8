#include "ui/partnership/TermsOfReferenceView.h"

#include "partnership/TermsOfReference.h"
#include "ui/common/FileFolders.h"
#include "ui/common/ProjectDocument.h"
#include "ui/documents/DocumentDate.h"
#include "ui/documents/DocumentExporter.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace jointly::ui {

TermsOfReferenceView::TermsOfReferenceView(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document), browser_(new QTextBrowser(this)) {
    browser_->setObjectName(QStringLiteral("terms_of_reference"));
    browser_->setAccessibleName(tr("Terms of reference"));
    browser_->setOpenLinks(false);
    auto* exportButton = new QPushButton(tr("&Export terms of reference..."), this);
    exportButton->setObjectName(QStringLiteral("export_terms"));
    exportButton->setAccessibleName(tr("Export terms of reference as PDF, ODT or HTML"));
    auto* intro = new QLabel(
        tr("Generated from everything in the partnership stage; it changes as you edit."), this);
    intro->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(intro, 1);
    top->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(browser_);
    connect(exportButton, &QPushButton::clicked, this, &TermsOfReferenceView::exportAs);
    connect(&document_, &ProjectDocument::changed, this, [this] {
        stale_ = true;
        if (isVisible()) {
            refresh();
        }
    });
}

QString TermsOfReferenceView::html() const {
    QString html;
    document_.readSafely([&] {
        html = QString::fromStdString(partnership::termsOfReferenceHtml(
            document_.database(), todayForDocuments().toStdString()));
    });
    return html;
}

void TermsOfReferenceView::refresh() {
    const int position = browser_->verticalScrollBar()->value();
    browser_->setHtml(html());
    browser_->verticalScrollBar()->setValue(position);
    stale_ = false;
}

void TermsOfReferenceView::showEvent(QShowEvent* event) {
    if (stale_) {
        refresh();
    }
    QWidget::showEvent(event);
}

void TermsOfReferenceView::exportAs() {
    const QString suggested = FileFolders::suggestedPath(
        document_.partnershipName(), tr("Terms of reference"), QStringLiteral("pdf"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export terms of reference"), suggested,
                                                exportFileFilter());
    if (path.isEmpty()) {
        return;
    }
    QString problem = exportDocument(html(), path);
    if (!problem.isEmpty()) {
        emit document_.problem(problem);
        return;
    }
    FileFolders::remember(path);
    emit document_.written(
        tr("The terms of reference were written to %1.").arg(QDir::toNativeSeparators(path)), path);
}

} // namespace jointly::ui

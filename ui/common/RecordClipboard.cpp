#include "ui/common/RecordClipboard.h"

#include "transfer/RecordTransfer.h"
#include "ui/common/ProjectDocument.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>

namespace jointly::ui {

namespace {

QString mimeType() {
    return QString::fromLatin1(transfer::kRecordsMimeType);
}

} // namespace

bool RecordClipboard::copy(ProjectDocument& document, const records::RecordKind& kind,
                           std::int64_t id) {
    Outcome<std::string> copied = Error{ErrorKind::Storage, "Nothing was copied."};
    document.readSafely([&] { copied = transfer::copyRecords(document.database(), kind, id); });
    if (!copied.ok()) {
        emit document.problem(QString::fromStdString(copied.error().message));
        return false;
    }
    const auto words = QString::fromStdString(transfer::describeCopied(copied.value()));
    auto* data = new QMimeData;
    data->setData(mimeType(), QByteArray::fromStdString(copied.value()));
    data->setText(words);
    QApplication::clipboard()->setMimeData(data);
    emit document.notice(
        QObject::tr("Copied the %1. Paste it with Ctrl+V into a table of this or another project.")
            .arg(words));
    return true;
}

bool RecordClipboard::holdsRecords() {
    const auto* data = QApplication::clipboard()->mimeData();
    return data != nullptr && data->hasFormat(mimeType());
}

std::optional<RecordClipboard::Pasted> RecordClipboard::paste(ProjectDocument& document) {
    if (document.isReadOnly()) {
        document.refuseReadOnlyEdit();
        return std::nullopt;
    }
    const auto* data = QApplication::clipboard()->mimeData();
    if (data == nullptr || !data->hasFormat(mimeType())) {
        emit document.problem(QObject::tr(
            "There is nothing Jointly can paste: copy a partner organisation, an options "
            "appraisal or a contract first (select it and press Ctrl+C)."));
        return std::nullopt;
    }
    const auto archive = data->data(mimeType()).toStdString();
    Outcome<transfer::Pasted> pasted = Error{ErrorKind::Storage, "Nothing was pasted."};
    document.readSafely([&] { pasted = transfer::pasteRecords(document.project(), archive); });
    if (!pasted.ok()) {
        emit document.problem(QString::fromStdString(pasted.error().message));
        return std::nullopt;
    }
    if (!pasted.value().unlinked.empty()) {
        QStringList sentences;
        for (const auto& sentence : pasted.value().unlinked) {
            sentences << QString::fromStdString(sentence);
        }
        emit document.notice(QObject::tr("Pasted. %1").arg(sentences.join(QLatin1Char(' '))));
    }
    return Pasted{pasted.value().table, pasted.value().id};
}

} // namespace jointly::ui

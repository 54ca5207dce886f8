#include "ui/shell/CycleNavigator.h"

#include "records/RecordKind.h"
#include "stages/Stage.h"
#include "trace/TraceGaps.h"
#include "ui/common/ProjectDocument.h"

#include <QDate>
#include <QStringList>

namespace jointly::ui {

namespace {

QString text(std::string_view words) {
    return QString::fromUtf8(words.data(), static_cast<qsizetype>(words.size()));
}

} // namespace

CycleNavigator::CycleNavigator(QWidget* parent) : QListWidget(parent) {
    setObjectName(QStringLiteral("cycle_navigator"));
    setAccessibleName(tr("Commissioning cycle stages"));
    setAccessibleDescription(tr("Choose a stage with the arrow keys. Each shows how complete it "
                                "is."));
    setSpacing(2);
    setWordWrap(true);
    setMinimumWidth(190);
    setMaximumWidth(240);
    for (const auto& stage : stages::all()) {
        auto* item = new QListWidgetItem(this);
        item->setText(text(stage.name));
        if (!stage.built()) {
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    setCurrentRow(0);
}

int CycleNavigator::rowOf(std::string_view key) {
    const auto all = stages::all();
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (all[i].key == key) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

const stages::Stage& CycleNavigator::stageAt(int row) {
    return stages::all()[static_cast<std::size_t>(row)];
}

StageProgress CycleNavigator::progressOf(int row) const {
    const auto& stage = stageAt(row);
    if (!document_ || !stage.built()) {
        return {};
    }
    StageProgress progress;
    document_->readSafely([&] { progress = stage.progress(document_->database()); });
    return progress;
}

void CycleNavigator::setDocument(ProjectDocument* document) {
    document_ = document;
    if (document_) {
        connect(document_, &ProjectDocument::changed, this, &CycleNavigator::refresh);
    }
    refresh();
}

QString CycleNavigator::summaryOf(int row, std::size_t alerts) const {
    const auto& stage = stageAt(row);
    if (!stage.built()) {
        return text(stage.name) + QStringLiteral("\n") + tr("Not built yet");
    }
    if (!document_) {
        return text(stage.name);
    }
    auto progress = progressOf(row);
    QString line = progress.missing.empty() ? tr("Complete")
                                            : tr("%1% complete, %n to do", nullptr,
                                                 static_cast<int>(progress.missing.size()))
                                                  .arg(progress.percent());
    if (alerts > 0) {
        // A symbol and the words, so the flag does not rest on colour.
        line += QStringLiteral("\n\u26A0 ") + tr("%n to act on", nullptr, static_cast<int>(alerts));
    }
    return text(stage.name) + QStringLiteral("\n") + line;
}

std::vector<std::string> CycleNavigator::alertsOf(int row) const {
    const auto& stage = stageAt(row);
    std::vector<std::string> alerts;
    if (!document_ || !stage.built()) {
        return alerts;
    }
    if (stage.alerts != nullptr) {
        const auto today = QDate::currentDate().toString(Qt::ISODate).toStdString();
        document_->readSafely([&] { alerts = stage.alerts(document_->database(), today); });
    }
    for (const auto& gap : gapsOf(row)) {
        alerts.push_back(gap.first.toStdString());
    }
    return alerts;
}

std::vector<std::pair<QString, QString>> CycleNavigator::gapsOf(int row) const {
    const auto& stage = stageAt(row);
    std::vector<std::pair<QString, QString>> gaps;
    if (!document_ || !stage.built()) {
        return gaps;
    }
    document_->readSafely([&] {
        for (const auto& gap : trace::findGaps(document_->database())) {
            const auto* kind = records::kindForTable(gap.item.record.table);
            if (gap.item.stageKey != stage.key || kind == nullptr) {
                continue;
            }
            gaps.emplace_back(QString::fromStdString(gap.sentence),
                              QStringLiteral("record:%1:%2:%3")
                                  .arg(text(stage.key), text(kind->singular))
                                  .arg(gap.item.record.id));
        }
    });
    return gaps;
}

void CycleNavigator::refresh() {
    for (int row = 0; row < count(); ++row) {
        auto* item = this->item(row);
        const auto alerts = alertsOf(row);
        item->setText(summaryOf(row, alerts.size()));
        const auto& stage = stageAt(row);
        QString tip;
        if (!stage.built()) {
            tip = text(stage.notBuiltYet);
        } else if (document_) {
            auto progress = progressOf(row);
            if (progress.missing.empty()) {
                tip = tr("Everything in this stage is filled in.");
            } else {
                QStringList lines;
                for (const auto& line : progress.missing) {
                    lines << QString::fromStdString(line);
                }
                tip = tr("Still to do:") + QStringLiteral("\n• ") +
                      lines.join(QStringLiteral("\n• "));
            }
        }
        if (!alerts.empty()) {
            QStringList lines;
            for (const auto& line : alerts) {
                lines << QString::fromStdString(line);
            }
            tip += QStringLiteral("\n\n") + tr("To act on:") + QStringLiteral("\n\u26A0 ") +
                   lines.join(QStringLiteral("\n\u26A0 "));
        }
        item->setToolTip(tip);
        item->setData(Qt::AccessibleTextRole,
                      item->text().replace(QLatin1Char('\n'), QStringLiteral(": ")));
        item->setData(Qt::AccessibleDescriptionRole, tip);
    }
}

} // namespace jointly::ui

#pragma once

#include "planning/PlanStore.h"

#include <QAbstractTableModel>
#include <QSet>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace jointly::ui {

class ProjectDocument;

// The scores of one options appraisal: a row per short-listed option (the
// do-nothing option always among them), a column per criterion, and after
// them each option's weighted score and rank, read-only, as a spreadsheet
// would total them. Typing a score saves it at once as one undoable edit; the
// appraisal is read again after every edit, undo and redo, the totals and
// ranks follow, and appraisalChanged() tells the ranking, sensitivity and
// chart to recalculate.
class ScoringGridModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ScoringGridModel(ProjectDocument& document, QObject* parent = nullptr);

    // Shows the appraisal with this id, or nothing for 0.
    void setAppraisal(std::int64_t appraisalId);
    std::int64_t appraisalId() const { return appraisalId_; }
    // The appraisal as last read; empty when none is shown.
    const std::optional<planning::LoadedAppraisal>& loaded() const { return loaded_; }
    // How many columns are criteria; the weighted score and the rank follow.
    int criterionCount() const;
    int weightedScoreColumn() const { return criterionCount(); }
    int rankColumn() const { return criterionCount() + 1; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    void reload();

signals:
    void appraisalChanged();

private:
    void onChanged(const QSet<QString>& tables);
    QVariant totalData(std::size_t option, int column, int role) const;

    ProjectDocument& document_;
    std::int64_t appraisalId_ = 0;
    std::optional<planning::LoadedAppraisal> loaded_;
    // Each option's place in the ranking, by option index; the reason it is
    // unranked otherwise. Worked out again on every reload.
    std::vector<std::optional<planning::RankedOption>> ranked_;
    std::vector<std::string> unrankedReasons_;
    std::string rankingProblem_;
};

} // namespace jointly::ui

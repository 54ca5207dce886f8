#pragma once

#include <QWidget>

#include <array>

namespace jointly::ui {

class ProjectDocument;

// A 5 x 5 grid of likelihood against impact with the number of risks that
// are not closed in each cell, coloured green, amber or red by likelihood x
// impact (1-4, 5-12, 15-25). Kept up to date as risks are edited.
class RiskHeatMap : public QWidget {
    Q_OBJECT
public:
    explicit RiskHeatMap(ProjectDocument& document, QWidget* parent = nullptr);

    // Risks (not closed) at a likelihood and impact from 1 to 5.
    int countAt(int likelihood, int impact) const;
    // Risks not closed that have no likelihood or impact yet.
    int unscored() const { return unscored_; }

    QSize sizeHint() const override { return {360, 300}; }
    QSize minimumSizeHint() const override { return {260, 220}; }

    void reload();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ProjectDocument& document_;
    std::array<std::array<int, 5>, 5> counts_{}; // [likelihood - 1][impact - 1]
    int unscored_ = 0;
};

} // namespace jointly::ui

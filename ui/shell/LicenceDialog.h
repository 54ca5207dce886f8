#pragma once

#include <QDialog>

namespace jointly::ui {

// Help > Licence: the terms Jointly is distributed under (the GNU GPL version
// 3 or later, as Qt Charts requires), with the licence's full text, offline.
class LicenceDialog : public QDialog {
    Q_OBJECT
public:
    explicit LicenceDialog(QWidget* parent = nullptr);

    // The full text of the licence, as shipped with Jointly.
    static QString licenceText();
};

} // namespace jointly::ui

#pragma once

#include "needs/IndicatorImport.h"

#include <QObject>

#include <atomic>

class QWidget;

namespace jointly::ui {

class ProjectDocument;

// Runs an indicator import off the GUI thread with a progress bar and Cancel,
// asks Replace or Keep when the file repeats rows the project holds, then
// makes the import live as one undoable edit. Cancel leaves the project as it
// was.
class IndicatorImportRunner : public QObject {
    Q_OBJECT
public:
    IndicatorImportRunner(ProjectDocument& document, QWidget* window);

    // Imports csvPath; returns the report, or the error already shown to the
    // user. `showProgress` false runs without a dialog (tests).
    Outcome<needs::ImportReport> run(const QString& csvPath, needs::ImportOptions options,
                                     bool showProgress = true);

    // Asks a running import to stop (also what the Cancel button does).
    void cancel() { cancelled_ = true; }

signals:
    // Emitted just before the worker starts, and now and then as it reads.
    void started();
    void progressed(int percent);

private:
    Outcome<needs::ImportReport> stage(const QString& csvPath, const needs::ImportOptions& options,
                                       bool showProgress);

    ProjectDocument& document_;
    QWidget* window_;
    std::atomic<bool> cancelled_{false};
};

} // namespace jointly::ui

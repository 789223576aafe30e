#pragma once
// The profile dock: `fusebox profile` on the open model and its saved config (host
// baseline, each chosen device alone, the config as written) as a background job, with
// progress per run and per iteration and a Cancel that keeps the finished runs complete
// and leaves the one being measured incomplete. Runs go to the studio's profile database.

#include "background_job.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace fusebox::studio {

class MeasurementGate;
class ProfileDatabase;
class StudioDocument;

struct ProfileSettings {
    int threads = 0; // 0: all cores
    int warmup = 2;
    int iterations = 10;
    int seed = 0; // of the generated inputs
};

class ProfileDock : public QWidget {
    Q_OBJECT

public:
    ProfileDock(StudioDocument* document, ProfileDatabase* database, QWidget* parent = nullptr);

    // The devices `fusebox devices` lists, host aside (it always runs as the baseline):
    // those that can run here, and all of them.
    QStringList availableDevices() const;
    QStringList listedDevices() const;
    // Why a listed device cannot run here (empty when it can).
    QString unavailableReason(const QString& device) const;
    QStringList selectedDevices() const;
    // Devices that cannot run here are left unselected.
    void setSelectedDevices(const QStringList& devices);

    ProfileSettings settings() const;
    void setSettings(const ProfileSettings& settings);

    // Shared with the other docks that measure (see measurement_gate.h); none by default.
    void setMeasurementGate(MeasurementGate* gate);

    // Starts the profile; false, with the reason on message(), when no model with a saved
    // config is open, a profile is running or another dock is measuring.
    bool start();
    void cancel();
    bool isRunning() const { return runner_->isBusy(); }

signals:
    // Progress lines and outcomes, for the log.
    void message(const QString& text);
    // Run `run` (from 0) of `runs`, iteration `done` (from 1, warm-up included) of `total`;
    // the first and last iteration of each run always, those between a few times a second.
    void progressed(int run, int runs, int done, int total);
    // The profile ended: every run done (completed), or it failed or was cancelled.
    void finished(bool completed);

private:
    void buildDeviceList();
    void preselectConfigTargets();
    void onProgress(int done, int total, const QString& text);
    void onDone(bool completed, const QString& summary);
    void updateButtons();

    StudioDocument* document_;
    ProfileDatabase* database_;
    MeasurementGate* gate_ = nullptr;
    JobRunner* runner_;
    QLabel* target_;
    QListWidget* devices_;
    QSpinBox* threads_;
    QSpinBox* warmup_;
    QSpinBox* iterations_;
    QSpinBox* seed_;
    QLabel* databaseLabel_;
    QPushButton* run_;
    QPushButton* cancel_;
    QProgressBar* runProgress_;
    QProgressBar* iterationProgress_;
    QLabel* status_;

    QString preselectedFor_;   // the model and config whose targets were preselected
    QStringList runLabels_;    // of the profile running: host, the devices, config
    int iterationsPerRun_ = 1; // warm-up + timed, of the profile running
};

} // namespace fusebox::studio

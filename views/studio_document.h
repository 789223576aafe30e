#pragma once
// The open model and its partition config text. Every change of the text re-partitions
// the model in the background (debounced, a JobRunner job); a newer edit cancels the
// running job (the partitioner sees the cancel flag) and drops its result.

#include "background_job.h"
#include "workflow/model_session.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace fusebox::studio {

// Where a config error points (1-based; 0 when the message names no place in the text).
struct ConfigError {
    QString message;
    int line = 0;
    int column = 0;
};

// Where `error` points in the config text, when its location is in `file`.
ConfigError configErrorOf(const fusebox::Error& error, const QString& file);

class StudioDocument : public QObject {
    Q_OBJECT

public:
    explicit StudioDocument(QObject* parent = nullptr);

    // Opens a model with a config file (empty: an empty config) and partitions it.
    bool open(const QString& modelPath, const QString& configPath, QString* error);
    void setConfigPath(const QString& path) { configPath_ = path; }

    QString modelPath() const { return modelPath_; }
    QString configPath() const { return configPath_; }
    // The name config errors carry: the config file, or "untitled.toml".
    QString configLabel() const;
    QString configText() const { return configText_; }
    // The newest plan that partitioned without error (null before the first one).
    std::shared_ptr<const PartitionedModel> session() const { return session_; }
    // The config of that plan, parsed.
    const PartitionConfig& config() const { return config_; }
    bool isBusy() const;

    // Replaces the text; `source` says who changed it so views do not echo their own edit.
    void setConfigText(const QString& text, QObject* source = nullptr);
    // Partitions now instead of after the debounce delay.
    void repartitionNow();
    void setDebounceMs(int ms) { debounce_.setInterval(ms); }

signals:
    void configTextChanged(const QString& text, QObject* source);
    void partitionStarted();
    void planChanged();
    void partitionFailed(const fusebox::studio::ConfigError& error);
    void idle(); // no job running and none pending

private:
    void startJob();

    QString modelPath_;
    QString configPath_;
    QString configText_;
    std::shared_ptr<const PartitionedModel> session_;
    // The model imported once; edits re-partition it, other input shapes open it again.
    std::shared_ptr<const ModelSession> model_;
    PartitionConfig config_;
    QTimer debounce_;
    JobRunner* jobs_;
};

} // namespace fusebox::studio

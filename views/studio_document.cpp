#include "studio_document.h"

#include "core/file_io.h"

#include <QFileInfo>

namespace fusebox::studio {
namespace {

constexpr int kDebounceMs = 300;

// What a background job hands back: a plan or an error (no Qt, no `this`).
struct JobOutcome {
    std::shared_ptr<const ModelSession> model;
    std::shared_ptr<const PartitionedModel> session;
    PartitionConfig config;
    std::optional<Error> error;
};

// Partitions with the model session of the last job, and opens the model again only
// when there is none yet or the config fixes other input shapes.
JobOutcome partitionJob(const std::string& modelPath, const std::string& configText, const std::string& configLabel,
                        std::shared_ptr<const ModelSession> model, const std::atomic<bool>* cancel) {
    JobOutcome outcome;
    auto config = parsePartitionConfig(configText, configLabel);
    if (!config) {
        outcome.error = config.error();
        return outcome;
    }
    if (!model || !model->acceptsShapesOf(*config)) {
        auto opened = ModelSession::open({modelPath, config->shapes, {}, {}, {}});
        if (!opened) {
            outcome.error = opened.error();
            return outcome;
        }
        model = std::move(*opened);
    }
    outcome.model = model;
    auto plan = model->partition(*config, cancel);
    if (!plan) {
        outcome.error = plan.error();
        return outcome;
    }
    outcome.session = std::make_shared<const PartitionedModel>(PartitionedModel{model, std::move(*plan)});
    outcome.config = std::move(*config);
    return outcome;
}

} // namespace

ConfigError configErrorOf(const Error& error, const QString& file) {
    const std::optional<SourceLocation>& where = error.location();
    if (!where || where->line == 0 || QString::fromStdString(where->file) != file) {
        return {QString::fromStdString(error.message()), 0, 0};
    }
    return {QString::fromStdString(error.description()), where->line, where->column};
}

StudioDocument::StudioDocument(QObject* parent) : QObject(parent), jobs_(new JobRunner(JobRunner::Where::Pool, this)) {
    connect(jobs_, &JobRunner::idle, this, [this] {
        if (!isBusy()) emit idle();
    });
    connect(jobs_, &JobRunner::failed, this, [this](quint64, const QString& why) { emit partitionFailed({why, 0, 0}); });
    debounce_.setSingleShot(true);
    debounce_.setInterval(kDebounceMs);
    connect(&debounce_, &QTimer::timeout, this, &StudioDocument::startJob);
}

QString StudioDocument::configLabel() const {
    return configPath_.isEmpty() ? QStringLiteral("untitled.toml") : configPath_;
}

bool StudioDocument::open(const QString& modelPath, const QString& configPath, QString* error) {
    QString text;
    if (!configPath.isEmpty()) {
        auto read = readTextFile(configPath.toStdString());
        if (!read) {
            *error = QString::fromStdString(read.error().message());
            return false;
        }
        text = QString::fromStdString(*read);
    }
    if (!QFileInfo::exists(modelPath)) {
        *error = tr("%1: no such file").arg(modelPath);
        return false;
    }
    modelPath_ = modelPath;
    configPath_ = configPath;
    session_.reset();
    model_.reset();
    setConfigText(text);
    repartitionNow();
    return true;
}

void StudioDocument::setConfigText(const QString& text, QObject* source) {
    if (text == configText_ && session_) return;
    configText_ = text;
    emit configTextChanged(text, source);
    if (!modelPath_.isEmpty()) debounce_.start();
}

void StudioDocument::repartitionNow() {
    debounce_.stop();
    startJob();
}

bool StudioDocument::isBusy() const { return jobs_->isBusy() || debounce_.isActive(); }

void StudioDocument::startJob() {
    if (modelPath_.isEmpty()) return;
    emit partitionStarted();
    // A newer job supersedes this one: its cancel flag stops the partitioner and its
    // outcome is dropped.
    jobs_->start(
        this,
        [modelPath = modelPath_.toStdString(), text = configText_.toStdString(), label = configLabel().toStdString(),
         model = model_](const JobContext& job) { return partitionJob(modelPath, text, label, model, job.cancelFlag()); },
        [this](const JobOutcome& outcome) {
            if (outcome.model && outcome.model->path() == modelPath_.toStdString()) model_ = outcome.model;
            if (outcome.session) {
                session_ = outcome.session;
                config_ = outcome.config;
                emit planChanged();
            } else {
                emit partitionFailed(configErrorOf(*outcome.error, configLabel()));
            }
        });
}

} // namespace fusebox::studio

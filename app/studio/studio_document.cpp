#include "studio_document.h"

#include "core/file_io.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace fusebox::studio {
namespace {

constexpr int kDebounceMs = 300;

// What a background job hands back: a plan or an error (no Qt, no `this`).
struct JobOutcome {
    std::shared_ptr<const PartitionSession> session;
    PartitionConfig config;
    std::optional<Error> error;
};

JobOutcome partitionJob(const std::string& modelPath, const std::string& configText, const std::string& configLabel) {
    JobOutcome outcome;
    auto config = parsePartitionConfig(configText, configLabel);
    if (!config) {
        outcome.error = config.error();
        return outcome;
    }
    PartitionRequest request;
    request.modelPath = modelPath;
    request.config = *config;
    auto session = partitionModel(request);
    if (!session) {
        outcome.error = session.error();
        return outcome;
    }
    outcome.session = std::make_shared<const PartitionSession>(std::move(*session));
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

StudioDocument::StudioDocument(QObject* parent) : QObject(parent) {
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

void StudioDocument::startJob() {
    if (modelPath_.isEmpty()) return;
    const quint64 generation = ++generation_;
    running_ = true;
    emit partitionStarted();
    // The job gets value copies; its result comes back queued to this (UI) thread.
    QtConcurrent::run(partitionJob, modelPath_.toStdString(), configText_.toStdString(), configLabel().toStdString())
        .then(this, [this, generation](const JobOutcome& outcome) {
            if (generation != generation_) return; // a newer edit started another job
            running_ = false;
            if (outcome.session) {
                session_ = outcome.session;
                config_ = outcome.config;
                emit planChanged();
            } else {
                emit partitionFailed(configErrorOf(*outcome.error, configLabel()));
            }
            if (!isBusy()) emit idle();
        });
}

} // namespace fusebox::studio

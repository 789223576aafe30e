#include "cli/measure_options.h"

#include "cli/count_option.h"
#include "cli/interrupt.h"
#include "cli/shape_option.h"
#include "cli/store_option.h"
#include "core/file_io.h"

#include <iostream>
#include <limits>

namespace fusebox::cli {

void addMeasureOptions(ArgParser& parser, MeasureOptionText& text, bool fallbackFlag) {
    parser.option("--iters", "N", "timed runs (default 10)", &text.iters)
        .option("--warmup", "N", "untimed runs first (default 2)", &text.warmup)
        .option("--threads", "N", "intra-op threads (default: all cores)", &text.threads)
        .option("--seed", "N", "seed of the generated inputs (default 0)", &text.seed)
        .repeated("--shape", "NAME=D0,D1,...", "fix the dims of an input (repeatable)", &text.shapes)
        .option("--profiles", "DIR", "device profiles folder", &text.profiles);
    if (fallbackFlag) {
        parser.flag("--no-fallback", "a device that cannot compile a subgraph fails its run, instead of running it on host",
                    &text.noFallback);
    }
}

Result<MeasureOptionValues> parseMeasureOptions(const MeasureOptionText& text) {
    MeasureOptionValues values;
    auto shapes = parseShapeOptions(text.shapes);
    if (!shapes) return shapes.error();
    values.shapes = std::move(*shapes);
    values.profiles = text.profiles;
    auto iters = parseCount("--iters", text.iters, 1);
    auto warmup = parseCount("--warmup", text.warmup, 0);
    auto threads = parseCount("--threads", text.threads, 0);
    auto seed = parseCount("--seed", text.seed, 0);
    for (const auto* value : {&iters, &warmup, &threads, &seed}) {
        if (!*value) return value->error();
    }
    values.settings.iters = *iters;
    values.settings.warmup = *warmup;
    values.settings.threads = *threads;
    values.settings.seed = static_cast<uint64_t>(*seed);
    values.settings.hostFallback = !text.noFallback;
    return values;
}

void addBoundOptions(ArgParser& parser, BoundOptionText& text) {
    parser.option("--min-cosine", "X", "accuracy bound: lowest cosine similarity to host per output (default 0.999)", &text.minCosine)
        .option("--max-abs-error", "Y", "accuracy bound: largest absolute error to host instead", &text.maxAbsError)
        .option("--output", "NAME", "judge only this graph output (default: every output)", &text.output);
}

Result<AccuracyBound> parseBoundOptions(const BoundOptionText& text) {
    AccuracyBound bound;
    bound.output = text.output;
    if (!text.minCosine.empty() && !text.maxAbsError.empty()) {
        return Error("--min-cosine and --max-abs-error: give one accuracy bound, not both");
    }
    if (!text.maxAbsError.empty()) {
        auto limit = parseNumber("--max-abs-error", text.maxAbsError, 0, std::numeric_limits<double>::max());
        if (!limit) return limit.error();
        bound.kind = AccuracyBound::Kind::MaxAbsError;
        bound.limit = *limit;
    } else if (!text.minCosine.empty()) {
        auto limit = parseNumber("--min-cosine", text.minCosine, -1, 1);
        if (!limit) return limit.error();
        bound.limit = *limit;
    }
    return bound;
}

Result<std::unique_ptr<OpenedJob>> openJob(const std::string& command, const std::string& modelPath, const std::string& configPath,
                                           MeasureOptionValues options, const std::string& db) {
    if (configPath.empty()) return Error("missing --config CFG (a partition config; see docs/format-config.md)");
    auto configText = readTextFile(configPath);
    if (!configText) return configText.error();
    auto config = parsePartitionConfig(*configText, configPath);
    if (!config) return config.error();
    auto session = ModelSession::open({modelPath, config->shapes, options.shapes, options.profiles, {}});
    if (!session) return session.error();
    auto store = openStore(db, store::Access::Write);
    if (!store) return store.error();
    auto job = std::unique_ptr<OpenedJob>(
        new OpenedJob{jobName(command), std::move(*configText), std::move(*config), std::move(*session), std::move(*store), {}});
    options.settings.cancel = cancelOnInterrupt();
    job->measurer = std::make_unique<RunMeasurer>(*job->session, job->store, options.settings, job->name);
    std::cerr << job->name << ": runs are stored in " << job->store.database().path() << "\n";
    return job;
}


} // namespace fusebox::cli

#pragma once
// The options every measuring command shares (profile, tune, bisect): timed and warm-up
// runs, threads, the inputs' seed, input shapes, the profiles folder and host fallback;
// and the accuracy bound of tune and bisect.

#include "cli/arg_parser.h"
#include "store/profile_store.h"
#include "workflow/accuracy_bound.h"
#include "workflow/model_session.h"
#include "workflow/run_measurer.h"

#include <memory>
#include <string>
#include <vector>

namespace fusebox::cli {

struct MeasureOptionText {
    std::string iters = "10", warmup = "2", threads = "0", seed = "0", profiles;
    std::vector<std::string> shapes;
    bool noFallback = false;
};

struct MeasureOptionValues {
    MeasureSettings settings;
    InputShapes shapes;
    std::string profiles;
};

// `fallbackFlag`: whether the command offers --no-fallback (tune never falls back).
void addMeasureOptions(ArgParser& parser, MeasureOptionText& text, bool fallbackFlag = true);
Result<MeasureOptionValues> parseMeasureOptions(const MeasureOptionText& text);

struct BoundOptionText {
    std::string minCosine, maxAbsError, output;
};

// --min-cosine X | --max-abs-error Y (default: cosine 0.999) and --output NAME.
void addBoundOptions(ArgParser& parser, BoundOptionText& text);
Result<AccuracyBound> parseBoundOptions(const BoundOptionText& text);

// What tune and bisect open before they measure: the config as written and parsed, the
// model (with the config's and the options' shapes), the store (`--db`) and a measurer
// that stores every run under the job's name, stopped by Ctrl-C. Told on stderr where
// the runs go.
struct OpenedJob {
    std::string name; // jobName(command)
    std::string configText;
    PartitionConfig config;
    std::shared_ptr<const ModelSession> session;
    store::ProfileStore store;
    std::unique_ptr<RunMeasurer> measurer;
};
Result<std::unique_ptr<OpenedJob>> openJob(const std::string& command, const std::string& modelPath, const std::string& configPath,
                                           MeasureOptionValues options, const std::string& db);


} // namespace fusebox::cli

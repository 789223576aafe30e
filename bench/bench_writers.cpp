// Output writers benchmark: generates chain models (10k and 100k nodes by default) and
// times, in process, each stage of `fusebox partition MODEL --config C` for the xnnpack
// target with every output: opening the model (import, shape settling), partitioning,
// the plan as JSON (--json), as DOT (--dot), the emitted config (--emit-config) and the
// ONNX export (-o). Prints median/min/max per stage and the time per node, so growth
// that is not linear shows as a rising ns/node.
//
//   bench_writers [--runs N] [--keep DIR] [SIZE...]
//
// --keep DIR leaves the generated models in DIR (bench/bench_cli_outputs.sh times the
// CLI on them).
#include "modelbuilder/model_builder.h"
#include "modelbuilder/sample_models.h"
#include "onnx/plan_export.h"
#include "partition/emit_config.h"
#include "partition/plan_dot.h"
#include "partition/plan_json.h"
#include "workflow/model_session.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

using namespace fusebox;

namespace {

using Clock = std::chrono::steady_clock;

double millisecondsOf(const std::function<void()>& work) {
    const auto start = Clock::now();
    work();
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

[[noreturn]] void fail(const std::string& what) {
    std::fprintf(stderr, "bench_writers: %s\n", what.c_str());
    std::exit(1);
}

void printStage(const std::string& stage, int64_t nodes, std::vector<double> times) {
    std::sort(times.begin(), times.end());
    const double median = times[times.size() / 2];
    std::printf("%-12s %8lld nodes  median %9.1f ms  min %9.1f ms  max %9.1f ms  %7.0f ns/node  runs %zu\n",
                stage.c_str(), static_cast<long long>(nodes), median, times.front(), times.back(),
                median * 1e6 / static_cast<double>(nodes), times.size());
}

} // namespace

int main(int argc, char** argv) {
    int runs = 5;
    std::string keep;
    std::vector<int64_t> sizes;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--keep" && i + 1 < argc) keep = argv[++i];
        else if (const long long size = std::atoll(arg.c_str()); size > 0) sizes.push_back(size);
        else fail("unknown argument '" + arg + "' (expected --runs N, --keep DIR or a node count)");
    }
    if (sizes.empty()) sizes = {10000, 100000};

    const std::filesystem::path dir = keep.empty() ? std::filesystem::temp_directory_path() / "fusebox_bench_writers" : std::filesystem::path(keep);
    std::filesystem::create_directories(dir);
    PartitionConfig config;
    config.targets = {"xnnpack"};

    for (int64_t size : sizes) {
        const std::string model = (dir / ("chain_" + std::to_string(size) + ".onnx")).string();
        std::string error;
        if (!testmodels::writeModel(testmodels::largeChainModel(size), model, &error)) fail(error);

        std::map<std::string, std::vector<double>> times;
        std::vector<std::string> stages;
        const auto time = [&](const std::string& stage, const std::function<void()>& work) {
            if (times.find(stage) == times.end()) stages.push_back(stage);
            times[stage].push_back(millisecondsOf(work));
        };
        for (int r = 0; r < runs; ++r) {
            std::shared_ptr<const ModelSession> session;
            time("open", [&] {
                auto opened = ModelSession::open({model, {}, {}, {}, nullptr});
                if (!opened) fail(opened.error().message());
                session = *opened;
            });
            PartitionPlan plan;
            time("partition", [&] {
                auto partitioned = session->partition(config);
                if (!partitioned) fail(partitioned.error().message());
                plan = std::move(*partitioned);
            });
            std::size_t bytes = 0;
            time("json", [&] { bytes += planToJson(session->graph(), plan).size(); });
            time("dot", [&] { bytes += planToDot(session->graph(), plan).size(); });
            time("emit-config", [&] { bytes += savePartitionConfig(configForPlan(session->graph(), plan, config)).size(); });
            time("onnx-export", [&] {
                if (Status s = exportPlanAsOnnx(session->model(), plan, (dir / "exported.onnx").string()); !s) fail(s.error().message());
            });
            if (bytes == 0) fail("the writers wrote nothing");
        }
        for (const std::string& stage : stages) printStage(stage, size, times[stage]);
    }
    std::filesystem::remove(dir / "exported.onnx");
    if (keep.empty()) std::filesystem::remove_all(dir);
    return 0;
}

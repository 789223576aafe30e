// Import benchmark: times importOnnx (parse, check, shape inference, conversion) on a
// generated large model and on any model files given. Prints median/min/max of N runs.
//
//   bench_import [--runs N] [--nodes N] [MODEL.onnx[:NAME=D0,D1,...]]...
#include "modelbuilder/model_builder.h"
#include "modelbuilder/sample_models.h"
#include "onnx/onnx_import.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

using namespace fusebox;

namespace {

struct Target {
    std::string label;
    std::string path;
    ImportOptions options;
};

// "model.onnx:x=1,3,48,320" -> path plus a fixed input shape.
Target parseTarget(const std::string& arg) {
    Target target{std::filesystem::path(arg).filename().string(), arg, {}};
    const auto colon = arg.rfind(':');
    const auto equals = arg.rfind('=');
    if (colon != std::string::npos && equals != std::string::npos && equals > colon) {
        target.path = arg.substr(0, colon);
        std::vector<int64_t> dims;
        for (std::size_t start = equals + 1; start <= arg.size();) {
            const auto comma = std::min(arg.find(',', start), arg.size());
            dims.push_back(std::stoll(arg.substr(start, comma - start)));
            start = comma + 1;
        }
        target.options.inputShapes[arg.substr(colon + 1, equals - colon - 1)] = dims;
        target.label = std::filesystem::path(target.path).filename().string() + " (" + arg.substr(colon + 1) + ")";
    }
    return target;
}

bool runTarget(const Target& target, int runs) {
    std::vector<double> times;
    std::size_t nodes = 0;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        auto model = importOnnx(target.path, target.options);
        const auto end = std::chrono::steady_clock::now();
        if (!model) {
            std::fprintf(stderr, "%s\n", model.error().message().c_str());
            return false;
        }
        nodes = model->graph.nodeCount();
        times.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::sort(times.begin(), times.end());
    std::printf("import  %-48s nodes %8zu  median %9.1f ms  min %9.1f ms  max %9.1f ms  runs %d\n",
                target.label.c_str(), nodes, times[times.size() / 2], times.front(), times.back(), runs);
    return true;
}

} // namespace

int main(int argc, char** argv) {
    int runs = 5;
    int64_t nodes = 100000;
    std::vector<Target> targets;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--nodes" && i + 1 < argc) nodes = std::atoll(argv[++i]);
        else targets.push_back(parseTarget(arg));
    }

    const auto dir = std::filesystem::temp_directory_path() / "fusebox-bench";
    std::filesystem::create_directories(dir);
    const std::string generated = (dir / ("large_chain_" + std::to_string(nodes) + ".onnx")).string();
    std::string error;
    if (!testmodels::writeModel(testmodels::largeChainModel(nodes), generated, &error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    targets.insert(targets.begin(), Target{"generated chain (" + std::to_string(nodes) + " nodes)", generated, {}});

    bool ok = true;
    for (const Target& target : targets) ok = runTarget(target, runs) && ok;
    return ok ? 0 : 1;
}

// fusebox-make-models OUTDIR [--large N]
//
// Writes every sample model into OUTDIR (created if missing) and, with
// --large N, also large_chain_N.onnx. Prints one line per file written.
// Exit code 0 on success, 2 on a bad command line or any write failure.

#include "modelbuilder/model_builder.h"
#include "modelbuilder/sample_models.h"

#include <charconv>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

namespace fs = std::filesystem;
using namespace fusebox::testmodels;

namespace {

constexpr int kExitFailure = 2;

int usage(const std::string& problem) {
    std::cerr << "fusebox-make-models: " << problem << "\n"
              << "usage: fusebox-make-models OUTDIR [--large N]\n";
    return kExitFailure;
}

std::optional<int64_t> parsePositive(const std::string& text) {
    int64_t value = 0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || value < 1) return std::nullopt;
    return value;
}

bool write(const onnx::ModelProto& model, const fs::path& path) {
    std::string error;
    if (!writeModel(model, path.string(), &error)) {
        std::cerr << "fusebox-make-models: " << error << "\n";
        return false;
    }
    std::cout << "wrote " << path.string() << " (" << model.graph().node_size() << " nodes)\n";
    return true;
}

} // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    std::optional<fs::path> outDir;
    std::optional<int64_t> largeCount;
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--large") {
            if (i + 1 == args.size()) return usage("--large needs a node count");
            largeCount = parsePositive(args[++i]);
            if (!largeCount) return usage("--large needs a positive integer, got '" + args[i] + "'");
        } else if (args[i].starts_with("-") && args[i] != "-") {
            return usage("unknown option '" + args[i] + "'");
        } else if (outDir) {
            return usage("more than one output directory given");
        } else {
            outDir = args[i];
        }
    }
    if (!outDir) return usage("missing OUTDIR");

    std::error_code ec;
    fs::create_directories(*outDir, ec);
    if (ec) {
        std::cerr << "fusebox-make-models: cannot create directory '" << outDir->string() << "': " << ec.message()
                  << "\n";
        return kExitFailure;
    }

    try {
        for (const NamedModel& m : allSampleModels())
            if (!write(m.model, *outDir / m.fileName)) return kExitFailure;
        if (largeCount) {
            const std::string name = "large_chain_" + std::to_string(*largeCount) + ".onnx";
            if (!write(largeChainModel(*largeCount), *outDir / name)) return kExitFailure;
        }
    } catch (const std::exception& e) {
        // e.g. std::bad_alloc for an absurd --large count.
        std::cerr << "fusebox-make-models: " << e.what() << "\n";
        return kExitFailure;
    }
    return 0;
}

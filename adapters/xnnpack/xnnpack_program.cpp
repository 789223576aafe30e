#include "xnnpack_program.h"

#include "core/text.h"

#include <cstring>
#include <map>
#include <mutex>

namespace fusebox::xnnpack {

namespace {

constexpr std::uintptr_t kPageSize = 4096;

// XNNPACK may read up to XNN_EXTRA_BYTES past a tensor; that is harmless while those
// bytes lie on the tensor's last page.
bool overReadStaysOnPage(const Tensor& tensor) {
    const auto end = reinterpret_cast<std::uintptr_t>(tensor.raw()) + tensor.byteSize();
    return end % kPageSize != 0 && kPageSize - end % kPageSize >= XNN_EXTRA_BYTES;
}

// One pool per thread count for the whole process: a model compiles into many programs,
// and a pool per program would leave that many sets of idle workers.
std::shared_ptr<pthreadpool> sharedPool(int threads) {
    static std::mutex mutex;
    static std::map<int, std::weak_ptr<pthreadpool>> pools;
    std::lock_guard lock(mutex);
    std::shared_ptr<pthreadpool> pool = pools[threads].lock();
    if (!pool) {
        pool = std::shared_ptr<pthreadpool>(pthreadpool_create(static_cast<std::size_t>(threads)), [](pthreadpool_t p) {
            if (p) pthreadpool_destroy(p);
        });
        pools[threads] = pool;
    }
    return pool;
}

std::string dimsText(const std::vector<int64_t>& dims) { return joinBracketed(dims, [](int64_t d) { return std::to_string(d); }); }

} // namespace

Result<std::unique_ptr<Program>> XnnpackProgram::create(BuiltSubgraph built, int threads) {
    std::unique_ptr<XnnpackProgram> program(new XnnpackProgram());
    program->threads_ = threads;
    if (threads != 1) {
        program->pool_ = sharedPool(threads);
        if (!program->pool_.get()) return Error("pthreadpool_create failed", ErrorKind::Failed);
        program->threads_ = static_cast<int>(pthreadpool_get_threads_count(program->pool_.get()));
    }
    const xnn_status status =
        xnn_create_runtime_v2(built.subgraph, program->pool_.get(), XNN_FLAG_YIELD_WORKERS, &program->runtime_);
    xnn_delete_subgraph(built.subgraph);
    built.subgraph = nullptr;
    if (status != xnn_status_success) {
        return Error("xnn_create_runtime_v2 failed (status " + std::to_string(int(status)) + ")", ErrorKind::Failed);
    }
    program->built_ = std::move(built);
    program->staged_.resize(program->built_.inputIds.size());
    return std::unique_ptr<Program>(std::move(program));
}

XnnpackProgram::~XnnpackProgram() {
    if (runtime_) xnn_delete_runtime(runtime_);
}

Status XnnpackProgram::run(const std::vector<Tensor>& inputs, std::vector<Tensor>& outputs, ProgramTimings*) {
    if (inputs.size() != built_.inputIds.size()) {
        return Error("xnnpack program: " + std::to_string(inputs.size()) + " inputs given, " +
                         std::to_string(built_.inputIds.size()) + " expected",
                     ErrorKind::Failed);
    }
    std::vector<xnn_external_value> externals;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        if (inputs[i].dims() != built_.inputDims[i] || inputs[i].type() != ElementType::Float32) {
            return Error("xnnpack program: input " + std::to_string(i) + " is " + dimsText(inputs[i].dims()) + ", compiled for float32 " +
                             dimsText(built_.inputDims[i]),
                         ErrorKind::Failed);
        }
        const Tensor* source = &inputs[i];
        if (!overReadStaysOnPage(inputs[i])) {
            if (staged_[i].empty()) { // a copy with room for the over-read
                const int64_t padded = inputs[i].elementCount() + int64_t(XNN_EXTRA_BYTES / sizeof(float));
                staged_[i] = Tensor::allocate(ElementType::Float32, {padded}, Tensor::Fill::None);
            }
            std::memcpy(staged_[i].raw(), inputs[i].raw(), inputs[i].byteSize());
            source = &staged_[i];
        }
        externals.push_back({built_.inputIds[i], const_cast<std::byte*>(source->raw())});
    }
    outputs.clear();
    for (std::size_t i = 0; i < built_.outputIds.size(); ++i) {
        outputs.push_back(Tensor::allocate(ElementType::Float32, built_.outputDims[i], Tensor::Fill::None));
        externals.push_back({built_.outputIds[i], outputs.back().raw()});
    }
    if (xnn_status s = xnn_setup_runtime(runtime_, externals.size(), externals.data()); s != xnn_status_success) {
        return Error("xnn_setup_runtime failed (status " + std::to_string(int(s)) + ")", ErrorKind::Failed);
    }
    if (xnn_status s = xnn_invoke_runtime(runtime_); s != xnn_status_success) {
        return Error("xnn_invoke_runtime failed (status " + std::to_string(int(s)) + ")", ErrorKind::Failed);
    }
    return {};
}

std::string XnnpackProgram::describe() const {
    std::string text = "XNNPACK runtime, " + std::to_string(threads_) + (threads_ == 1 ? " thread" : " threads") +
                       " (pthreadpool), NHWC; per-operator times are not offered by this XNNPACK, the subgraph is timed "
                       "as a whole\n  nodes (" + std::to_string(built_.nodeLines.size()) + "; XNNPACK fuses clamps into their producers):\n";
    for (const std::string& line : built_.nodeLines) text.append("    ").append(line).append("\n");
    text.append("  values (" + std::to_string(built_.valueLines.size()) + "):\n");
    for (const std::string& line : built_.valueLines) text.append("    ").append(line).append("\n");
    return text;
}

} // namespace fusebox::xnnpack

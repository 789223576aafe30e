#include "net_builder.h"

#include <oneapi/dnnl/dnnl_debug.h>

#include <algorithm>
#include <cstring>
#include <numeric>

namespace fusebox::onednn {

namespace {

Dims atLeastRank1(const Dims& dims) { return dims.empty() ? Dims{1} : dims; }

// The caller's format at the boundary: row-major, or NHWC for rank-4 tensors of an
// NHWC subgraph.
memory::desc boundaryDesc(const Dims& dims, Layout layout) {
    if (layout == Layout::NHWC && dims.size() == 4) return memory::desc(dims, memory::data_type::f32, memory::format_tag::nhwc);
    return plainDesc(dims, memory::data_type::f32);
}

} // namespace

memory::desc plainDesc(const Dims& dims, memory::data_type type) {
    const Dims shape = atLeastRank1(dims);
    Dims strides(shape.size(), 1);
    for (std::size_t i = shape.size() - 1; i > 0; --i) strides[i - 1] = strides[i] * std::max<int64_t>(shape[i], 1);
    return memory::desc(shape, type, strides);
}

bool isPlain(const memory::desc& md) {
    return md == plainDesc(md.dims(), md.data_type());
}

memory::desc sameFormat(const memory::desc& like, const Dims& dims) {
    if (like.dims() == dims) return like;
    using tag = memory::format_tag;
    const auto type = like.data_type();
    for (tag t : {tag::aBc8b, tag::aBc16b, tag::acb, tag::aBcd8b, tag::aBcd16b, tag::acdb, tag::aBcde8b, tag::aBcde16b, tag::acdeb}) {
        try {
            if (memory::desc(like.dims(), type, t) == like) return memory::desc(dims, type, t);
        } catch (const dnnl::error&) { // the tag has another rank
        }
    }
    return plainDesc(dims, type);
}

// oneDNN's own notation: axes by falling stride, upper case when blocked, then the
// inner blocks ("aBcd16b" is nChw16c).
std::string formatText(const memory::desc& md) {
    const dnnl_memory_desc_t& d = md.data;
    std::string text = std::string(dnnl_dt2str(d.data_type)) + ":";
    if (d.format_kind != dnnl_blocked) return text + "opaque";
    const auto& blocking = d.format_desc.blocking;
    std::vector<int> order(static_cast<std::size_t>(d.ndims));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return blocking.strides[x] > blocking.strides[y]; });
    for (int axis : order) {
        const bool blocked = std::find(blocking.inner_idxs, blocking.inner_idxs + blocking.inner_nblks, axis) != blocking.inner_idxs + blocking.inner_nblks;
        text += static_cast<char>((blocked ? 'A' : 'a') + axis);
    }
    for (int k = 0; k < blocking.inner_nblks; ++k) text += std::to_string(blocking.inner_blks[k]) + static_cast<char>('a' + blocking.inner_idxs[k]);
    return text;
}

// ref_fused_convolution and the other "ref_*" names compose JIT kernels; only "ref:" is
// the naive loop nest.
bool isReferenceImpl(const std::string& impl) { return impl.rfind("ref:", 0) == 0; }

std::string nodeLabel(const Node& node) { return node.opType + " '" + node.name + "'"; }

NetBuilder::NetBuilder(const Graph& graph, const SubgraphOp& subgraph, const dnnl::engine& engine, memory::data_type computeType,
                       const std::map<std::string, int64_t>& opsets)
    : graph_(graph), subgraph_(subgraph), engine_(engine), stream_(engine), computeType_(computeType) {
    for (const char* domain : {"", "ai.onnx"}) {
        if (const auto found = opsets.find(domain); found != opsets.end()) opset_ = found->second;
    }
    for (std::size_t i = 0; i < subgraph.nodes.size(); ++i) positions_[subgraph.nodes[i]] = static_cast<int>(i);
}

int NetBuilder::position(NodeId id) const {
    const auto found = positions_.find(id);
    return found == positions_.end() ? -1 : found->second;
}

Status NetBuilder::defineInputs(const std::vector<Dims>& dims, Layout layout) {
    for (std::size_t i = 0; i < subgraph_.inputs.size(); ++i) {
        BoundaryTensor boundary{dims[i], memory(boundaryDesc(dims[i], layout), engine_, DNNL_MEMORY_NONE), {}, {}};
        memory internal = allocate(plainDesc(dims[i], computeType_));
        boundary.reorder = dnnl::reorder(boundary.user, internal);
        boundary.args = {{DNNL_ARG_FROM, boundary.user}, {DNNL_ARG_TO, internal}};
        network_.inputs.push_back(std::move(boundary));
        values_[subgraph_.inputs[i]] = {dims[i], internal};
    }
    return {};
}

Result<Network> NetBuilder::finish(Layout layout) {
    for (ValueId id : subgraph_.outputs) {
        auto value = tensor(id);
        if (!value) return value.error();
        BoundaryTensor boundary{value->dims, memory(boundaryDesc(value->dims, layout), engine_, DNNL_MEMORY_NONE), {}, {}};
        boundary.reorder = dnnl::reorder(value->mem, boundary.user);
        boundary.args = {{DNNL_ARG_FROM, value->mem}, {DNNL_ARG_TO, boundary.user}};
        network_.outputs.push_back(std::move(boundary));
    }
    stream_.wait();
    return std::move(network_);
}

Result<std::vector<float>> NetBuilder::constantFloats(ValueId id) const {
    const Value& value = graph_.value(id);
    if (!value.constant) return Error("'" + value.name + "' must be a constant");
    if (value.constant->type() != ElementType::Float32) {
        return Error("'" + value.name + "' is " + std::string(elementTypeName(value.constant->type())) + ", expected float32");
    }
    return value.constant->values<float>();
}

Result<std::vector<int64_t>> NetBuilder::constantInts(ValueId id) const {
    const Value& value = graph_.value(id);
    if (!value.constant) return Error("'" + value.name + "' must be a constant");
    if (value.constant->type() == ElementType::Int64) return value.constant->values<int64_t>();
    if (value.constant->type() == ElementType::Int32) {
        const std::vector<int32_t> narrow = value.constant->values<int32_t>();
        return std::vector<int64_t>(narrow.begin(), narrow.end());
    }
    return Error("'" + value.name + "' is " + std::string(elementTypeName(value.constant->type())) + ", expected int64");
}

Result<NetTensor> NetBuilder::tensor(ValueId id) {
    if (const auto found = values_.find(id); found != values_.end()) return found->second;
    const Value& value = graph_.value(id);
    if (!value.constant) return Error("value '" + value.name + "' is used before it is computed");
    if (value.constant->type() != ElementType::Float32) {
        return Error("constant '" + value.name + "' is " + std::string(elementTypeName(value.constant->type())) + ", expected float32");
    }
    Tensor data = Tensor::fromConstant(*value.constant);
    NetTensor result{data.dims(), memory(plainDesc(data.dims(), memory::data_type::f32), engine_, data.raw()), true};
    network_.keepAlive.push_back(std::move(data));
    values_[id] = result;
    return result;
}

Result<NetTensor> NetBuilder::plainTensor(ValueId id) {
    auto value = tensor(id);
    if (!value || isPlain(value->mem.get_desc())) return value;
    if (const auto found = plain_.find(id); found != plain_.end()) return found->second;
    const NodeId producer = graph_.value(id).producer;
    NetTensor plain{value->dims, reorder(value->mem, plainDesc(value->dims, value->mem.get_desc().data_type()), producer)};
    plain_[id] = plain;
    return plain;
}

Result<memory> NetBuilder::input(ValueId id, const memory::desc& want, NodeId node) {
    auto value = tensor(id);
    if (!value) return value.error();
    if (value->mem.get_desc() == want) return value->mem;
    if (isConstant(id)) return prepared(value->mem, want);
    return reorder(value->mem, want, node);
}

void NetBuilder::define(ValueId id, NetTensor tensor) { values_[id] = std::move(tensor); }

Status NetBuilder::defineView(ValueId id, ValueId source, const Dims& dims) {
    auto plain = plainTensor(source);
    if (!plain) return plain.error();
    const memory::desc md = plainDesc(dims, plain->mem.get_desc().data_type());
    if (md.get_size() != plain->mem.get_desc().get_size()) return Error("'" + graph_.value(id).name + "': view changes the size");
    values_[id] = {dims, memory(md, engine_, plain->mem.get_data_handle())};
    shared_.insert(source);
    shared_.insert(id);
    return {};
}

bool NetBuilder::deadAfter(ValueId value, NodeId anchor, NodeId reader) const {
    if (shared_.count(value) || isConstant(value) || plain_.count(value)) return false;
    if (std::find(subgraph_.outputs.begin(), subgraph_.outputs.end(), value) != subgraph_.outputs.end()) return false;
    if (std::find(graph_.outputs().begin(), graph_.outputs().end(), value) != graph_.outputs().end()) return false;
    if (!values_.count(value)) return false;
    const int at = position(anchor);
    int readerUses = 0;
    for (NodeId consumer : graph_.value(value).consumers) {
        if (consumer == reader && readerUses++ == 0) continue;
        const int p = position(consumer);
        if (p < 0 || p >= at) return false;
    }
    return true;
}

memory NetBuilder::allocate(const memory::desc& md) {
    network_.buffers.emplace_back(md, engine_);
    return network_.buffers.back();
}

memory NetBuilder::prepared(const memory& source, const memory::desc& want) {
    if (source.get_desc() == want) return source;
    memory result = allocate(want);
    memory from = source;
    dnnl::reorder(from, result).execute(stream_, from, result);
    stream_.wait();
    return result;
}

memory NetBuilder::ownedFloats(const Dims& dims, std::vector<float> values) {
    Tensor data = Tensor::allocate(ElementType::Float32, dims.empty() ? Dims{1} : dims, Tensor::Fill::None);
    std::memcpy(data.raw(), values.data(), values.size() * sizeof(float));
    memory result(plainDesc(dims, memory::data_type::f32), engine_, data.raw());
    network_.keepAlive.push_back(std::move(data));
    return result;
}

void NetBuilder::add(dnnl::primitive primitive, Args args, NodeId node, std::string text) {
    const char* impl = "";
    dnnl_primitive_desc_query(primitive.get_primitive_desc(), dnnl_query_impl_info_str, 0, &impl);
    network_.steps.push_back({std::move(primitive), std::move(args), node, std::move(text), impl ? impl : ""});
}

memory NetBuilder::reorder(const memory& from, const memory::desc& want, NodeId node) {
    memory to = allocate(want);
    dnnl::reorder::primitive_desc pd(engine_, from.get_desc(), engine_, want);
    add(dnnl::reorder(pd), {{DNNL_ARG_FROM, from}, {DNNL_ARG_TO, to}}, node,
        "reorder " + std::string(pd.impl_info_str()) + " " + formatText(from.get_desc()) + " -> " + formatText(want));
    return to;
}

} // namespace fusebox::onednn

#include "support/sample_config.h"

namespace fusebox::test {

namespace {

// Up to and including max_subgraphs: where the paddle_config line goes.
const char* const kSketchHead = R"([model]
shapes = { x = [1, 3, 640, 640] }        # fix symbolic input dims

[partition]
targets = ["xnnpack", "onednn"]          # priority: first device that supports a node claims it
min_subgraph_size = 2                    # smaller subgraphs fall back to host
max_subgraphs = 0                        # 0 = unlimited; else keep the N most valuable
)";

const char* const kPaddleConfigLine =
    R"(paddle_config = "subgraph_partition_config_file.txt"   # optional, relative to this file
)";

const char* const kSketchTail = R"(
[device.onednn]                          # data attributes for this hardware type
precision = "fp32"                       # fp32 | bf16 | fp16 | int8
layout = "auto"                          # NCHW | NHWC | auto
threads = 2

[[rule]]                                 # overrides, applied in order, last match wins
ops = ["Resize"]                         # by op type
device = "host"
[[rule]]
nodes = ["conv2d_4*"]                    # by node name (glob)
device = "onednn"
[[rule]]
inputs = ["x"]                           # by tensor names (subset of the node's inputs)
outputs = ["conv_out"]                   # (subset of the node's outputs)
device = "host"
[[rule]]
nodes = ["Conv_12", "Relu_13", "Add_14"]
group = "stem"                           # these must form one subgraph
)";

} // namespace

std::string sketchConfig() {
    std::string text = kSketchHead;
    return text.append(kSketchTail);
}

std::string sketchConfigWithPaddleConfig() {
    std::string text = kSketchHead;
    return text.append(kPaddleConfigLine).append(kSketchTail);
}

} // namespace fusebox::test

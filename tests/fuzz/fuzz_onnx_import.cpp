// ONNX import of arbitrary bytes: parse, checker, preconditions, shape inference, IR.
#include "fuzz_input.h"
#include "onnx/onnx_import.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    // importOnnx reads a path (external data is resolved next to it): there is no in-memory entry.
    (void)fusebox::importOnnx(fusebox::fuzz::writeInput(data, size, "model.onnx"));
    return 0;
}

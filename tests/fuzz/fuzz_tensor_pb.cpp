// ONNX TensorProto .pb files: readTensorProtoFile only reads paths.
#include "fuzz_input.h"
#include "runtime/tensor_io.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    (void)fusebox::readTensorProtoFile(fusebox::fuzz::writeInput(data, size, "input.pb"));
    return 0;
}

#pragma once
// Reading and writing tensors: ONNX TensorProto files (.pb, as in ONNX test data) and
// NumPy .npy files.

#include "core/result.h"
#include "runtime/tensor.h"

#include <string>

namespace fusebox {

Result<Tensor> readTensorProtoFile(const std::string& path);
Result<Tensor> readNpyFile(const std::string& path);
Status writeNpyFile(const std::string& path, const Tensor& tensor);

} // namespace fusebox

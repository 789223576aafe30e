#pragma once

#include "core/result.h"

#include <onnx/onnx_pb.h>

#include <memory>
#include <string>

namespace fusebox::onnx_import {

// Reads and parses `path` as an ONNX ModelProto, telling apart a missing file, a
// directory, an empty file, bytes that are not protobuf, and a protobuf that is not a
// model. Messages do not repeat the path; the caller adds it.
Result<std::shared_ptr<onnx::ModelProto>> readModelFile(const std::string& path);

// The model's IR version and opsets are ones this build of ONNX knows.
Status checkVersions(const onnx::ModelProto& model);

// Runs the ONNX checker. Models with external data are checked by path, so the
// checker finds their data files next to the model rather than in the working folder.
Status checkModel(const onnx::ModelProto& model, const std::string& path);

} // namespace fusebox::onnx_import

#pragma once
// ONNX's operator schemas for shape inference, with the checks some of ONNX 1.12's
// inference functions skip put in front of them: STFT reads dim 1 of its signal without
// looking at the rank, and a rank-1 signal (declared or computed) made it read past the
// end of the dims and crash. A guarded function fails that node's inference with a
// message instead, as ONNX does for the shapes it does check.
// inference_preconditions.h checks what can be checked before inference runs at all.

#include <onnx/defs/schema.h>

namespace fusebox::onnx_import {

// The registry to infer with: the default schemas, guarded where listed in the .cpp.
const onnx::ISchemaRegistry& guardedSchemas();

} // namespace fusebox::onnx_import

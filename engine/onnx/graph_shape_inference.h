#pragma once
// ONNX shape inference run again on an imported model, so that what constant folding
// made constant (Reshape targets, Expand shapes, Range bounds ...) gives shapes.

#include "core/result.h"
#include "ir/model.h"

#include <cstddef>

namespace fusebox {

// Writes the model to ONNX with its small constants as initializers (inference reads
// their data) and its large ones (weights) declared as inputs without data, infers, and
// copies back what inference found that the IR lacked: an element type, a rank, a dim.
// A shape is only ever refined, never changed (a static dim stays), so repeating this
// ends. Nodes inference cannot handle keep what they had. Bodies of If/Loop/Scan are
// refined too. Returns how many values gained something.
Result<std::size_t> refineShapes(Model& model);

} // namespace fusebox

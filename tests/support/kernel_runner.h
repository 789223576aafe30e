#pragma once
// Runs one host kernel as a one-node graph, for the kernel tests.

#include "core/result.h"
#include "ir/attribute.h"
#include "runtime/tensor.h"

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace fusebox::test {

// An empty Tensor in `inputs` is an omitted optional input.
Result<std::vector<Tensor>> runOp(const std::string& op, const std::vector<Tensor>& inputs, Attributes attributes,
                                  int64_t opset, std::size_t outputCount = 1, int threads = 1);

Attributes attrs(std::initializer_list<std::pair<std::string, AttributeValue>> items);

} // namespace fusebox::test

// .npy tensor files: readNpyFile only reads paths.
#include "fuzz_input.h"
#include "runtime/tensor_io.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    (void)fusebox::readNpyFile(fusebox::fuzz::writeInput(data, size, "input.npy"));
    return 0;
}

#pragma once
// `fusebox import-ort-profile` as the CLI and the studio run it: an ONNX Runtime profile
// of a model, stored as a run of that model (source "onnxruntime", the machine this one),
// so it is listed and compared like any Fusebox run. Reading and storing are two steps,
// so bad input is refused before a database is opened (or created).

#include "store/profile_store.h"
#include "workflow/model_session.h"

#include <string>

namespace fusebox {

struct OrtImportRequest {
    std::string modelPath;   // the model that was profiled
    std::string profilePath; // the ORT profile JSON
    std::string ortVersion;  // recorded as the adapter version; may be empty
    InputShapes shapes;      // fix the dims of inputs
};

// The run to store, read from the model and the profile.
struct OrtImport {
    store::RunHeader header;
    store::RunResults results;
    std::size_t inferences = 0;
    int unmatched = 0; // profiled nodes the model lacks (fused or renamed by ORT)
};

Result<OrtImport> readOrtImport(const OrtImportRequest& request);

// The new run's id.
Result<store::RunId> storeOrtImport(const OrtImport& import, store::ProfileStore& store);

} // namespace fusebox

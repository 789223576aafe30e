#include "workflow/ort_import.h"

#include "core/file_io.h"
#include "core/text.h"
#include "store/machine_info.h"
#include "store/ort_profile.h"

#include <filesystem>

namespace fusebox {

Result<OrtImport> readOrtImport(const OrtImportRequest& request) {
    auto session = ModelSession::open({request.modelPath, {}, request.shapes, {}, {}});
    if (!session) return session.error();
    auto text = readTextFile(request.profilePath, kMaxDataFileBytes);
    if (!text) return text.error();
    auto profile = store::parseOrtProfile(*text, request.profilePath);
    if (!profile) return profile.error();

    OrtImport import;
    import.results = store::ortProfileResults(*profile, (*session)->graph(), &import.unmatched);
    import.inferences = profile->runMs.size();
    store::RunHeader& header = import.header;
    header.model = {(*session)->modelHash(), std::filesystem::path(request.modelPath).filename().string(), request.modelPath,
                    (*session)->originalNodeCount()};
    header.machine = store::thisMachine();
    header.adapters = {{"onnxruntime", request.ortVersion}};
    header.label = "onnxruntime";
    header.devices = joinText(profile->providers, ",");
    header.source = store::kSourceOnnxRuntime;
    header.settings = {0, 0, static_cast<int>(import.inferences)};
    return import;
}

Result<store::RunId> storeOrtImport(const OrtImport& import, store::ProfileStore& store) {
    auto id = store.beginRun(import.header);
    if (!id) return id.error();
    if (Status status = store.finishRun(*id, import.results); !status) return status.error();
    return *id;
}

} // namespace fusebox

#pragma once
// Paths and small helpers shared by the test suites.

#include "core/result.h"
#include "ir/model.h"

#include <onnx/onnx_pb.h>

#include <QByteArray>
#include <QString>

#include <functional>
#include <string>
#include <vector>

namespace fusebox::test {

// ../shared/models beside the checkout (real topologies with constant weights).
QString sharedModelsDir();
// The PaddleOCR models fetched by scripts/fetch-models.sh (git-ignored).
QString paddleOcrDir();
// The fusebox CLI built next to the tests.
QString cliPath();
// The device profiles shipped in the source tree (profiles/).
QString profilesDir();

// Writes `model` as `dir/name` and returns the path; fails the test on error.
std::string writeModel(const QString& dir, const std::string& name, const onnx::ModelProto& model);

// Writes a file (the test fails when it cannot).
void writeText(const QString& path, const QString& text);
void writeBytes(const QString& path, const QByteArray& bytes);

// Moves every raw-data initializer of `model` into `dir/dataFile` (ONNX external data)
// and returns the byte count written; `model` then refers to the file.
std::size_t moveInitializersToExternalData(onnx::ModelProto& model, const QString& dir, const std::string& dataFile);

// Reads a model file with plain protobuf, independent of the importer under test.
onnx::ModelProto readProto(const QString& path);

// Checks (as QCOMPAREs of the running test) that `error` carries file, line and column
// as fields, and that its message is "FILE:LINE:COL: " + its description.
void comparePlace(const Error& error, const std::string& file, int line, int column);
// Writes `model` as `dir/name` and imports it; a failure ends the test run, saying why.
Model writeAndImport(const QString& dir, const std::string& name, const onnx::ModelProto& model);

// One Qt Test row per golden file (*.txt) in `folder`, column "path", sorted by name;
// returns how many.
qsizetype addGoldenRows(const QString& folder);

// Reads a golden file: '#' lines and blank lines are skipped, an unindented line names a
// section ("nodes:"), and each indented line goes to `take` trimmed, with its section.
void readGoldenSections(const QString& path, const std::function<void(const QString& section, const QString& line)>& take);

// Names of the node outputs (top-level graph) whose shape is not fully static.
std::vector<std::string> unshapedValues(const Graph& graph);

} // namespace fusebox::test

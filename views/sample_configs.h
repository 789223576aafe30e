#pragma once
// The partition configs shipped as samples (resources/configs), offered when a model is
// opened without a config.

#include <QStringList>

namespace fusebox::studio {

// *.toml of the source tree's resources/configs (build tree) or the installed copy, sorted.
QStringList sampleConfigPaths();

} // namespace fusebox::studio

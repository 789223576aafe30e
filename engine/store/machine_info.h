#pragma once
// The machine a run happens on, as the profile store records it.

#include "store/run_record.h"

namespace fusebox::store {

// CPU model name (/proc/cpuinfo), logical cores, OS name and release (uname).
MachineInfo thisMachine();

} // namespace fusebox::store

#include "cli/batch.hpp"

#include <sched.h>

namespace figura::cli {

unsigned default_jobs() noexcept {
    // The cores this process may run on (taskset, cgroups' cpusets), not every core of the machine.
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
        int const n = CPU_COUNT(&set);
        if (n > 0) return static_cast<unsigned>(n);
    }
    unsigned const n = std::thread::hardware_concurrency();
    return n > 0 ? n : 1;
}

}  // namespace figura::cli

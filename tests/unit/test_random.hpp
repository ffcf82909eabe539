#pragma once
// A deterministic random source for generated test inputs: std:: distributions differ between
// standard libraries, so a failing case would not reproduce elsewhere; splitmix64 is the same
// everywhere and a seed names a case.

#include <cstddef>
#include <cstdint>

namespace figura::test {

struct splitmix64 {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform enough for tests in [0, n), n > 0.
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
};

}  // namespace figura::test

// Runs fuzz inputs through a target without libFuzzer, so the seed corpus is a regression test under
// any compiler: `figura_fuzz_replay_<target> <file-or-directory>...`. Directories are walked
// recursively; files run in sorted order so a failure names the same input every time.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size);

namespace fs = std::filesystem;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s <corpus-file-or-directory>...\n", argv[0]);
        return 2;
    }
    std::vector<fs::path> inputs;
    for (int i = 1; i < argc; ++i) {
        fs::path const arg(argv[i]);
        std::error_code ec;
        if (fs::is_directory(arg, ec)) {
            for (auto const& entry : fs::recursive_directory_iterator(arg))
                if (entry.is_regular_file()) inputs.push_back(entry.path());
        } else if (fs::is_regular_file(arg, ec)) {
            inputs.push_back(arg);
        } else {
            std::fprintf(stderr, "%s: no such file or directory\n", argv[i]);
            return 2;
        }
    }
    std::sort(inputs.begin(), inputs.end());
    if (inputs.empty()) {
        std::fprintf(stderr, "no inputs found\n");  // an empty corpus would pass vacuously
        return 1;
    }
    for (auto const& path : inputs) {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "%s: cannot read\n", path.c_str());
            return 2;
        }
        std::vector<char> const bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        // Announce first: if the target aborts, the last line names the input.
        std::printf("replay: %s (%zu bytes)\n", path.c_str(), bytes.size());
        std::fflush(stdout);
        // A copy in its own allocation lets ASan catch reads past the end, as libFuzzer does.
        std::vector<std::uint8_t> const data(bytes.begin(), bytes.end());
        static std::uint8_t const no_bytes = 0;  // libFuzzer never passes a null pointer either
        LLVMFuzzerTestOneInput(data.empty() ? &no_bytes : data.data(), data.size());
    }
    std::printf("replayed %zu inputs\n", inputs.size());
    return 0;
}

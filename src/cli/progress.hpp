#pragma once
// A progress bar on standard error for long `figura check --jsonl` runs:
//     checking [##########..........]  512/1024  50%  210.3/s  ETA 0:02
// drawn only when standard error is a terminal and TERM is not "dumb" (the bar redraws the line with
// a carriage return and ESC[K, which a dumb terminal cannot do); NO_COLOR does not matter, the bar
// has no colour. Redrawn at most 10 times a second; `finish()` clears the line.

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <string>

namespace figura::cli {

/// Whether a bar should be drawn on `stream` (a terminal, and TERM not "dumb").
bool progress_wanted(std::FILE* stream);

class progress_bar {
public:
    using clock = std::chrono::steady_clock;

    /// `enabled` false: every call does nothing.
    progress_bar(std::size_t total, bool enabled, std::FILE* stream = stderr);
    progress_bar(progress_bar const&) = delete;
    progress_bar& operator=(progress_bar const&) = delete;
    ~progress_bar();

    /// `done` items finished; redraws when 100 ms have passed since the last drawing (and always
    /// for the first and last item).
    void update(std::size_t done);
    /// Clears the bar's line so a message can be printed; the next `update` draws it again.
    void suspend();
    /// Clears the bar's line for good.
    void finish();

    /// The line for `done` of `total` after `elapsed` (no carriage return), `width` cells of bar.
    [[nodiscard]] static std::string line(std::size_t done, std::size_t total, clock::duration elapsed, std::size_t width = 28);

private:
    std::size_t total_;
    bool enabled_;
    bool drawn_ = false;
    std::FILE* stream_;
    clock::time_point start_;
    clock::time_point last_draw_{};
};

}  // namespace figura::cli

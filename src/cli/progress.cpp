#include "cli/progress.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>
#include <string_view>

namespace figura::cli {

bool progress_wanted(std::FILE* stream) {
    if (stream == nullptr || ::isatty(::fileno(stream)) != 1) return false;
    char const* term = std::getenv("TERM");
    return term == nullptr || std::string_view(term) != "dumb";
}

progress_bar::progress_bar(std::size_t total, bool enabled, std::FILE* stream)
    : total_(total), enabled_(enabled && total > 0), stream_(stream), start_(clock::now()) {}

progress_bar::~progress_bar() { finish(); }

std::string progress_bar::line(std::size_t done, std::size_t total, clock::duration elapsed, std::size_t width) {
    if (done > total) done = total;
    std::size_t const filled = total == 0 ? width : done * width / total;
    std::size_t const percent = total == 0 ? 100 : done * 100 / total;
    double const seconds = std::chrono::duration<double>(elapsed).count();
    std::string rate = "-/s", eta = "ETA -:--";
    if (seconds > 0 && done > 0) {
        double const per_second = static_cast<double>(done) / seconds;
        rate = fmt::format("{:.1f}/s", per_second);
        auto const left = static_cast<long long>(static_cast<double>(total - done) / per_second + 0.5);
        eta = left >= 3600 ? fmt::format("ETA {}:{:02}:{:02}", left / 3600, left / 60 % 60, left % 60)
                           : fmt::format("ETA {}:{:02}", left / 60, left % 60);
    }
    return fmt::format("checking [{}{}] {:>{}}/{} {:>3}% {} {}", std::string(filled, '#'), std::string(width - filled, '.'), done,
                       fmt::format("{}", total).size(), total, percent, rate, eta);
}

void progress_bar::update(std::size_t done) {
    if (!enabled_) return;
    auto const now = clock::now();
    bool const due = !drawn_ || done >= total_ || now - last_draw_ >= std::chrono::milliseconds(100);
    if (!due) return;
    last_draw_ = now;
    drawn_ = true;
    fmt::print(stream_, "\r{}\x1b[K", line(done, total_, now - start_));
    std::fflush(stream_);
}

void progress_bar::suspend() {
    if (!enabled_ || !drawn_) return;
    fmt::print(stream_, "\r\x1b[K");
    std::fflush(stream_);
    drawn_ = false;
}

void progress_bar::finish() {
    if (!enabled_ || !drawn_) return;
    fmt::print(stream_, "\r\x1b[K");
    std::fflush(stream_);
    drawn_ = false;
    enabled_ = false;
}

}  // namespace figura::cli

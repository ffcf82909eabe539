#pragma once
// A small HTTP/1.1 server on 127.0.0.1 for tests of `figura rates update`: it serves fixed responses
// by path from a thread of the test process, one connection at a time, and can misbehave on purpose
// (stall, cut a body short, answer 404 or with a web page). POSIX sockets only; nothing leaves the
// loopback interface.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>

namespace figura::test {

class loopback_http_server {
public:
    struct response {
        int status = 200;
        std::string content_type = "application/octet-stream";
        std::string body;
        /// Send only this many body bytes (the Content-Length still announces the whole body), then
        /// close: an interrupted transfer.
        std::size_t cut_after = std::string::npos;
        /// After this many body bytes, stop sending for `stall_ms` (a server that hangs mid-transfer).
        std::size_t stall_after = std::string::npos;
        int stall_ms = 0;
    };

    loopback_http_server() {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd_ < 0) throw std::runtime_error("socket failed");
        int yes = 1;
        ::setsockopt(fd_, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);  // 127.0.0.1 only
        addr.sin_port = 0;                               // any free port
        if (::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(fd_, 8) != 0) {
            ::close(fd_);
            throw std::runtime_error("bind/listen on 127.0.0.1 failed");
        }
        socklen_t len = sizeof addr;
        ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len);
        port_ = ntohs(addr.sin_port);
        thread_ = std::thread([this] { serve(); });
    }

    ~loopback_http_server() {
        stop_ = true;
        if (thread_.joinable()) thread_.join();
        ::close(fd_);
    }

    loopback_http_server(loopback_http_server const&) = delete;
    loopback_http_server& operator=(loopback_http_server const&) = delete;

    void route(std::string const& path, response r) {
        std::lock_guard lock(mutex_);
        routes_[path] = std::move(r);
    }

    [[nodiscard]] std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }

    /// Requests served so far (paths), for tests that check what was asked.
    [[nodiscard]] std::size_t requests() const { return requests_; }

private:
    bool wait_readable(int fd, int ms) {
        pollfd p{fd, POLLIN, 0};
        return ::poll(&p, 1, ms) > 0;
    }

    /// Sleeps in short steps so the destructor never waits long.
    void pause(int ms) {
        auto const until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
        while (!stop_ && std::chrono::steady_clock::now() < until) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }

    static bool send_all(int fd, char const* data, std::size_t size) {
        while (size > 0) {
            auto const n = ::send(fd, data, size, MSG_NOSIGNAL);  // a client that hung up is not a crash
            if (n <= 0) return false;
            data += n;
            size -= static_cast<std::size_t>(n);
        }
        return true;
    }

    void serve() {
        while (!stop_) {
            if (!wait_readable(fd_, 20)) continue;
            int const client = ::accept(fd_, nullptr, nullptr);
            if (client < 0) continue;
            handle(client);
            ::close(client);
        }
    }

    void handle(int client) {
        std::string request;
        char buffer[4096];
        while (request.find("\r\n\r\n") == std::string::npos && request.size() < 65536) {
            if (!wait_readable(client, 2000)) return;
            auto const n = ::recv(client, buffer, sizeof buffer, 0);
            if (n <= 0) return;
            request.append(buffer, static_cast<std::size_t>(n));
        }
        ++requests_;
        // "GET /path?query HTTP/1.1"
        auto const sp1 = request.find(' ');
        auto const sp2 = request.find(' ', sp1 + 1);
        std::string path = sp1 == std::string::npos || sp2 == std::string::npos ? "/" : request.substr(sp1 + 1, sp2 - sp1 - 1);
        if (auto q = path.find('?'); q != std::string::npos) path.resize(q);
        response r;
        {
            std::lock_guard lock(mutex_);
            auto it = routes_.find(path);
            if (it != routes_.end()) {
                r = it->second;
            } else {
                r.status = 404;
                r.content_type = "text/html";
                r.body = "<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>";
            }
        }
        std::string head = "HTTP/1.1 " + std::to_string(r.status) + (r.status == 200 ? " OK" : " Error") + "\r\n" +
                           "Content-Type: " + r.content_type + "\r\n" + "Content-Length: " + std::to_string(r.body.size()) +
                           "\r\n" + "Connection: close\r\n\r\n";
        if (!send_all(client, head.data(), head.size())) return;
        std::size_t const end = std::min(r.cut_after, r.body.size());
        std::size_t sent = 0;
        if (r.stall_after < end) {
            if (!send_all(client, r.body.data(), r.stall_after)) return;
            sent = r.stall_after;
            pause(r.stall_ms);
            if (stop_) return;
        }
        send_all(client, r.body.data() + sent, end - sent);
        // Closing here with fewer bytes than announced is the interrupted transfer.
    }

    int fd_ = -1;
    unsigned short port_ = 0;
    std::atomic<bool> stop_{false};
    std::atomic<std::size_t> requests_{0};
    std::mutex mutex_;
    std::map<std::string, response> routes_;
    std::thread thread_;
};

}  // namespace figura::test

// Loading libcurl and libcrypto on demand (net_libs.hpp). The sonames are those of the development
// packages the tool is built against (libcurl4-openssl-dev: libcurl.so.4; libssl-dev 3.x:
// libcrypto.so.3), so the headers and the loaded library agree.

#include "cli/net_libs.hpp"

#include <dlfcn.h>
#include <fmt/format.h>
#include <openssl/opensslv.h>

#include <mutex>

namespace figura::cli {
namespace {

#define FIGURA_STRINGIFY2(x) #x
#define FIGURA_STRINGIFY(x) FIGURA_STRINGIFY2(x)
constexpr char const* curl_soname = "libcurl.so.4";
constexpr char const* crypto_soname = "libcrypto.so." FIGURA_STRINGIFY(OPENSSL_VERSION_MAJOR);

std::string dl_error() {
    char const* e = dlerror();
    return e != nullptr ? e : "unknown error";
}

// Looks up `name` in `lib` into `fn`; false (with `why`) when missing.
template <class F>
bool resolve(void* lib, char const* name, F& fn, std::string& why) {
    fn = reinterpret_cast<F>(dlsym(lib, name));
    if (fn == nullptr) why = fmt::format("{} has no {}", curl_soname, name);
    return fn != nullptr;
}

struct loaded_curl {
    curl_api api{};
    bool ok = false;
    std::string why;
};

loaded_curl const& curl_library() {
    static loaded_curl const loaded = [] {
        loaded_curl out;
        void* lib = dlopen(curl_soname, RTLD_NOW | RTLD_LOCAL);
        if (lib == nullptr) {
            out.why = fmt::format("cannot load libcurl ({}): {}", curl_soname, dl_error());
            return out;
        }
        auto& a = out.api;
        if (!resolve(lib, "curl_global_init", a.global_init, out.why) || !resolve(lib, "curl_easy_init", a.easy_init, out.why) ||
            !resolve(lib, "curl_easy_setopt", a.easy_setopt, out.why) ||
            !resolve(lib, "curl_easy_perform", a.easy_perform, out.why) ||
            !resolve(lib, "curl_easy_getinfo", a.easy_getinfo, out.why) ||
            !resolve(lib, "curl_easy_cleanup", a.easy_cleanup, out.why) ||
            !resolve(lib, "curl_easy_strerror", a.easy_strerror, out.why))
            return out;
        if (a.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
            out.why = "cannot initialise libcurl";
            return out;
        }
        out.ok = true;
        return out;
    }();
    return loaded;
}

struct loaded_crypto {
    int (*digest)(void const*, std::size_t, unsigned char*, unsigned int*, EVP_MD const*, ENGINE*) = nullptr;
    EVP_MD const* (*sha256)() = nullptr;
};

loaded_crypto const& crypto_library() {
    static loaded_crypto const loaded = [] {
        loaded_crypto out;
        void* lib = dlopen(crypto_soname, RTLD_NOW | RTLD_LOCAL);
        if (lib == nullptr) return out;
        out.digest = reinterpret_cast<decltype(out.digest)>(dlsym(lib, "EVP_Digest"));
        out.sha256 = reinterpret_cast<decltype(out.sha256)>(dlsym(lib, "EVP_sha256"));
        return out;
    }();
    return loaded;
}

}  // namespace

curl_api const* load_curl(std::string& why) {
    auto const& l = curl_library();
    if (!l.ok) {
        why = l.why;
        return nullptr;
    }
    return &l.api;
}

std::string sha256_hex(std::string const& data) {
    auto const& c = crypto_library();
    if (c.digest == nullptr || c.sha256 == nullptr) return "unknown";
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (c.digest(data.data(), data.size(), digest, &length, c.sha256(), nullptr) != 1) return "unknown";
    std::string out;
    for (unsigned int i = 0; i < length; ++i) out += fmt::format("{:02x}", digest[i]);
    return out;
}

}  // namespace figura::cli

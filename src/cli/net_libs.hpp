#pragma once
// libcurl and OpenSSL's libcrypto for `figura rates update`, loaded when that command first needs
// them (dlopen) instead of at every start: linked in, their dependency chain (GnuTLS, Kerberos, LDAP,
// ...) took about two thirds of the start-up of `figura parse '$5m'` (docs/performance.md).

#include <curl/curl.h>
#include <openssl/evp.h>

#include <string>

namespace figura::cli {

/// The libcurl functions the update uses.
struct curl_api {
    CURLcode (*global_init)(long flags);
    CURL* (*easy_init)();
    CURLcode (*easy_setopt)(CURL* handle, CURLoption option, ...);
    CURLcode (*easy_perform)(CURL* handle);
    CURLcode (*easy_getinfo)(CURL* handle, CURLINFO info, ...);
    void (*easy_cleanup)(CURL* handle);
    char const* (*easy_strerror)(CURLcode code);
};

/// libcurl, loaded and initialised (curl_global_init) on the first call; nullptr with the reason in
/// `why` when it cannot be (not installed).
curl_api const* load_curl(std::string& why);

/// The SHA-256 of `data` in lower-case hex from libcrypto, or "unknown" when it cannot be loaded.
std::string sha256_hex(std::string const& data);

}  // namespace figura::cli

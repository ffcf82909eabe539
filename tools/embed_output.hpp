// What the build-time embedders (figura_lexicon_embed, figura_words_embed) share: C++ string
// literals for arbitrary bytes, and writing the generated source only when it changed.
#pragma once

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

namespace figura::tools {

// A C++ string literal: printable ASCII as is, every other byte as a three-digit octal escape
// (never ambiguous with the characters that follow, unlike \x).
inline std::string literal(std::string_view bytes) {
    std::string out = "\"";
    for (char ch : bytes) {
        auto const c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\' || c == '?') {
            out += '\\';
            out += ch;
        } else if (c < 0x20 || c >= 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\%03o", c);
            out += buf;
        } else {
            out += ch;
        }
    }
    return out + "\"";
}

// Writes `text` to `path` unless the file already holds exactly that, so an unchanged table does not
// recompile anything. Returns the tool's exit status.
inline int write_if_changed(char const* path, std::string const& text, char const* tool) {
    {
        std::ifstream old(path, std::ios::binary);
        std::ostringstream buffer;
        buffer << old.rdbuf();
        if (old && std::move(buffer).str() == text) return 0;
    }
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << text;
    if (!file) {
        std::cerr << tool << ": cannot write " << path << "\n";
        return 1;
    }
    return 0;
}

}  // namespace figura::tools

#include "gigamap/core/project_locator.h"

#include <fmt/format.h>

#include <cctype>

#include "gigamap/core/error.h"

namespace gigamap::core {
namespace {

constexpr std::string_view kSchemaKey = "schema=";

int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    const auto lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower >= 'a' && lower <= 'f') {
        return lower - 'a' + 10;
    }
    return -1;
}

std::string percentDecoded(std::string_view text) {
    std::string decoded;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size()) {
            const int high = hexDigit(text[i + 1]);
            const int low = hexDigit(text[i + 2]);
            if (high >= 0 && low >= 0) {
                decoded += static_cast<char>(high * 16 + low);
                i += 2;
                continue;
            }
        }
        decoded += text[i];
    }
    return decoded;
}

// The URI without its password: `user:secret@host` becomes `user@host`.
std::string withoutPassword(const std::string& uri) {
    const auto start = uri.find("://");
    if (start == std::string::npos) {
        return uri;
    }
    const auto authorityStart = start + 3;
    const auto authorityEnd = uri.find_first_of("/?", authorityStart);
    const auto at = uri.rfind('@', authorityEnd == std::string::npos ? uri.size() : authorityEnd);
    if (at == std::string::npos || at < authorityStart) {
        return uri;
    }
    const auto colon = uri.find(':', authorityStart);
    if (colon == std::string::npos || colon > at) {
        return uri;
    }
    return uri.substr(0, colon) + uri.substr(at);
}

// Calls `visit` with each `key=value` of a URI's query string (after '?').
template <typename Visit>
void forEachParameter(std::string_view query, Visit visit) {
    while (!query.empty()) {
        const auto amp = query.find('&');
        if (const auto parameter = query.substr(0, amp); !parameter.empty()) {
            visit(parameter);
        }
        query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
    }
}

// A query parameter that is a password (libpq accepts `?password=`).
bool isPasswordParameter(std::string_view parameter) {
    return parameter.starts_with("password=");
}

}  // namespace

bool isServerLocator(std::string_view text) {
    return text.starts_with("postgresql://") || text.starts_with("postgres://");
}

ProjectLocator ProjectLocator::parse(std::string_view text) {
    ProjectLocator locator;
    if (!isServerLocator(text)) {
        locator.path_ = std::filesystem::path(text);
        return locator;
    }
    locator.server_ = true;
    const std::string uri(text);
    const auto question = uri.find('?');
    const std::string base = uri.substr(0, question);
    std::string kept;
    if (question != std::string::npos) {
        forEachParameter(std::string_view(uri).substr(question + 1), [&](std::string_view p) {
            if (p.starts_with(kSchemaKey)) {
                locator.schema_ = percentDecoded(p.substr(kSchemaKey.size()));
            } else {
                kept += (kept.empty() ? "?" : "&") + std::string(p);
            }
        });
    }
    locator.conninfo_ = base + kept;
    if (locator.schema_.empty()) {
        throw StoreError(
            fmt::format("{} names no schema: add ?schema=NAME (the schema that holds the project)",
                        locator.display()));
    }
    // Any name PostgreSQL allows (it is always quoted), but not one it would cut short.
    if (locator.schema_.size() > 63 || locator.schema_.find('\0') != std::string::npos) {
        throw StoreError(fmt::format("the schema name in {} is longer than PostgreSQL's 63 bytes",
                                     locator.display()));
    }
    return locator;
}

std::string ProjectLocator::display() const {
    if (!server_) {
        return path_.string();
    }
    const auto question = conninfo_.find('?');
    std::string parameters = schema_.empty() ? "" : "schema=" + schema_;
    if (question != std::string::npos) {
        forEachParameter(std::string_view(conninfo_).substr(question + 1), [&](std::string_view p) {
            if (!isPasswordParameter(p)) {
                parameters += (parameters.empty() ? "" : "&") + std::string(p);
            }
        });
    }
    const std::string shown = withoutPassword(conninfo_.substr(0, question));
    return parameters.empty() ? shown : shown + "?" + parameters;
}

}  // namespace gigamap::core

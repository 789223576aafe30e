// Shell-style globs for node names in config rules. Hand-written because std::regex
// would need escaping of every '.' and '/' in real node names, and is slow.
#include "config/partition_config.h"

#include <optional>

namespace fusebox {
namespace {

constexpr std::size_t kNoMatch = std::string_view::npos;

// The set "[...]" starting at pattern[open] tested against `c`. Returns the position
// after the closing ']' when `c` is in the set, kNoMatch when it is not, and nullopt
// when the set is not closed (the '[' is then an ordinary character).
std::optional<std::size_t> matchSet(std::string_view pattern, std::size_t open, char c) {
    std::size_t i = open + 1;
    const bool negated = i < pattern.size() && (pattern[i] == '!' || pattern[i] == '^');
    if (negated) ++i;
    bool found = false;
    // A ']' right after '[' or '[!' is a member, not the end of the set.
    for (bool first = true; i < pattern.size() && (first || pattern[i] != ']'); first = false) {
        const char low = pattern[i];
        char high = low;
        if (i + 2 < pattern.size() && pattern[i + 1] == '-' && pattern[i + 2] != ']') {
            high = pattern[i + 2];
            i += 2;
        }
        if (low <= c && c <= high) found = true;
        ++i;
    }
    if (i >= pattern.size()) return std::nullopt;
    return found != negated ? i + 1 : kNoMatch;
}

// Matches one character of text against the single-character pattern item at `p`
// ('?', a set or a literal). Returns the position of the next item, or kNoMatch.
std::size_t matchOne(std::string_view pattern, std::size_t p, char c) {
    if (pattern[p] == '?') return p + 1;
    if (pattern[p] == '[') {
        if (auto next = matchSet(pattern, p, c)) return *next;
    }
    return pattern[p] == c ? p + 1 : kNoMatch;
}

} // namespace

// Greedy matching that remembers the last '*': when a later item fails, that star
// takes one more character. Linear in practice, no recursion.
bool globMatch(std::string_view pattern, std::string_view text) {
    std::size_t p = 0;
    std::size_t t = 0;
    std::size_t starP = kNoMatch; // position of the last '*' seen
    std::size_t starT = 0;        // text position that star currently stops at
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == '*') {
            starP = p++;
            starT = t;
            continue;
        }
        if (p < pattern.size()) {
            const std::size_t next = matchOne(pattern, p, text[t]);
            if (next != kNoMatch) {
                p = next;
                ++t;
                continue;
            }
        }
        if (starP == kNoMatch) return false;
        p = starP + 1;
        t = ++starT;
    }
    while (p < pattern.size() && pattern[p] == '*') ++p;
    return p == pattern.size();
}

} // namespace fusebox

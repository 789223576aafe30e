#pragma once
// Small text helpers for messages: joining lists, suggesting a near name, sizes.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace fusebox {

// The items written by `format(item)` (anything std::string::append takes: a string,
// a string_view, a C string), with `separator` between them; "" for no items.
// Built with append(), not operator+: GCC 12 warns falsely (-Wrestrict) on some of those.
template <typename Range, typename Format>
std::string joinWith(const Range& items, Format format, std::string_view separator = ", ") {
    std::string text;
    bool first = true;
    for (const auto& item : items) {
        if (!first) text.append(separator);
        text.append(format(item));
        first = false;
    }
    return text;
}

// "a, b, c" for items convertible to std::string_view (strings, string_views, C strings).
template <typename Range>
std::string joinText(const Range& items, std::string_view separator = ", ") {
    return joinWith(items, [](const auto& item) { return std::string_view(item); }, separator);
}

// "[a, b, c]": joinWith in brackets, as lists are written in messages and TOML.
template <typename Range, typename Format>
std::string joinBracketed(const Range& items, Format format) {
    std::string text = "[";
    text.append(joinWith(items, format));
    return text.append("]");
}

// "1x3x224x224" for joinInts(dims, "x"); "" for an empty list.
inline std::string joinInts(std::span<const int64_t> values, std::string_view separator) {
    return joinWith(values, [](int64_t value) { return std::to_string(value); }, separator);
}

// Levenshtein distance, ignoring ASCII case: "resize" is 0 from "Resize".
std::size_t editDistanceIgnoringCase(std::string_view a, std::string_view b);

// The candidate closest to `name` when it is close enough to be a typo (at most one
// edit for names of up to 4 characters, two for longer ones), for "did you mean 'X'?";
// on a tie the first candidate wins.
std::optional<std::string> closestMatch(std::string_view name, std::span<const std::string> candidates);

// The second half of an unknown-name message: "did you mean 'X'?" when closestMatch
// finds one, else "expected <expected>".
std::string didYouMeanOr(std::string_view name, std::span<const std::string> candidates, std::string_view expected);

// A name from a user's file as messages quote it: whole up to `limit` characters, else
// its start and how long it was ("AAAA… (1048576 characters)"), so a hostile 5 MiB name
// does not come back as a 5 MiB message.
std::string shortenedForMessage(std::string_view text, std::size_t limit = 80);

// `text` with every byte sequence that is not UTF-8 replaced by U+FFFD, for writers of
// text formats (CSV) that take names from files nobody checked.
std::string validUtf8(std::string_view text);

std::string humanBytes(int64_t bytes); // 1536 -> "1.50 KiB"
std::string humanCount(int64_t count); // 1234567 -> "1.23 M" (K, M, G, T)

} // namespace fusebox

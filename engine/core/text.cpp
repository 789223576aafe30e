#include "core/text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <vector>

namespace fusebox {

namespace {

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

} // namespace

std::size_t editDistanceIgnoringCase(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitute = diagonal + (lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1);
            diagonal = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, substitute});
        }
    }
    return row[b.size()];
}

std::optional<std::string> closestMatch(std::string_view name, std::span<const std::string> candidates) {
    const std::size_t limit = name.size() <= 4 ? 1 : 2;
    std::optional<std::string> best;
    std::size_t bestDistance = limit + 1;
    for (const std::string& candidate : candidates) {
        // The distance is at least the difference in length: skip those without the
        // quadratic work (a 1 MiB name against every op type took seconds).
        const std::size_t longer = std::max(name.size(), candidate.size());
        if (longer - std::min(name.size(), candidate.size()) > limit) continue;
        const std::size_t distance = editDistanceIgnoringCase(name, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

std::string didYouMeanOr(std::string_view name, std::span<const std::string> candidates, std::string_view expected) {
    std::string text;
    if (std::optional<std::string> suggestion = closestMatch(name, candidates)) {
        text.append("did you mean '").append(*suggestion).append("'?");
    } else {
        text.append("expected ").append(expected);
    }
    return text;
}

namespace {

// Length of the UTF-8 sequence starting at text[i], or 0 when it is not one (overlong
// forms, surrogates and code points above U+10FFFF included).
std::size_t utf8SequenceLength(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    uint32_t code = 0;
    if ((lead & 0xE0) == 0xC0) length = 2, code = lead & 0x1F;
    else if ((lead & 0xF0) == 0xE0) length = 3, code = lead & 0x0F;
    else if ((lead & 0xF8) == 0xF0) length = 4, code = lead & 0x07;
    else return 0;
    if (i + length > text.size()) return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
        code = (code << 6) | (byte(i + k) & 0x3F);
    }
    static constexpr uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code < kSmallest[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
    return length;
}

} // namespace

std::string validUtf8(std::string_view text) {
    std::string valid;
    valid.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        if (const std::size_t length = utf8SequenceLength(text, i)) {
            valid.append(text.substr(i, length));
            i += length;
        } else {
            valid.append("\xEF\xBF\xBD"); // U+FFFD
            ++i;
        }
    }
    return valid;
}

std::string shortenedForMessage(std::string_view text, std::size_t limit) {
    if (text.size() <= limit) return std::string(text);
    std::size_t cut = limit / 2;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut; // not inside a UTF-8 character
    std::string shortened(text.substr(0, cut));
    return shortened.append("\u2026 (").append(std::to_string(text.size())).append(" characters)");
}

namespace {

std::string scaled(double value, double base, const std::array<const char*, 5>& units) {
    std::size_t unit = 0;
    while (value >= base && unit + 1 < units.size()) {
        value /= base;
        ++unit;
    }
    char text[32];
    const char* separator = units[unit][0] ? " " : "";
    std::snprintf(text, sizeof text, unit == 0 ? "%.0f%s%s" : "%.2f%s%s", value, separator, units[unit]);
    return text;
}

} // namespace

std::string humanBytes(int64_t bytes) {
    return scaled(static_cast<double>(bytes), 1024.0, {"B", "KiB", "MiB", "GiB", "TiB"});
}

std::string humanCount(int64_t count) {
    return scaled(static_cast<double>(count), 1000.0, {"", "K", "M", "G", "T"});
}

} // namespace fusebox

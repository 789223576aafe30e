#include "core/text.h"

#include <algorithm>
#include <cctype>
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

} // namespace fusebox

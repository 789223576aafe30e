// fusebox compare: two stored runs side by side, by subgraph, node or op type.
#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/number_format.h"
#include "cli/spread_format.h"
#include "cli/store_option.h"
#include "cli/text_format.h"
#include "core/json_text.h"
#include "store/run_comparison.h"
#include "store/run_spread.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace fusebox::cli {

namespace {

using Json = nlohmann::ordered_json;

Result<store::CompareBy> parseBy(const std::string& text) {
    if (text == "subgraph") return store::CompareBy::Subgraph;
    if (text == "node") return store::CompareBy::Node;
    if (text == "op-type") return store::CompareBy::OpType;
    return Error("--by " + text + ": expected subgraph, node or op-type");
}

Json rowJson(const store::ComparisonRow& row) {
    auto optional = [](const std::optional<double>& value) { return value ? Json(*value) : Json(nullptr); };
    return {{"item", row.item}, {"a", row.a}, {"b", row.b}, {"nodes", row.nodes}, {"a_ms", optional(row.aMs)},
            {"b_ms", optional(row.bMs)}, {"ratio", optional(row.ratio)}, {"a_share", row.aShare}, {"b_share", row.bShare}};
}

// RFC 4180: quote a field that holds a comma, a quote or a line break.
std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) quoted.append(c == '"' ? "\"\"" : std::string(1, c));
    return quoted + "\"";
}

void printCsv(const store::Comparison& comparison) {
    std::cout << "item,a,b,nodes,a_ms,b_ms,ratio,a_share,b_share\n";
    auto print = [](const store::ComparisonRow& row) {
        auto number = [](const std::optional<double>& value) { return value ? fixed(*value, 6) : std::string(); };
        std::cout << csvField(row.item) << "," << csvField(row.a) << "," << csvField(row.b) << "," << row.nodes << ","
                  << number(row.aMs) << "," << number(row.bMs) << "," << number(row.ratio) << "," << fixed(row.aShare, 6)
                  << "," << fixed(row.bShare, 6) << "\n";
    };
    print(comparison.totals);
    for (const store::ComparisonRow& row : comparison.rows) print(row);
}

void printTable(const store::Comparison& comparison, const std::string& idA, const std::string& idB) {
    std::cout << padRight("item", 34) << padRight("in " + idA, 22) << padRight("in " + idB, 22) << padRight("nodes", 7)
              << padRight(idA + " ms", 11) << padRight(idB + " ms", 11) << padRight("ratio", 8) << padRight("share " + idA, 11)
              << "share " + idB + "\n";
    auto percent = [](double share) { return fixed(100 * share, 1) + "%"; };
    auto print = [&](const store::ComparisonRow& row) {
        std::cout << padRight(row.item, 34) << padRight(row.a.empty() ? "-" : row.a, 22)
                  << padRight(row.b.empty() ? "-" : row.b, 22) << padRight(std::to_string(row.nodes), 7)
                  << padRight(fixedOr(row.aMs, 3), 11) << padRight(fixedOr(row.bMs, 3), 11)
                  << padRight(fixedOr(row.ratio, 2), 8) << padRight(percent(row.aShare), 11) << percent(row.bShare) << "\n";
    };
    print(comparison.totals);
    for (const store::ComparisonRow& row : comparison.rows) print(row);
}

// One line per unstable run: its reason and that the ratios against it are not to be trusted.
void warnUnstable(std::ostream& out, const store::StoredRun& run, const char* side) {
    const std::string reason = store::unstableReason(run.results.total);
    if (reason.empty()) return;
    out << "run " << run.summary.id << " (" << side << ") " << reason
        << ": the comparison is not trustworthy for this run; measure it again (" << kStableFiguresDoc << ")\n";
}

Json spreadJson(const store::StoredRun& run) {
    Json spread = Json::object();
    addSpreadFields(spread, run.results.total);
    return spread;
}

} // namespace

int runCompare(const CommandArgs& args) {
    std::string runA, runB, by = "subgraph", db;
    bool json = false, csv = false;
    ArgParser parser("fusebox compare",
                     "Shows two stored runs side by side: the same subgraph (aligned by the nodes it contains),\n"
                     "node or op type in both, the median time in each, the ratio B/A (below 1: B is faster)\n"
                     "and each one's share of its run's total. The totals come first; a run whose timings are\n"
                     "unstable (the machine was busy) is named below the table (on stderr with --csv).");
    parser.positional("RUN_A", "run id (see fusebox runs)", &runA)
        .positional("RUN_B", "run id", &runB)
        .option("--by", "subgraph|node|op-type", "how to align the runs (default subgraph)", &by)
        .option("--db", "FILE", kDbHelp, &db)
        .flag("--json", "print {\"totals\": {...}, \"rows\": [...]}", &json)
        .flag("--csv", "print CSV, the totals as the first row", &csv);
    if (auto exitCode = parser.parseOrExit(args)) return *exitCode;
    if (json && csv) return reportError(Error("--json and --csv: choose one"));
    auto alignment = parseBy(by);
    if (!alignment) return reportError(alignment.error());
    auto idA = parseRunId("RUN_A", runA);
    if (!idA) return reportError(idA.error());
    auto idB = parseRunId("RUN_B", runB);
    if (!idB) return reportError(idB.error());

    auto store = openStore(db, store::Access::Read);
    if (!store) return reportError(store.error());
    auto a = store->loadRun(*idA);
    if (!a) return reportError(a.error());
    auto b = store->loadRun(*idB);
    if (!b) return reportError(b.error());
    const store::Comparison comparison = store::compareRuns(*a, *b, *alignment);

    if (json) {
        Json rows = Json::array();
        for (const store::ComparisonRow& row : comparison.rows) rows.push_back(rowJson(row));
        std::cout << jsonText(Json{{"a", *idA}, {"b", *idB}, {"by", by}, {"a_spread", spreadJson(*a)}, {"b_spread", spreadJson(*b)},
                                   {"totals", rowJson(comparison.totals)}, {"rows", rows}},
                              2)
                  << "\n";
    } else if (csv) {
        printCsv(comparison);
        warnUnstable(std::cerr, *a, "A");
        warnUnstable(std::cerr, *b, "B");
    } else {
        printTable(comparison, std::to_string(*idA), std::to_string(*idB));
        warnUnstable(std::cout, *a, "A");
        warnUnstable(std::cout, *b, "B");
    }
    return kExitOk;
}

} // namespace fusebox::cli

// fusebox report: the per-layer report of one stored run, as a table or CSV.
#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/number_format.h"
#include "cli/store_option.h"
#include "cli/text_format.h"
#include "core/text.h"
#include "runtime/fallback.h"
#include "workflow/run_report.h"

#include <iostream>

namespace fusebox::cli {

namespace {

void printSummary(const RunReport& r) {
    const store::LayerReport& report = r.report;
    std::cout << "Run         " << report.run << " (" << report.label << ") of " << report.model << "\n"
              << "Devices     " << report.devices << "\n"
              << "Latency     " << fixed(report.endToEndMs, 3) << " ms end to end (median), " << fixed(report.layerSumMs, 3)
              << " ms per-layer sum (" << fixed(report.endToEndMs - report.layerSumMs, 3) << " ms between layers)\n"
              << "Nodes       ";
    bool first = true;
    for (const auto& [device, count] : report.nodesPerDevice) {
        std::cout << (first ? "" : ", ") << device << " " << count;
        first = false;
    }
    std::cout << " in " << report.subgraphs << " subgraphs\n";
    if (report.layoutConversions) std::cout << "Conversions " << *report.layoutConversions << " layout conversions at subgraph boundaries\n";
    if (report.peakBytes) std::cout << "Peak memory " << humanBytes(*report.peakBytes) << " of intermediate tensors\n";
    for (const Fallback& f : report.fallbacks) std::cout << "Fallback    " << fallbackText(f) << "\n";
    if (!r.note.empty()) std::cout << "Note        " << r.note << ": no shapes, FLOPs or bytes\n";
    std::cout << "\n";
}

void printTable(const store::LayerReport& report) {
    std::cout << padRight("#", 6) << padRight("node", 34) << padRight("op", 20) << padRight("device", 10) << padRight("sg", 5)
              << padRight("prec", 9) << padRight("output", 18) << padRight("time us", 11) << padRight("share", 8)
              << padRight("GFLOP/s", 9) << "note\n";
    for (const store::LayerRow& row : report.rows) {
        std::cout << padRight(std::to_string(row.order), 6) << padRight(row.node, 34) << padRight(row.opType, 20)
                  << padRight(row.device, 10) << padRight(row.subgraph ? std::to_string(*row.subgraph) : "-", 5)
                  << padRight(row.precision, 9) << padRight(row.outputShapes.empty() ? "" : row.outputShapes.front(), 18)
                  << padRight(row.medianUs ? fixed(*row.medianUs, 1) : "-", 11)
                  << padRight(row.medianUs ? fixed(row.share * 100, 1) + "%" : "-", 8)
                  << padRight(row.gflopsPerSecond ? fixed(*row.gflopsPerSecond, 2) : "-", 9) << store::timeNoteText(row.note)
                  << "\n";
    }
}

} // namespace

int runReport(const CommandArgs& args) {
    std::string run, db;
    bool csv = false;
    ArgParser parser("fusebox report",
                     "The per-layer report of a stored run: per executed node its order, op, device and\n"
                     "subgraph, precision, shapes, time and share, FLOPs and GFLOP/s, bytes moved; and a\n"
                     "network summary. Shapes, FLOPs and bytes need the run's model file as it was.");
    parser.positional("RUN", "run id (see fusebox runs)", &run)
        .option("--db", "FILE", kDbHelp, &db)
        .flag("--csv", "print CSV: a header row, then one row per executed node", &csv);
    if (auto exitCode = parser.parseOrExit(args)) return *exitCode;
    auto stored = loadStoredRun(db, "RUN", run);
    if (!stored) return reportError(stored.error());

    const RunReport report = reportOfRun(*stored);
    if (csv) {
        if (!report.note.empty()) std::cerr << "fusebox report: " << report.note << "\n";
        std::cout << store::layerReportCsv(report.report);
        return kExitOk;
    }
    printSummary(report);
    printTable(report.report);
    return kExitOk;
}

} // namespace fusebox::cli

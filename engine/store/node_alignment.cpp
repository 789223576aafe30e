#include "store/node_alignment.h"

#include <unordered_map>

namespace fusebox::store {

std::vector<AlignedNode> alignNodes(const std::vector<LayerReport>& reports, const std::vector<std::string>& folded,
                                    const std::vector<std::string>& foldedOpTypes) {
    std::vector<AlignedNode> rows;
    std::unordered_map<std::string, std::size_t> rowOf;
    for (std::size_t r = 0; r < reports.size(); ++r) {
        for (const LayerRow& layer : reports[r].rows) {
            auto [it, added] = rowOf.try_emplace(layer.node, rows.size());
            if (added) rows.push_back({layer.node, layer.opType, false, std::vector<AlignedCell>(reports.size())});
            AlignedCell& cell = rows[it->second].cells[r];
            cell.present = true;
            cell.where = layer.subgraph ? layer.device + " sg " + std::to_string(*layer.subgraph) : layer.device;
            cell.us = layer.medianUs;
            cell.share = layer.share;
            cell.note = layer.note;
        }
    }
    for (AlignedNode& row : rows) {
        const std::optional<double> first = row.cells.empty() ? std::nullopt : row.cells.front().us;
        for (AlignedCell& cell : row.cells) {
            if (cell.us && first && *first > 0) cell.ratio = *cell.us / *first;
        }
    }
    for (std::size_t i = 0; i < folded.size(); ++i) {
        if (rowOf.contains(folded[i])) continue;
        rows.push_back({folded[i], i < foldedOpTypes.size() ? foldedOpTypes[i] : std::string(), true,
                        std::vector<AlignedCell>(reports.size())});
    }
    return rows;
}

} // namespace fusebox::store

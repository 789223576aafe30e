#include "runtime/adapter.h"

namespace fusebox {

namespace {

// Function-local, so adapters registering from static initialisers find it constructed.
std::vector<std::unique_ptr<Adapter>>& adapters() {
    static std::vector<std::unique_ptr<Adapter>> list;
    return list;
}

} // namespace

bool AdapterRegistry::add(std::unique_ptr<Adapter> adapter) {
    adapters().push_back(std::move(adapter));
    return true;
}

Adapter* AdapterRegistry::find(const std::string& name) {
    for (const auto& adapter : adapters()) {
        if (adapter->name() == name) return adapter.get();
    }
    return nullptr;
}

std::vector<Adapter*> AdapterRegistry::all() {
    std::vector<Adapter*> list;
    for (const auto& adapter : adapters()) list.push_back(adapter.get());
    return list;
}

} // namespace fusebox

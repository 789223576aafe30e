#pragma once

#include <string>

namespace fusebox {

// A place in a text file a user edits (config, profile), for error messages:
// "cfg.toml:12:5: unknown key 'devic'". A binary file (a model) has no line: "model.onnx".
struct SourceLocation {
    std::string file;
    int line = 0;   // 1-based; 0 when unknown
    int column = 0; // 1-based; 0 when unknown

    std::string toString() const {
        std::string text = file;
        if (line > 0) text.append(":").append(std::to_string(line));
        if (line > 0 && column > 0) text.append(":").append(std::to_string(column));
        return text;
    }

    bool operator==(const SourceLocation&) const = default;
};

} // namespace fusebox

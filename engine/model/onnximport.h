#pragma once
// Engine-internal: reads ONNX files (opset 9 to 17, as torch.onnx.export writes them) into a
// Network.

#include "core/network.h"
#include "model/torchscriptimport.h"

#include <string>

namespace psnn {

/// True when `path` names an ONNX file: its extension is .onnx, or it starts as an ONNX protobuf
/// (field 1, ir_version, as a varint) rather than as TorchScript's zip archive.
bool looksLikeOnnx(const std::string &path);

/// Imports an ONNX graph of a chain of layers with residual blocks (two branches of one value
/// that meet at an Add). The graph's shape arithmetic is folded by running the graph itself on a
/// random batch, node by node; that run is also the reference the imported layers must
/// reproduce. Throws Error naming the file and, where it applies, the node and its op type:
/// UnsupportedLayer, BadWeights (NaN or infinite initializers), ImportMismatch, BadFormat for a
/// file that is not ONNX or is truncated, InvalidArgument for a dynamic input size with no
/// input shape given.
Network importOnnx(const std::string &path, const ImportOptions &options, ImportReport *report = nullptr);

} // namespace psnn

#pragma once
// Engine-internal: an ONNX file's graph, read with Debian's ONNX protobuf classes, and run node by
// node on LibTorch tensors. Running it folds the shape arithmetic PyTorch's exporter writes
// (Shape, Gather, Concat, ... feeding a Reshape) and gives the reference output the imported
// layers must reproduce.

#include <onnx/onnx_pb.h>
#include <torch/types.h>

#include <array>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace psnn {

/// Kernel, stride, padding and dilation of a Conv or pooling node (2-d only). Throws
/// Error(UnsupportedLayer) for asymmetric padding or an auto_pad other than NOTSET or VALID.
struct OnnxWindow {
    std::array<int, 2> kernel{1, 1};
    std::array<int, 2> stride{1, 1};
    std::array<int, 2> padding{0, 0};
    std::array<int, 2> dilation{1, 1};
    bool ceilMode = false;
};
OnnxWindow onnxWindow(const onnx::NodeProto &node, std::array<int, 2> kernel);

std::int64_t onnxInt(const onnx::NodeProto &node, const std::string &name, std::int64_t fallback);
float onnxFloat(const onnx::NodeProto &node, const std::string &name, float fallback);
std::vector<std::int64_t> onnxInts(const onnx::NodeProto &node, const std::string &name,
                                   std::vector<std::int64_t> fallback = {});
std::string onnxString(const onnx::NodeProto &node, const std::string &name, const std::string &fallback);

/// "node '/layer1/Conv' (Conv)", or the node's index where it has no name.
std::string describeNode(const onnx::NodeProto &node, int index);

class OnnxGraph {
public:
    /// Reads and checks the file: it parses, it declares an opset from 9 to 17, one input and one
    /// output, and its initializers hold finite numbers. Throws Error naming the file.
    explicit OnnxGraph(const std::string &path);

    int opset() const { return m_opset; }
    const std::string &inputName() const { return m_input; }
    const std::string &outputName() const { return m_output; }
    /// The input's declared sizes: -1 for a dynamic one, whose name is in inputDimNames.
    const std::vector<std::int64_t> &inputDims() const { return m_inputDims; }
    const std::vector<std::string> &inputDimNames() const { return m_inputDimNames; }

    int nodeCount() const { return m_model.graph().node_size(); }
    const onnx::NodeProto &node(int i) const { return m_model.graph().node(i); }

    /// Runs every node on `x` and keeps every value. Throws Error naming the node: an op that is
    /// not supported, or one that fails on its inputs.
    void run(const torch::Tensor &x);
    /// A value after run(): an initializer, a constant or an activation.
    const torch::Tensor &value(const std::string &name) const;
    /// Values that depend on the input's numbers (not only on its shape).
    bool isActivation(const std::string &name) const { return m_activations.count(name) > 0; }
    /// The nodes that read an activation to compute another one.
    const std::vector<int> &consumers(const std::string &name) const;

private:
    std::vector<torch::Tensor> evaluate(const onnx::NodeProto &node, const std::vector<torch::Tensor> &inputs) const;

    onnx::ModelProto m_model;
    std::string m_path;
    int m_opset = 0;
    std::string m_input, m_output;
    std::vector<std::int64_t> m_inputDims;
    std::vector<std::string> m_inputDimNames;
    std::map<std::string, torch::Tensor> m_values;
    std::map<std::string, std::vector<int>> m_consumers;
    std::set<std::string> m_activations;
};

} // namespace psnn

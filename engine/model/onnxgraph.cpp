#include "model/onnxgraph.h"

#include "core/error.h"

#include <torch/torch.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <limits>
#include <sstream>

namespace psnn {

namespace {

const onnx::AttributeProto *findAttribute(const onnx::NodeProto &node, const std::string &name)
{
    for (const auto &a : node.attribute())
        if (a.name() == name)
            return &a;
    return nullptr;
}

std::string shapeText(const std::vector<std::int64_t> &dims)
{
    std::ostringstream s;
    s << "[";
    for (std::size_t i = 0; i < dims.size(); ++i)
        s << (i ? "," : "") << dims[i];
    s << "]";
    return s.str();
}

// A TensorProto as a tensor: float, double, int32, int64 and bool, raw or in the typed fields.
torch::Tensor fromProto(const onnx::TensorProto &t, const std::string &what)
{
    if (t.data_location() == onnx::TensorProto::EXTERNAL)
        throw Error(ErrorCode::UnsupportedLayer,
                    what + " keeps its numbers in an external data file, which is not supported; save the model "
                           "with its weights inside the .onnx file");
    std::vector<std::int64_t> dims(t.dims().begin(), t.dims().end());
    std::int64_t count = 1;
    for (std::int64_t d : dims) {
        if (d < 0 || (d > 0 && count > (std::int64_t(1) << 36) / d))
            throw Error(ErrorCode::BadFormat, what + " has an impossible shape " + shapeText(dims));
        count *= d;
    }
    // The numbers are either raw little-endian bytes of `rawType` or the typed repeated field.
    const auto read = [&](torch::ScalarType rawType, const void *field, int fieldCount, torch::ScalarType fieldType) {
        const bool raw = t.has_raw_data();
        const torch::ScalarType type = raw ? rawType : fieldType;
        const std::size_t elemSize = c10::elementSize(type);
        const std::size_t have = raw ? t.raw_data().size() : std::size_t(fieldCount) * elemSize;
        if (have != std::size_t(count) * elemSize)
            throw Error(ErrorCode::BadFormat, what + " holds " + std::to_string(have / elemSize) + " values for shape "
                                                  + shapeText(dims) + " (truncated or edited file?)");
        torch::Tensor out = torch::empty(dims, torch::TensorOptions().dtype(type));
        if (count > 0)
            std::memcpy(out.data_ptr(), raw ? static_cast<const void *>(t.raw_data().data()) : field, have);
        return out;
    };
    switch (t.data_type()) {
    case onnx::TensorProto::FLOAT:
        return read(torch::kFloat32, t.float_data().data(), t.float_data_size(), torch::kFloat32);
    case onnx::TensorProto::DOUBLE:
        return read(torch::kFloat64, t.double_data().data(), t.double_data_size(), torch::kFloat64);
    case onnx::TensorProto::INT64:
        return read(torch::kInt64, t.int64_data().data(), t.int64_data_size(), torch::kInt64);
    case onnx::TensorProto::INT32:
        return read(torch::kInt32, t.int32_data().data(), t.int32_data_size(), torch::kInt32).to(torch::kInt64);
    case onnx::TensorProto::BOOL: // raw: one byte per value; typed: in int32_data
        return read(torch::kUInt8, t.int32_data().data(), t.int32_data_size(), torch::kInt32).to(torch::kBool);
    default:
        throw Error(ErrorCode::UnsupportedLayer, what + " has ONNX element type " + std::to_string(t.data_type())
                                                     + " (supported: float, double, int32, int64, bool)");
    }
}

std::vector<std::int64_t> toInts(const torch::Tensor &t)
{
    const torch::Tensor c = t.to(torch::kInt64).contiguous().flatten();
    return {c.data_ptr<std::int64_t>(), c.data_ptr<std::int64_t>() + c.numel()};
}

torch::ScalarType castType(std::int64_t onnxType)
{
    switch (onnxType) {
    case onnx::TensorProto::FLOAT: return torch::kFloat32;
    case onnx::TensorProto::DOUBLE: return torch::kFloat64;
    case onnx::TensorProto::INT32:
    case onnx::TensorProto::INT64: return torch::kInt64;
    case onnx::TensorProto::BOOL: return torch::kBool;
    default:
        throw Error(ErrorCode::UnsupportedLayer, "Cast to ONNX element type " + std::to_string(onnxType) + " is not supported");
    }
}

std::int64_t axisOf(std::int64_t axis, std::int64_t rank)
{
    if (axis < -rank || axis >= rank)
        throw Error(ErrorCode::BadFormat, "axis " + std::to_string(axis) + " is out of range for rank " + std::to_string(rank));
    return axis < 0 ? axis + rank : axis;
}

// Axes of Squeeze, Unsqueeze and Slice: an attribute before opset 13 (10 for Slice), an input since.
std::vector<std::int64_t> axesOf(const onnx::NodeProto &node, const std::vector<torch::Tensor> &in, std::size_t input)
{
    if (findAttribute(node, "axes"))
        return onnxInts(node, "axes");
    return in.size() > input && in[input].defined() ? toInts(in[input]) : std::vector<std::int64_t>{};
}

const char *const kSupportedOps = "Conv, BatchNormalization, Relu, AveragePool, MaxPool, GlobalAveragePool, Flatten, "
                                  "Reshape, Squeeze, Gemm, MatMul, Add, Dropout, Identity, Pad, and the shape "
                                  "arithmetic PyTorch's exporter writes (Shape, Gather, Unsqueeze, Concat, Slice, "
                                  "Cast, Constant, ConstantOfShape, Sub, Mul, Div)";

} // namespace

std::int64_t onnxInt(const onnx::NodeProto &node, const std::string &name, std::int64_t fallback)
{
    const auto *a = findAttribute(node, name);
    return a ? a->i() : fallback;
}

float onnxFloat(const onnx::NodeProto &node, const std::string &name, float fallback)
{
    const auto *a = findAttribute(node, name);
    return a ? a->f() : fallback;
}

std::vector<std::int64_t> onnxInts(const onnx::NodeProto &node, const std::string &name, std::vector<std::int64_t> fallback)
{
    const auto *a = findAttribute(node, name);
    return a ? std::vector<std::int64_t>(a->ints().begin(), a->ints().end()) : fallback;
}

std::string onnxString(const onnx::NodeProto &node, const std::string &name, const std::string &fallback)
{
    const auto *a = findAttribute(node, name);
    return a ? a->s() : fallback;
}

std::string describeNode(const onnx::NodeProto &node, int index)
{
    const std::string name = node.name().empty() ? "#" + std::to_string(index) : "'" + node.name() + "'";
    return "node " + name + " (" + node.op_type() + ")";
}

namespace {

// Shapes a node computes from its attributes or from constants (ConstantOfShape, Pad) are
// checked before anything is allocated: a hostile file must not make the graph run allocate
// without bound. 2^27 values (512 MiB as float32) is far beyond any layer of a model this
// workbench converts.
void checkComputedShape(const std::vector<std::int64_t> &shape, const std::string &what)
{
    constexpr std::int64_t kMaxValues = std::int64_t(1) << 27;
    std::int64_t count = 1;
    for (const std::int64_t d : shape) {
        if (d < 0 || (d > 0 && count > kMaxValues / d))
            throw Error(ErrorCode::BadFormat, what + " " + shapeText(shape) + " is negative or too large (over "
                                                  + std::to_string(kMaxValues) + " values)");
        count *= d;
    }
}

// Window attributes narrowed to int: refused outside a range no real layer leaves.
int windowValue(std::int64_t v, std::int64_t low, const char *what)
{
    if (v < low || v > 4096)
        throw Error(ErrorCode::UnsupportedLayer, std::string(what) + " " + std::to_string(v) + " is outside "
                                                     + std::to_string(low) + " to 4096");
    return int(v);
}

} // namespace

OnnxWindow onnxWindow(const onnx::NodeProto &node, std::array<int, 2> kernel)
{
    OnnxWindow w;
    const auto k = onnxInts(node, "kernel_shape", {kernel[0], kernel[1]});
    if (k.size() != 2)
        throw Error(ErrorCode::UnsupportedLayer, "only 2-d windows are supported, not a kernel of " + shapeText(k));
    w.kernel = {windowValue(k[0], 1, "kernel size"), windowValue(k[1], 1, "kernel size")};
    const auto s = onnxInts(node, "strides", {1, 1});
    const auto d = onnxInts(node, "dilations", {1, 1});
    const auto p = onnxInts(node, "pads", {0, 0, 0, 0});
    if (s.size() != 2 || d.size() != 2 || p.size() != 4)
        throw Error(ErrorCode::UnsupportedLayer, "strides, dilations or pads do not describe a 2-d window");
    const std::string autoPad = onnxString(node, "auto_pad", "NOTSET");
    if (autoPad != "NOTSET" && autoPad != "VALID")
        throw Error(ErrorCode::UnsupportedLayer, "auto_pad " + autoPad + " is not supported (only explicit pads)");
    if (p[0] != p[2] || p[1] != p[3])
        throw Error(ErrorCode::UnsupportedLayer, "asymmetric padding " + shapeText(p) + " is not supported");
    w.stride = {windowValue(s[0], 1, "stride"), windowValue(s[1], 1, "stride")};
    w.dilation = {windowValue(d[0], 1, "dilation"), windowValue(d[1], 1, "dilation")};
    w.padding = {windowValue(p[0], 0, "padding"), windowValue(p[1], 0, "padding")};
    w.ceilMode = onnxInt(node, "ceil_mode", 0) != 0;
    return w;
}

OnnxGraph::OnnxGraph(const std::string &path)
    : m_path(path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorCode::FileRead, "cannot open the file", path);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    const std::string data = bytes.str();
    if (!m_model.ParseFromString(data))
        throw Error(ErrorCode::BadFormat, "not an ONNX model: its protobuf does not parse (truncated or not ONNX?)", path);
    if (!m_model.has_graph() || m_model.graph().node_size() == 0)
        throw Error(ErrorCode::BadFormat, "the ONNX file holds no graph (truncated or not ONNX?)", path);
    for (const auto &o : m_model.opset_import())
        if (o.domain().empty() || o.domain() == "ai.onnx")
            m_opset = int(o.version());
    if (m_opset == 0)
        throw Error(ErrorCode::BadFormat, "the ONNX file declares no opset of the default domain", path);
    if (m_opset < 9 || m_opset > 17)
        throw Error(ErrorCode::UnsupportedLayer, "opset " + std::to_string(m_opset) + " is not supported (9 to 17)", path);

    const onnx::GraphProto &g = m_model.graph();
    try {
        for (const auto &t : g.initializer()) {
            torch::Tensor v = fromProto(t, "initializer '" + t.name() + "'");
            if (v.is_floating_point() && !torch::isfinite(v).all().item<bool>()) {
                std::string user;
                for (int i = 0; i < g.node_size() && user.empty(); ++i)
                    for (const auto &name : g.node(i).input())
                        if (name == t.name())
                            user = ", read by " + describeNode(g.node(i), i);
                throw Error(ErrorCode::BadWeights, "initializer '" + t.name() + "'" + user + " holds NaN or infinite values");
            }
            m_values[t.name()] = v;
        }
    } catch (const Error &e) {
        throw Error(e.code(), e.what(), path);
    }
    // Older exporters list the initializers among the inputs too.
    std::vector<const onnx::ValueInfoProto *> inputs;
    for (const auto &i : g.input())
        if (!m_values.count(i.name()))
            inputs.push_back(&i);
    if (inputs.size() != 1)
        throw Error(ErrorCode::UnsupportedLayer, "the graph has " + std::to_string(inputs.size())
                                                     + " inputs besides its weights; only one (the images) is supported",
                    path);
    if (g.output_size() != 1)
        throw Error(ErrorCode::UnsupportedLayer, "the graph has " + std::to_string(g.output_size())
                                                     + " outputs; only one (the class scores) is supported",
                    path);
    m_input = inputs[0]->name();
    m_output = g.output(0).name();
    const auto &type = inputs[0]->type().tensor_type();
    if (type.elem_type() != onnx::TensorProto::FLOAT)
        throw Error(ErrorCode::UnsupportedLayer, "the input '" + m_input + "' is not of type float", path);
    for (const auto &d : type.shape().dim()) {
        m_inputDims.push_back(d.has_dim_value() ? d.dim_value() : -1);
        m_inputDimNames.push_back(d.has_dim_param() ? d.dim_param() : "");
    }
}

const torch::Tensor &OnnxGraph::value(const std::string &name) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end())
        throw Error(ErrorCode::BadFormat, "the value '" + name + "' is not produced by any node", m_path);
    return it->second;
}

const std::vector<int> &OnnxGraph::consumers(const std::string &name) const
{
    static const std::vector<int> none;
    const auto it = m_consumers.find(name);
    return it == m_consumers.end() ? none : it->second;
}

void OnnxGraph::run(const torch::Tensor &x)
{
    torch::NoGradGuard noGrad;
    m_values[m_input] = x;
    m_activations = {m_input};
    m_consumers.clear();
    for (int i = 0; i < nodeCount(); ++i) {
        const onnx::NodeProto &n = node(i);
        const std::string where = describeNode(n, i);
        std::vector<torch::Tensor> in;
        bool active = false;
        for (const std::string &name : n.input()) {
            if (name.empty()) {
                in.emplace_back();
                continue;
            }
            const auto it = m_values.find(name);
            if (it == m_values.end())
                throw Error(ErrorCode::BadFormat, where + " reads '" + name
                                                      + "', which no earlier node or initializer produces (truncated or edited file?)",
                            m_path);
            in.push_back(it->second);
            active = active || m_activations.count(name);
        }
        // Shape reads only the sizes, which the import fixes: what follows it is constant.
        active = active && n.op_type() != "Shape" && n.op_type() != "Size";
        std::vector<torch::Tensor> out;
        try {
            if (!n.domain().empty() && n.domain() != "ai.onnx")
                throw Error(ErrorCode::UnsupportedLayer, "ops of domain '" + n.domain() + "' are not supported");
            out = evaluate(n, in);
        } catch (const Error &e) {
            throw Error(e.code(), e.what(), m_path + ": " + where);
        } catch (const c10::Error &e) {
            const std::string what = e.what_without_backtrace();
            throw Error(ErrorCode::ShapeMismatch, "fails on its inputs (" + what.substr(0, what.find('\n')) + ")",
                        m_path + ": " + where);
        }
        for (int o = 0; o < n.output_size() && o < int(out.size()); ++o) {
            if (n.output(o).empty())
                continue;
            m_values[n.output(o)] = out[std::size_t(o)];
            if (active)
                m_activations.insert(n.output(o));
        }
        if (active)
            for (const std::string &name : n.input())
                if (m_activations.count(name))
                    m_consumers[name].push_back(i);
    }
    if (!m_values.count(m_output))
        throw Error(ErrorCode::BadFormat, "no node produces the graph's output '" + m_output + "'", m_path);
}

std::vector<torch::Tensor> OnnxGraph::evaluate(const onnx::NodeProto &n, const std::vector<torch::Tensor> &in) const
{
    const std::string &op = n.op_type();
    const auto need = [&](std::size_t k) -> const torch::Tensor & {
        if (in.size() <= k || !in[k].defined())
            throw Error(ErrorCode::BadFormat, "input " + std::to_string(k + 1) + " is missing");
        return in[k];
    };
    const auto optional = [&](std::size_t k) { return in.size() > k ? in[k] : torch::Tensor(); };
    const auto spatial = [&](const torch::Tensor &x) -> const torch::Tensor & {
        if (x.dim() != 4)
            throw Error(ErrorCode::UnsupportedLayer, "only images of shape N x C x H x W are supported, not rank " + std::to_string(x.dim()));
        return x;
    };
    if (op == "Constant") {
        if (const auto *a = findAttribute(n, "value"))
            return {fromProto(a->t(), "the constant")};
        if (const auto *a = findAttribute(n, "value_float"))
            return {torch::tensor(a->f())};
        if (const auto *a = findAttribute(n, "value_int"))
            return {torch::tensor(a->i(), torch::kInt64)};
        if (const auto *a = findAttribute(n, "value_floats"))
            return {torch::tensor(std::vector<float>(a->floats().begin(), a->floats().end()))};
        if (const auto *a = findAttribute(n, "value_ints"))
            return {torch::tensor(std::vector<std::int64_t>(a->ints().begin(), a->ints().end()), torch::kInt64)};
        throw Error(ErrorCode::UnsupportedLayer, "a Constant without a dense value is not supported");
    }
    if (op == "Identity")
        return {need(0)};
    if (op == "Dropout") {
        if (onnxInt(n, "training_mode", 0) != 0)
            throw Error(ErrorCode::UnsupportedLayer, "Dropout in training mode is not supported");
        return {need(0), torch::ones_like(need(0), torch::kBool)};
    }
    if (op == "Relu")
        return {torch::relu(need(0))};
    if (op == "Conv") {
        const torch::Tensor &w = need(1);
        if (w.dim() != 4)
            throw Error(ErrorCode::UnsupportedLayer, "only 2-d convolutions are supported");
        const OnnxWindow win = onnxWindow(n, {int(w.size(2)), int(w.size(3))});
        return {torch::conv2d(spatial(need(0)), w, optional(2), {win.stride[0], win.stride[1]},
                              {win.padding[0], win.padding[1]}, {win.dilation[0], win.dilation[1]}, onnxInt(n, "group", 1))};
    }
    if (op == "BatchNormalization") {
        if (onnxInt(n, "training_mode", 0) != 0)
            throw Error(ErrorCode::UnsupportedLayer, "BatchNormalization in training mode is not supported");
        return {torch::batch_norm(spatial(need(0)), need(1), need(2), need(3), need(4), false, 0.0,
                                  onnxFloat(n, "epsilon", 1e-5f), false)};
    }
    if (op == "AveragePool") {
        const OnnxWindow w = onnxWindow(n, {0, 0});
        return {torch::avg_pool2d(spatial(need(0)), {w.kernel[0], w.kernel[1]}, {w.stride[0], w.stride[1]},
                                  {w.padding[0], w.padding[1]}, w.ceilMode, onnxInt(n, "count_include_pad", 0) != 0)};
    }
    if (op == "MaxPool") {
        if (n.output_size() > 1 && !n.output(1).empty())
            throw Error(ErrorCode::UnsupportedLayer, "MaxPool's indices output is not supported");
        const OnnxWindow w = onnxWindow(n, {0, 0});
        return {torch::max_pool2d(spatial(need(0)), {w.kernel[0], w.kernel[1]}, {w.stride[0], w.stride[1]},
                                  {w.padding[0], w.padding[1]}, {w.dilation[0], w.dilation[1]}, w.ceilMode)};
    }
    if (op == "GlobalAveragePool")
        return {torch::adaptive_avg_pool2d(spatial(need(0)), {1, 1})};
    if (op == "Flatten") {
        const torch::Tensor &x = need(0);
        const std::int64_t axis = onnxInt(n, "axis", 1);
        const std::int64_t a = axis == x.dim() ? axis : axisOf(axis, x.dim());
        std::int64_t outer = 1;
        for (std::int64_t d = 0; d < a; ++d)
            outer *= x.size(d);
        return {x.reshape({outer, -1})};
    }
    if (op == "Reshape") {
        const torch::Tensor &x = need(0);
        std::vector<std::int64_t> shape = toInts(need(1));
        const bool allowZero = onnxInt(n, "allowzero", 0) != 0;
        for (std::size_t d = 0; d < shape.size() && !allowZero; ++d)
            if (shape[d] == 0) {
                if (std::int64_t(d) >= x.dim())
                    throw Error(ErrorCode::BadFormat, "Reshape copies dimension " + std::to_string(d) + " the input lacks");
                shape[d] = x.size(std::int64_t(d));
            }
        return {x.reshape(shape)};
    }
    if (op == "Squeeze") {
        torch::Tensor x = need(0);
        std::vector<std::int64_t> axes = axesOf(n, in, 1);
        if (axes.empty())
            return {x.squeeze()};
        for (auto &a : axes)
            a = axisOf(a, x.dim());
        std::sort(axes.rbegin(), axes.rend());
        for (std::int64_t a : axes)
            x = x.squeeze(a);
        return {x};
    }
    if (op == "Unsqueeze") {
        torch::Tensor x = need(0);
        std::vector<std::int64_t> axes = axesOf(n, in, 1);
        const std::int64_t rank = x.dim() + std::int64_t(axes.size());
        for (auto &a : axes)
            a = axisOf(a, rank);
        std::sort(axes.begin(), axes.end());
        for (std::int64_t a : axes)
            x = x.unsqueeze(a);
        return {x};
    }
    if (op == "Gemm") {
        torch::Tensor a = need(0), b = need(1);
        if (onnxInt(n, "transA", 0))
            a = a.t();
        if (onnxInt(n, "transB", 0))
            b = b.t();
        torch::Tensor y = torch::matmul(a, b) * onnxFloat(n, "alpha", 1.0f);
        if (const torch::Tensor c = optional(2); c.defined())
            y = y + c * onnxFloat(n, "beta", 1.0f);
        return {y};
    }
    if (op == "MatMul")
        return {torch::matmul(need(0), need(1))};
    if (op == "Add")
        return {need(0) + need(1)};
    if (op == "Sub")
        return {need(0) - need(1)};
    if (op == "Mul")
        return {need(0) * need(1)};
    if (op == "Div") {
        const bool integral = !need(0).is_floating_point() && !need(1).is_floating_point();
        return {integral ? torch::div(need(0), need(1), "trunc") : need(0) / need(1)};
    }
    if (op == "Shape") {
        const torch::Tensor &x = need(0);
        std::vector<std::int64_t> sizes = x.sizes().vec();
        const std::int64_t rank = x.dim();
        const std::int64_t start = std::clamp<std::int64_t>(onnxInt(n, "start", 0) < 0 ? onnxInt(n, "start", 0) + rank : onnxInt(n, "start", 0), 0, rank);
        std::int64_t end = onnxInt(n, "end", rank);
        end = std::clamp<std::int64_t>(end < 0 ? end + rank : end, start, rank);
        return {torch::tensor(std::vector<std::int64_t>(sizes.begin() + start, sizes.begin() + end), torch::kInt64)};
    }
    if (op == "Gather") {
        const torch::Tensor &data = need(0);
        const std::int64_t axis = axisOf(onnxInt(n, "axis", 0), data.dim());
        torch::Tensor idx = need(1).to(torch::kInt64);
        idx = torch::where(idx < 0, idx + data.size(axis), idx);
        std::vector<std::int64_t> shape(data.sizes().begin(), data.sizes().begin() + axis);
        for (std::int64_t s : idx.sizes())
            shape.push_back(s);
        shape.insert(shape.end(), data.sizes().begin() + axis + 1, data.sizes().end());
        return {data.index_select(axis, idx.flatten()).reshape(shape)};
    }
    if (op == "Concat") {
        std::vector<torch::Tensor> parts;
        for (const auto &t : in)
            if (t.defined())
                parts.push_back(t);
        if (parts.empty())
            throw Error(ErrorCode::BadFormat, "Concat has no inputs");
        return {torch::cat(parts, axisOf(onnxInt(n, "axis", 0), parts[0].dim()))};
    }
    if (op == "Slice") {
        torch::Tensor x = need(0);
        const bool attrs = findAttribute(n, "starts") != nullptr;
        const std::vector<std::int64_t> starts = attrs ? onnxInts(n, "starts") : toInts(need(1));
        const std::vector<std::int64_t> ends = attrs ? onnxInts(n, "ends") : toInts(need(2));
        std::vector<std::int64_t> axes = attrs ? onnxInts(n, "axes") : axesOf(n, in, 3);
        const std::vector<std::int64_t> steps = !attrs && optional(4).defined() ? toInts(in[4]) : std::vector<std::int64_t>{};
        if (ends.size() != starts.size())
            throw Error(ErrorCode::BadFormat, "Slice has " + std::to_string(starts.size()) + " starts but "
                                                  + std::to_string(ends.size()) + " ends");
        for (std::size_t k = 0; k < starts.size(); ++k) {
            const std::int64_t axis = axisOf(k < axes.size() ? axes[k] : std::int64_t(k), x.dim());
            const std::int64_t step = k < steps.size() ? steps[k] : 1;
            if (step <= 0)
                throw Error(ErrorCode::UnsupportedLayer, "Slice with a step below 1 is not supported");
            const std::int64_t size = x.size(axis);
            const auto clampIndex = [size](std::int64_t i) { return std::clamp<std::int64_t>(i < 0 ? i + size : i, 0, size); };
            const std::int64_t s = clampIndex(starts[k]), e = std::max(s, clampIndex(ends[k]));
            x = x.slice(axis, s, e, step);
        }
        return {x};
    }
    if (op == "Cast")
        return {need(0).to(castType(onnxInt(n, "to", onnx::TensorProto::FLOAT)))};
    if (op == "ConstantOfShape") {
        const std::vector<std::int64_t> shape = toInts(need(0));
        checkComputedShape(shape, "ConstantOfShape's shape");
        const auto *a = findAttribute(n, "value");
        const torch::Tensor v = a ? fromProto(a->t(), "the fill value").flatten() : torch::zeros({1});
        return {torch::full(shape, v[0].item(), torch::TensorOptions().dtype(v.scalar_type()))};
    }
    if (op == "Pad") {
        const torch::Tensor &x = need(0);
        if (onnxString(n, "mode", "constant") != "constant")
            throw Error(ErrorCode::UnsupportedLayer, "Pad mode " + onnxString(n, "mode", "") + " is not supported (only constant)");
        const std::vector<std::int64_t> pads = findAttribute(n, "pads") ? onnxInts(n, "pads") : toInts(need(1));
        const double fill = findAttribute(n, "value") ? onnxFloat(n, "value", 0.0f)
                            : optional(2).defined()   ? in[2].item<double>()
                                                      : 0.0;
        if (std::int64_t(pads.size()) != 2 * x.dim())
            throw Error(ErrorCode::BadFormat, "Pad has " + std::to_string(pads.size()) + " pads for rank " + std::to_string(x.dim()));
        // torch pads the last dimension first, ONNX lists all begins, then all ends.
        std::vector<std::int64_t> padded(x.sizes().begin(), x.sizes().end());
        for (std::int64_t d = 0; d < x.dim(); ++d) {
            const std::int64_t begin = pads[std::size_t(d)], end = pads[std::size_t(d + x.dim())];
            if (std::abs(begin) > (std::int64_t(1) << 20) || std::abs(end) > (std::int64_t(1) << 20))
                throw Error(ErrorCode::BadFormat, "Pad's pads " + shapeText(pads) + " are too large");
            padded[std::size_t(d)] += begin + end;
        }
        checkComputedShape(padded, "the padded shape");
        std::vector<std::int64_t> torchPads;
        for (std::int64_t d = x.dim() - 1; d >= 0; --d) {
            torchPads.push_back(pads[std::size_t(d)]);
            torchPads.push_back(pads[std::size_t(d + x.dim())]);
        }
        return {torch::constant_pad_nd(x, torchPads, fill)};
    }
    throw Error(ErrorCode::UnsupportedLayer, "op type " + op + " is not supported (supported: " + kSupportedOps + ")");
}

} // namespace psnn

#include "model/nirexport.h"

#include "core/error.h"
#include "core/fileio.h"

#include <hdf5.h>

#include <algorithm>
#include <set>

namespace psnn {

namespace {

// The file's HDF5 writes, into memory (HDF5's core driver); every failure names the file. HDF5's
// own error printing is off: the engine reports the error once, in its own words. The disk is
// written by writeFileAtomic() alone: HDF5 that fails to flush to a full disk keeps the file
// open and crashes the process when the library shuts down.
class H5Writer {
public:
    explicit H5Writer(const std::string &path) : m_path(path)
    {
        H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
        const hid_t inMemory = H5Pcreate(H5P_FILE_ACCESS);
        H5Pset_fapl_core(inMemory, 1 << 20, false);
        m_file = H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, inMemory);
        H5Pclose(inMemory);
        check(m_file, "cannot create the file");
        m_string = H5Tcopy(H5T_C_S1);
        H5Tset_size(m_string, H5T_VARIABLE);
        H5Tset_cset(m_string, H5T_CSET_UTF8);
    }
    ~H5Writer()
    {
        H5Tclose(m_string);
        if (m_file >= 0)
            H5Fclose(m_file);
    }
    H5Writer(const H5Writer &) = delete;
    H5Writer &operator=(const H5Writer &) = delete;

    /// The finished file's bytes; closes it.
    std::string close()
    {
        check(H5Fflush(m_file, H5F_SCOPE_GLOBAL), "cannot finish the file");
        const ssize_t size = H5Fget_file_image(m_file, nullptr, 0);
        check(size, "cannot finish the file");
        std::string bytes(std::size_t(size), '\0');
        check(H5Fget_file_image(m_file, bytes.data(), std::size_t(size)), "cannot finish the file");
        const herr_t r = H5Fclose(m_file);
        m_file = -1;
        check(r, "cannot finish the file");
        return bytes;
    }

    hid_t root() const { return m_file; }

    hid_t group(hid_t parent, const std::string &name)
    {
        const hid_t g = H5Gcreate2(parent, name.c_str(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
        check(g, "cannot create group " + name);
        return g;
    }
    void closeGroup(hid_t g) { H5Gclose(g); }

    void string(hid_t parent, const std::string &name, const std::string &value)
    {
        const char *p = value.c_str();
        write(parent, name, m_string, m_string, H5Screate(H5S_SCALAR), &p);
    }
    void strings(hid_t parent, const std::string &name, const std::vector<std::string> &values, hsize_t columns)
    {
        std::vector<const char *> p;
        for (const auto &v : values)
            p.push_back(v.c_str());
        const hsize_t dims[2] = {values.size() / columns, columns};
        write(parent, name, m_string, m_string, H5Screate_simple(2, dims, nullptr), p.data());
    }
    void integer(hid_t parent, const std::string &name, std::int64_t v)
    {
        write(parent, name, H5T_STD_I64LE, H5T_NATIVE_INT64, H5Screate(H5S_SCALAR), &v);
    }
    void number(hid_t parent, const std::string &name, double v)
    {
        write(parent, name, H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, H5Screate(H5S_SCALAR), &v);
    }
    void integers(hid_t parent, const std::string &name, const std::vector<std::int64_t> &v)
    {
        const hsize_t dims[1] = {v.size()};
        write(parent, name, H5T_STD_I64LE, H5T_NATIVE_INT64, H5Screate_simple(1, dims, nullptr), v.data());
    }
    void tensor(hid_t parent, const std::string &name, const torch::Tensor &t)
    {
        const auto c = t.detach().to(torch::kFloat32).contiguous();
        std::vector<hsize_t> dims(c.sizes().begin(), c.sizes().end());
        write(parent, name, H5T_IEEE_F32LE, H5T_NATIVE_FLOAT, H5Screate_simple(int(dims.size()), dims.data(), nullptr),
              c.data_ptr<float>());
    }

private:
    void check(std::int64_t r, const std::string &what) const
    {
        if (r < 0)
            throw Error(ErrorCode::FileWrite, what, m_path);
    }
    void write(hid_t parent, const std::string &name, hid_t fileType, hid_t memType, hid_t space, const void *data)
    {
        check(space, "cannot describe dataset " + name);
        const hid_t d = H5Dcreate2(parent, name.c_str(), fileType, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
        H5Sclose(space);
        check(d, "cannot create dataset " + name);
        const herr_t r = H5Dwrite(d, memType, H5S_ALL, H5S_ALL, H5P_DEFAULT, data);
        H5Dclose(d);
        check(r, "cannot write dataset " + name);
    }

    std::string m_path;
    hid_t m_file = -1;
    hid_t m_string = -1;
};

[[noreturn]] void refuse(const std::string &why, const std::string &where)
{
    throw Error(ErrorCode::UnsupportedLayer, "NIR cannot express " + why, where);
}

// The graph as NIR sees it: nodes written as they are made, and edges (several into one node
// are summed, which is how a residual add arrives).
class NirGraph {
public:
    NirGraph(H5Writer &w, hid_t nodes) : m_w(w), m_nodes(nodes) {}

    hid_t node(const std::string &name, const std::string &type)
    {
        if (!m_names.insert(name).second)
            throw Error(ErrorCode::UnsupportedLayer, "two layers are called " + name);
        const hid_t g = m_w.group(m_nodes, name);
        m_w.string(g, "type", type);
        return g;
    }
    void edge(const std::string &from, const std::string &to)
    {
        m_edges.push_back(from);
        m_edges.push_back(to);
    }
    const std::vector<std::string> &edges() const { return m_edges; }

private:
    H5Writer &m_w;
    hid_t m_nodes;
    std::set<std::string> m_names;
    std::vector<std::string> m_edges;
};

std::vector<std::int64_t> pair(const std::array<int, 2> &a) { return {a[0], a[1]}; }

// The value of every neuron of a layer whose values are per channel (or one for all).
torch::Tensor perNeuron(const torch::Tensor &perChannel, double fallback, const Shape &shape)
{
    std::vector<std::int64_t> view(shape.size(), 1);
    view[0] = shape[0];
    const auto values = perChannel.defined() ? perChannel.to(torch::kFloat32).view(view)
                                             : torch::full({1}, float(fallback)).view(std::vector<std::int64_t>(shape.size(), 1));
    return values.expand(shape).contiguous();
}

} // namespace

std::vector<std::string> writeNir(const Network &snn, const std::string &path)
{
    torch::NoGradGuard noGrad;
    if (!snn.spiking)
        throw Error(ErrorCode::InvalidArgument, "NIR export needs a spiking network; convert the ANN first");
    if (snn.snn.signedSpikes)
        refuse("signed spikes (a neuron's negative spike); convert with --signed-spikes off", "setting signed spikes");
    if (snn.snn.coding == InputCoding::PoissonPixel)
        refuse("poisson-pixel coding: its normalisation offset is a constant current at the first neurons; "
               "convert with --coding direct or poisson",
               "setting input coding");
    std::vector<std::string> warnings;
    if (snn.snn.initialMembrane != 0.0)
        warnings.push_back("NIR's neurons start at 0; the membrane start of " + std::to_string(snn.snn.initialMembrane)
                           + " x threshold is kept only in the metadata (initial_membrane), so tools that ignore "
                             "it round spike counts down");
    warnings.push_back("NIR's IF and LIF reset to v_reset; the workbench resets by subtraction, which the graph's "
                       "metadata (reset: subtract) says");
    const auto shapes = layerOutputShapes(snn);

    H5Writer w(path);
    w.string(w.root(), "version", "1.0.7");
    const hid_t graph = w.group(w.root(), "node");
    w.string(graph, "type", "NIRGraph");
    const hid_t nodes = w.group(graph, "nodes");
    NirGraph g(w, nodes);

    const hid_t input = g.node("input", "Input");
    w.integers(input, "shape", snn.inputShape);
    w.closeGroup(input);
    std::string last = "input";
    Shape in = snn.inputShape;
    std::vector<std::pair<std::string, Shape>> kept; // each open block's input node and shape
    const auto conv = [&](const Layer &l, const std::string &from, const Shape &inShape) {
        const hid_t n = g.node(l.name, "Conv2d");
        w.integers(n, "input_shape", {inShape[1], inShape[2]});
        w.tensor(n, "weight", l.weight);
        w.tensor(n, "bias", l.bias.defined() ? l.bias : torch::zeros({l.weight.size(0)}));
        w.integers(n, "stride", pair(l.stride));
        w.integers(n, "padding", pair(l.padding));
        w.integers(n, "dilation", pair(l.dilation));
        w.integer(n, "groups", l.groups);
        w.closeGroup(n);
        g.edge(from, l.name);
    };
    const auto avgPool = [&](const std::string &name, std::vector<std::int64_t> kernel, std::vector<std::int64_t> stride) {
        const hid_t n = g.node(name, "AvgPool2d");
        w.integers(n, "kernel_size", kernel);
        w.integers(n, "stride", stride);
        w.integers(n, "padding", {0, 0});
        w.closeGroup(n);
        g.edge(last, name);
    };
    for (std::size_t i = 0; i < snn.layers.size(); ++i) {
        const Layer &l = snn.layers[i];
        const Shape &out = shapes[i];
        const std::string where = "layer " + l.name;
        switch (l.kind) {
        case LayerKind::Conv2d:
            conv(l, last, in);
            last = l.name;
            break;
        case LayerKind::Linear: {
            const hid_t n = g.node(l.name, "Affine");
            w.tensor(n, "weight", l.weight);
            w.tensor(n, "bias", l.bias.defined() ? l.bias : torch::zeros({l.weight.size(0)}));
            w.closeGroup(n);
            g.edge(last, l.name);
            last = l.name;
            break;
        }
        case LayerKind::AvgPool2d:
            if (l.padding != std::array<int, 2>{0, 0} || l.ceilMode)
                refuse("average pooling with padding or ceil mode", where);
            avgPool(l.name, pair(l.kernel), pair(l.stride));
            last = l.name;
            break;
        case LayerKind::AdaptiveAvgPool2d:
            if (in[1] % out[1] != 0 || in[2] % out[2] != 0)
                refuse("adaptive average pooling whose windows differ in size (" + shapeToString(in) + " to "
                           + shapeToString(out) + ")",
                       where);
            avgPool(l.name, {in[1] / out[1], in[2] / out[2]}, {in[1] / out[1], in[2] / out[2]});
            last = l.name;
            break;
        case LayerKind::Flatten: {
            const hid_t n = g.node(l.name, "Flatten");
            w.integer(n, "start_dim", 0);
            w.integer(n, "end_dim", -1);
            w.integers(n, "input_type", in);
            w.closeGroup(n);
            g.edge(last, l.name);
            last = l.name;
            break;
        }
        case LayerKind::ReLU: {
            // The neurons, then what their spikes carry (the engine's amplitude) as a Scale, so
            // the weights stay the engine's.
            const auto theta = perNeuron(l.thresholds, l.threshold, out);
            const auto amplitude = l.amplitudes.defined() ? perNeuron(l.amplitudes, 0, out) : theta;
            const bool lif = snn.snn.neuron == NeuronModel::LIF && snn.snn.leak < 1.0;
            const hid_t n = g.node(l.name, lif ? "LIF" : "IF");
            // dt = 1: v <- v + dt/tau (v_leak - v) + dt/tau r I = leak v + I with tau = 1/(1 - leak), r = tau.
            const double tau = lif ? 1.0 / (1.0 - snn.snn.leak) : 1.0;
            w.tensor(n, "r", torch::full(out, float(tau)));
            if (lif) {
                w.tensor(n, "tau", torch::full(out, float(tau)));
                w.tensor(n, "v_leak", torch::zeros(out));
            }
            w.tensor(n, "v_threshold", theta);
            w.tensor(n, "v_reset", torch::zeros(out));
            w.closeGroup(n);
            g.edge(last, l.name);
            const std::string scale = l.name + ".amplitude";
            const hid_t s = g.node(scale, "Scale");
            w.tensor(s, "scale", amplitude);
            w.closeGroup(s);
            g.edge(l.name, scale);
            last = scale;
            break;
        }
        case LayerKind::Fork:
            kept.emplace_back(last, in);
            break;
        case LayerKind::Add: {
            // The sum node: the branch and the shortcut are its two incoming edges.
            const hid_t n = g.node(l.name, "Scale");
            w.tensor(n, "scale", torch::ones(out));
            w.closeGroup(n);
            g.edge(last, l.name);
            auto [from, fromShape] = kept.back();
            kept.pop_back();
            for (const Layer &s : l.shortcut) {
                if (s.kind != LayerKind::Conv2d)
                    refuse(std::string(layerKindName(s.kind)) + " in a shortcut (fold the BN first)", "layer " + s.name);
                conv(s, from, fromShape);
                from = s.name;
                fromShape = out;
            }
            g.edge(from, l.name);
            last = l.name;
            break;
        }
        case LayerKind::Dropout:
            break;
        case LayerKind::MaxPool2d:
            refuse("max pooling of spikes (the pooled unit follows the largest spike count in its window, a gating "
                   "NIR has no node for); use average pooling",
                   where);
        case LayerKind::BatchNorm2d:
            refuse("an unfolded BatchNorm2d in a spiking network", where);
        }
        in = out;
    }
    const hid_t output = g.node("output", "Output");
    w.integers(output, "shape", in);
    w.closeGroup(output);
    g.edge(last, "output");
    w.closeGroup(nodes);
    w.strings(graph, "edges", g.edges(), 2);

    // The workbench's conventions, which NIR's nodes do not carry themselves.
    const hid_t meta = w.group(graph, "metadata");
    w.string(meta, "producer", std::string("PrivateSNN Workbench ") + PSNN_VERSION);
    w.string(meta, "reset", "subtract");
    w.number(meta, "dt", 1.0);
    w.integer(meta, "timesteps", snn.snn.timesteps);
    w.string(meta, "input_coding", codingName(snn.snn.coding));
    w.string(meta, "input_coding_rule",
             snn.snn.coding == InputCoding::Direct ? "the normalised image is the input at every step"
                                                   : "each step, input = sign(x) with probability min(|x|, 1) of the "
                                                     "normalised image x");
    w.number(meta, "initial_membrane", snn.snn.initialMembrane);
    w.string(meta, "readout", "the class scores are the output summed over the timesteps");
    w.tensor(meta, "normalization_mean", torch::tensor(snn.normalization.mean));
    w.tensor(meta, "normalization_std", torch::tensor(snn.normalization.std));
    std::string classes;
    for (const auto &c : snn.classNames)
        classes += (classes.empty() ? "" : "\n") + c;
    w.string(meta, "class_names", classes);
    w.closeGroup(meta);
    w.closeGroup(graph);
    writeFileAtomic(path, w.close());
    return warnings;
}

} // namespace psnn

#include "model/torchscriptexport.h"

#include "core/error.h"

#include <torch/script.h>

#include <sstream>

namespace psnn {

namespace {

std::string list(const std::array<int, 2> &a)
{
    std::ostringstream s;
    s << '[' << a[0] << ", " << a[1] << ']';
    return s.str();
}

std::string literal(double v)
{
    std::ostringstream s;
    s.precision(17);
    s << v;
    const std::string t = s.str();
    return t.find_first_of(".e") == std::string::npos ? t + ".0" : t;
}

// The generated code and the buffers it reads, layer by layer. Neuron layer k keeps its
// membrane in u<k> (and its net spike count in n<k> with signed spikes); max pool i its input
// counts in c<i> and its output counts in q<i>; a residual block's input is k<i> of its Fork.
class Generator {
public:
    explicit Generator(const Network &snn) : m_snn(snn), m_shapes(layerOutputShapes(snn)) {}

    std::string source()
    {
        const bool direct = m_snn.snn.coding == InputCoding::Direct;
        const bool pixel = m_snn.snn.coding == InputCoding::PoissonPixel;
        m_out << "def forward(self, images: Tensor, timesteps: int, draws: Optional[Tensor] = None) -> Tensor:\n";
        m_out << "    B = images.size(0)\n";
        // The affine layers before the first neuron (or residual block): with direct coding their
        // output is the same every step, computed once; pixel coding adds the normalisation's
        // shift there (its current for an all-black image minus that for zeros).
        std::size_t first = 0;
        while (first < m_snn.layers.size() && m_snn.layers[first].kind != LayerKind::ReLU
               && m_snn.layers[first].kind != LayerKind::Fork)
            ++first;
        if (direct) {
            m_out << "    h = images\n";
            for (std::size_t i = 0; i < first; ++i)
                layer(i, "    ");
            m_out << "    constant = h\n";
        }
        if (pixel) {
            m_out << "    h = (torch.zeros_like(images) - self.mean) / self.std\n";
            for (std::size_t i = 0; i < first; ++i)
                layer(i, "    ");
            m_out << "    shifted = h\n    h = torch.zeros_like(images)\n";
            for (std::size_t i = 0; i < first; ++i)
                layer(i, "    ");
            m_out << "    shift = shifted - h\n";
        }
        for (std::size_t i = 0, k = 0; i < m_snn.layers.size(); ++i) {
            const LayerKind kind = m_snn.layers[i].kind;
            if (kind == LayerKind::ReLU) {
                m_out << "    u" << k << " = torch.zeros([B" << dims(m_shapes[i]) << "]) + self.theta" << k << " * "
                      << literal(m_snn.snn.initialMembrane) << "\n";
                if (m_snn.snn.signedSpikes)
                    m_out << "    n" << k << " = torch.zeros([B" << dims(m_shapes[i]) << "])\n";
                ++k;
            } else if (kind == LayerKind::MaxPool2d) {
                const Shape &in = m_shapes[i - 1];
                m_out << "    c" << i << " = torch.zeros([B" << dims(in) << "])\n";
                m_out << "    q" << i << " = torch.zeros([B" << dims(m_shapes[i]) << "])\n";
            }
        }
        m_out << "    outputs: List[Tensor] = []\n";
        m_out << "    for t in range(timesteps):\n";
        const std::string in = "        ";
        if (direct) {
            m_out << in << "h = constant\n";
        } else {
            m_out << in << "d = draws\n" << in << "if d is not None:\n" << in << "    r = d[t]\n"
                  << in << "else:\n" << in << "    r = torch.rand_like(images)\n";
            if (pixel)
                m_out << in << "pixels = torch.clamp(images * self.std + self.mean, 0.0, 1.0)\n"
                      << in << "h = (r < pixels).float() / self.std\n";
            else
                m_out << in << "h = (r < images.abs()).float() * images.sign()\n";
        }
        for (std::size_t i = direct ? first : 0, k = 0; i < m_snn.layers.size(); ++i) {
            if (m_snn.layers[i].kind == LayerKind::ReLU) {
                k = std::size_t(neuronIndex(i));
                if (k == 0 && pixel)
                    m_out << in << "h = h + shift\n";
            }
            layer(i, in);
        }
        m_out << in << "outputs.append(h)\n";
        m_out << "    return torch.stack(outputs)\n";
        return m_out.str();
    }

    std::vector<std::pair<std::string, torch::Tensor>> buffers() const { return m_buffers; }

private:
    static std::string dims(const Shape &s)
    {
        std::string out;
        for (auto d : s)
            out += ", " + std::to_string(d);
        return out;
    }

    int neuronIndex(std::size_t layer) const
    {
        int k = -1;
        for (std::size_t i = 0; i <= layer; ++i)
            k += m_snn.layers[i].kind == LayerKind::ReLU;
        return k;
    }

    std::string buffer(const std::string &name, const torch::Tensor &t)
    {
        for (const auto &b : m_buffers)
            if (b.first == name)
                return "self." + name;
        m_buffers.emplace_back(name, t.detach().to(torch::kFloat32).contiguous());
        return "self." + name;
    }

    std::string conv(const Layer &l, const std::string &id, const std::string &x)
    {
        const std::string w = buffer("w" + id, l.weight);
        const std::string b = l.bias.defined() ? buffer("b" + id, l.bias) : "None";
        return "torch.conv2d(" + x + ", " + w + ", " + b + ", " + list(l.stride) + ", " + list(l.padding) + ", "
               + list(l.dilation) + ", " + std::to_string(l.groups) + ")";
    }

    // Per-channel values shaped to broadcast over the layer's activations.
    torch::Tensor perChannel(const torch::Tensor &values, double fallback, const Shape &shape) const
    {
        std::vector<std::int64_t> view(shape.size() + 1, 1);
        if (!values.defined())
            return torch::full(view, float(fallback));
        view[1] = shape[0];
        return values.to(torch::kFloat32).view(view);
    }

    void layer(std::size_t i, const std::string &in)
    {
        const Layer &l = m_snn.layers[i];
        const std::string id = std::to_string(i);
        switch (l.kind) {
        case LayerKind::Conv2d:
            m_out << in << "h = " << conv(l, id, "h") << "\n";
            break;
        case LayerKind::Linear:
            m_out << in << "h = torch.linear(h, " << buffer("w" + id, l.weight) << ", "
                  << (l.bias.defined() ? buffer("b" + id, l.bias) : "None") << ")\n";
            break;
        case LayerKind::AvgPool2d:
            m_out << in << "h = torch.avg_pool2d(h, " << list(l.kernel) << ", " << list(l.stride) << ", "
                  << list(l.padding) << ", " << (l.ceilMode ? "True" : "False") << ", "
                  << (l.countIncludePad ? "True" : "False") << ")\n";
            break;
        case LayerKind::AdaptiveAvgPool2d:
            m_out << in << "h = torch.adaptive_avg_pool2d(h, " << list(l.outputSize) << ")\n";
            break;
        case LayerKind::MaxPool2d:
            // The pooled count follows the largest input count in its window (simulation.cpp).
            m_out << in << "c" << id << " = c" << id << " + h\n"
                  << in << "p = torch.max_pool2d(c" << id << ", " << list(l.kernel) << ", " << list(l.stride) << ", "
                  << list(l.padding) << ", " << list(l.dilation) << ", " << (l.ceilMode ? "True" : "False") << ")\n"
                  << in << "h = p - q" << id << "\n"
                  << in << "q" << id << " = p\n";
            break;
        case LayerKind::Flatten:
            m_out << in << "h = h.flatten(1)\n";
            break;
        case LayerKind::Dropout:
            break;
        case LayerKind::Fork:
            m_out << in << "k" << id << " = h\n";
            m_forks.push_back(i);
            break;
        case LayerKind::Add: {
            const std::string kept = "k" + std::to_string(m_forks.back());
            m_forks.pop_back();
            std::string s = kept;
            for (std::size_t j = 0; j < l.shortcut.size(); ++j) {
                if (l.shortcut[j].kind != LayerKind::Conv2d)
                    throw Error(ErrorCode::UnsupportedLayer, "a shortcut must be folded before export", "layer " + l.shortcut[j].name);
                s = conv(l.shortcut[j], id + "_" + std::to_string(j), s);
            }
            m_out << in << "h = h + " << s << "\n";
            break;
        }
        case LayerKind::ReLU: {
            const int k = neuronIndex(i);
            const std::string u = "u" + std::to_string(k), n = "n" + std::to_string(k);
            const std::string theta = buffer("theta" + std::to_string(k), perChannel(l.thresholds, l.threshold, m_shapes[i]));
            const std::string amp = buffer("amplitude" + std::to_string(k),
                                           l.amplitudes.defined() ? perChannel(l.amplitudes, 0, m_shapes[i])
                                                                  : perChannel(l.thresholds, l.threshold, m_shapes[i]));
            const bool leaky = m_snn.snn.neuron == NeuronModel::LIF && m_snn.snn.leak != 1.0;
            m_out << in << u << " = " << (leaky ? u + " * " + literal(m_snn.snn.leak) : u) << " + h\n"
                  << in << "s = (" << u << " > " << theta << ").float()\n"
                  << in << u << " = " << u << " - s * " << theta << "\n";
            if (m_snn.snn.signedSpikes)
                m_out << in << "back = ((" << u << " < 0.0) & (" << n << " > 0.0)).float()\n"
                      << in << u << " = " << u << " + back * " << theta << "\n"
                      << in << "s = s - back\n"
                      << in << n << " = " << n << " + s\n";
            m_out << in << "h = s * " << amp << "\n";
            break;
        }
        case LayerKind::BatchNorm2d:
            throw Error(ErrorCode::UnsupportedLayer, "an unfolded BatchNorm2d in a spiking network", "layer " + l.name);
        }
    }

    const Network &m_snn;
    const std::vector<Shape> m_shapes;
    std::ostringstream m_out;
    std::vector<std::pair<std::string, torch::Tensor>> m_buffers;
    std::vector<std::size_t> m_forks;
};

} // namespace

std::string snnTorchScriptSource(const Network &snn)
{
    if (!snn.spiking)
        throw Error(ErrorCode::InvalidArgument, "TorchScript SNN export needs a spiking network; convert the ANN first");
    return Generator(snn).source();
}

std::string snnTorchScriptBytes(const Network &snn)
{
    if (!snn.spiking)
        throw Error(ErrorCode::InvalidArgument, "TorchScript SNN export needs a spiking network; convert the ANN first");
    Generator gen(snn);
    const std::string source = gen.source();
    torch::jit::Module m("PrivateSnn");
    for (const auto &[name, t] : gen.buffers())
        m.register_buffer(name, t);
    m.register_buffer("mean", torch::tensor(snn.normalization.mean).view({1, -1, 1, 1}));
    m.register_buffer("std", torch::tensor(snn.normalization.std).view({1, -1, 1, 1}));
    m.register_attribute("timesteps", c10::IntType::get(), snn.snn.timesteps);
    m.register_attribute("coding", c10::StringType::get(), std::string(codingName(snn.snn.coding)));
    c10::List<std::string> classes;
    for (const auto &c : snn.classNames)
        classes.push_back(c);
    m.register_attribute("class_names", c10::ListType::ofStrings(), classes);
    // Into memory, and onto the disk by writeFileAtomic(): LibTorch's file writer aborts the
    // process when the disk is full (it throws from a destructor).
    std::ostringstream out;
    try {
        m.define(source);
        m.save(out);
    } catch (const c10::Error &e) {
        const std::string what = e.what_without_backtrace();
        throw Error(ErrorCode::FileWrite, "cannot make the TorchScript module: " + what.substr(0, what.find('\n')));
    }
    return out.str();
}

} // namespace psnn

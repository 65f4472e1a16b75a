#include "model/torchscriptblock.h"

#include "core/error.h"

#include <torch/csrc/jit/ir/ir.h>

#include <map>
#include <set>
#include <optional>

namespace psnn {

namespace {

using torch::jit::Node;
using torch::jit::Value;

// What a graph value is, in terms of the block's input x: layers applied to x, or the sum of two
// such chains followed by more layers.
struct Chain {
    std::vector<Layer> layers;   ///< before the add: applied to x; after it: applied to the sum
    bool added = false;
    std::vector<Layer> branch;   ///< added: the chain that holds the neurons
    std::vector<Layer> shortcut; ///< added: the other one (empty for identity)
};

bool hasNeurons(const std::vector<Layer> &layers)
{
    return std::any_of(layers.begin(), layers.end(), [](const Layer &l) { return l.kind == LayerKind::ReLU; });
}

class BlockReader {
public:
    BlockReader(const torch::jit::Module &m, std::string path, const CollectFn &collect)
        : m_module(m), m_path(std::move(path)), m_collect(collect)
    {
    }

    void read(std::vector<Layer> &out)
    {
        const auto graph = m_module.get_method("forward").graph();
        // inputs: self, x
        if (graph->inputs().size() != 2)
            fail("its forward() must take one tensor");
        m_values[graph->inputs()[1]] = Chain{};
        for (Node *node : graph->nodes())
            step(node);
        const auto it = m_values.find(graph->outputs()[0]);
        if (it == m_values.end() || !it->second.added)
            fail("its output is not the sum of a branch and a shortcut");
        Chain c = it->second;
        // relu calls of the forward() (F.relu, or a module called twice) get names of their own.
        int relu = 0;
        for (auto *layers : {&c.branch, &c.layers})
            for (Layer &l : *layers)
                while (l.name.empty() || !m_named.insert(l.name).second)
                    l.name = m_path + ".relu_" + std::to_string(++relu);
        Layer fork;
        fork.kind = LayerKind::Fork;
        fork.name = m_path;
        out.push_back(fork);
        out.insert(out.end(), c.branch.begin(), c.branch.end());
        Layer add;
        add.kind = LayerKind::Add;
        add.name = m_path + ".add";
        add.shortcut = c.shortcut;
        out.push_back(add);
        out.insert(out.end(), c.layers.begin(), c.layers.end());
    }

private:
    [[noreturn]] void fail(const std::string &why) const
    {
        throw Error(ErrorCode::UnsupportedLayer, "residual block: " + why, "layer " + m_path);
    }

    const Chain &valueOf(Value *v, Node *node) const
    {
        const auto it = m_values.find(v);
        if (it == m_values.end())
            fail("node " + std::string(node->kind().toQualString()) + " reads a value that does not come from the "
                 "block's input");
        return it->second;
    }

    void apply(Node *node, std::vector<Layer> layers)
    {
        Chain c = valueOf(node->input(node->kind() == c10::prim::CallMethod ? 1 : 0), node);
        c.layers.insert(c.layers.end(), layers.begin(), layers.end());
        m_values[node->output()] = std::move(c);
    }

    void step(Node *node)
    {
        const std::string kind = node->kind().toQualString();
        if (kind == "prim::Constant" || kind == "prim::ListConstruct" || kind == "prim::TupleConstruct")
            return;
        if (kind == "prim::GetAttr") {
            m_attrs[node->output()] = node->s(c10::attr::name);
            return;
        }
        if (kind == "prim::CallMethod") {
            const auto attr = m_attrs.find(node->input(0));
            // A traced empty Sequential is called without input and returns None.
            if (node->inputs().size() == 1 && node->output()->type()->kind() == c10::TypeKind::NoneType)
                return;
            // Tracing names a module's second call forward1.
            if (attr == m_attrs.end() || node->s(c10::attr::name).rfind("forward", 0) != 0 || node->inputs().size() != 2)
                fail("node prim::CallMethod calls something other than a submodule's forward(x)");
            std::vector<Layer> layers;
            m_collect(m_module.attr(attr->second).toModule(), m_path + "." + attr->second, layers);
            // A module called twice (torchvision's one `relu`) must not give two layers one name.
            for (Layer &l : layers)
                if (!m_seen.insert(l.name).second)
                    l.name.clear();
            return apply(node, layers);
        }
        if (kind == "aten::relu" || kind == "aten::relu_") {
            Layer relu;
            relu.kind = LayerKind::ReLU;
            return apply(node, {relu});
        }
        if (kind == "aten::dropout" || kind == "aten::dropout_" || kind == "aten::feature_dropout")
            return apply(node, {});
        if (kind == "aten::add" || kind == "aten::add_") {
            const c10::optional<c10::IValue> alpha = node->inputs().size() > 2 ? torch::jit::toIValue(node->input(2)) : c10::nullopt;
            if (alpha && !(alpha->isInt() && alpha->toInt() == 1) && !(alpha->isDouble() && alpha->toDouble() == 1.0))
                fail("node " + kind + " scales one term (alpha != 1)");
            const Chain &a = valueOf(node->input(0), node), &b = valueOf(node->input(1), node);
            if (a.added || b.added)
                fail("node " + kind + " is a second add; one block adds its shortcut once");
            const bool aBranch = hasNeurons(a.layers) || (!hasNeurons(b.layers) && a.layers.size() >= b.layers.size());
            Chain sum;
            sum.added = true;
            sum.branch = aBranch ? a.layers : b.layers;
            sum.shortcut = aBranch ? b.layers : a.layers;
            if (hasNeurons(sum.shortcut))
                fail("both terms of node " + kind + " pass through neurons; the shortcut may hold only a conv and BN");
            m_values[node->output()] = std::move(sum);
            return;
        }
        fail("node " + kind + " in its forward() cannot be followed (supported: submodule calls, relu, dropout, add)");
    }

    const torch::jit::Module &m_module;
    const std::string m_path;
    const CollectFn &m_collect;
    std::map<Value *, Chain> m_values;
    std::map<Value *, std::string> m_attrs;
    std::set<std::string> m_seen, m_named;
};

} // namespace

bool isResidualBlock(const torch::jit::Module &m)
{
    if (!m.find_method("forward"))
        return false;
    for (Node *node : m.get_method("forward").graph()->nodes()) {
        const std::string kind = node->kind().toQualString();
        if (kind == "aten::add" || kind == "aten::add_")
            return true;
    }
    return false;
}

void readResidualBlock(const torch::jit::Module &m, const std::string &path, std::vector<Layer> &out,
                       const CollectFn &collect)
{
    BlockReader(m, path, collect).read(out);
}

} // namespace psnn

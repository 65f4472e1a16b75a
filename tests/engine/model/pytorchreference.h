#pragma once
// The test models make_torchscript_models.py writes (TorchScript and ONNX), for each importable
// one the input it fed the model and the output PyTorch computed, and the refusal check both
// importers' tests share.

#include "model/models.h"
#include "testutil.h"

#include <torch/torch.h>

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

inline std::string modelDir()
{
    return qEnvironmentVariable("PSNN_TEST_MODELS").toStdString();
}

inline torch::Tensor readF32(const std::string &path, const std::vector<std::int64_t> &shape)
{
    auto t = torch::empty(shape, torch::kFloat32);
    std::ifstream in(path, std::ios::binary);
    in.read(reinterpret_cast<char *>(t.data_ptr<float>()), std::streamsize(t.numel() * 4));
    if (!in)
        throw std::runtime_error("cannot read " + path);
    return t;
}

/// The input make_torchscript_models.py fed model `name` and the output PyTorch computed for it.
inline std::pair<torch::Tensor, torch::Tensor> pytorchReference(const std::string &name)
{
    nlohmann::json index;
    std::ifstream(modelDir() + "/models.json") >> index;
    const auto entry = index.at(name);
    const std::string base = modelDir() + "/" + name;
    return {readF32(base + ".input.f32", entry.at("input_shape").get<std::vector<std::int64_t>>()),
            readF32(base + ".output.f32", entry.at("output_shape").get<std::vector<std::int64_t>>())};
}

/// Imports the test model `file` with `import` (given input shape "CxHxW", or "" for none) and
/// expects an Error naming the file and holding every fragment.
template <typename Import>
void expectImportRefused(Import import, const QString &file, const QString &shape, const QStringList &fragments)
{
    psnn::ImportOptions options;
    if (!shape.isEmpty())
        for (const QString &d : shape.split('x'))
            options.inputShape.push_back(d.toLongLong());
    std::vector<std::string> expected{modelDir() + "/" + file.toStdString()};
    for (const QString &f : fragments)
        expected.push_back(f.toStdString());
    expectError([&] { import(expected[0], options, nullptr); }, expected);
}

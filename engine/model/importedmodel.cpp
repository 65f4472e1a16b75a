#include "model/importedmodel.h"

#include "core/error.h"

namespace psnn {

namespace {

// A spatial output feeding a Linear means the parent module flattened in its forward().
void insertImplicitFlattens(Network &net)
{
    bool spatial = net.inputShape.size() == 3;
    for (std::size_t i = 0; i < net.layers.size(); ++i) {
        const LayerKind k = net.layers[i].kind;
        if (k == LayerKind::Linear && spatial) {
            Layer f;
            f.kind = LayerKind::Flatten;
            f.name = net.layers[i].name + ".flatten_before";
            net.layers.insert(net.layers.begin() + std::ptrdiff_t(i), f);
            ++i;
            spatial = false;
        } else if (k == LayerKind::Flatten) {
            spatial = false;
        }
    }
}

void completeNormalization(Network &net, const ImportOptions &options, std::vector<ImportWarning> &warnings)
{
    net.normalization = options.normalization;
    const std::size_t channels = std::size_t(net.inputShape[0]);
    Normalization &n = net.normalization;
    if (n.mean.size() != n.std.size())
        throw Error(ErrorCode::InvalidArgument, "the normalisation has " + std::to_string(n.mean.size())
                                                    + " means but " + std::to_string(n.std.size()) + " standard deviations");
    // One value stands for every channel, as torchvision's Normalize((0.5,), (0.5,)) does.
    if (n.mean.size() == 1 && channels > 1) {
        n.mean.assign(channels, n.mean[0]);
        n.std.assign(channels, n.std[0]);
    }
    if (!n.mean.empty() && n.mean.size() != channels)
        throw Error(ErrorCode::InvalidArgument, "the normalisation has " + std::to_string(n.mean.size())
                                                    + " values but the input " + std::to_string(channels) + " channels");
    for (float s : n.std)
        if (!(s > 0))
            throw Error(ErrorCode::InvalidArgument, "a normalisation standard deviation must be positive, not "
                                                        + std::to_string(s));
    if (n.mean.empty()) {
        n.mean.assign(channels, 0.0f);
        n.std.assign(channels, 1.0f);
        warnings.push_back({"normalization", "no normalisation given: pixels in [0, 1] go to the model "
                                             "unchanged; a model trained on normalised images then scores "
                                             "far below its own accuracy"});
    }
}

} // namespace

ImportWarning maxPoolWarning(const std::string &where)
{
    return {"layers", where + ": MaxPool2d becomes a max pool of spike counts in the SNN (a pooled unit's count follows "
                              "the largest count in its window); at small T it converts with more error than average "
                              "pooling"};
}

Shape guessInputShape(const Network &net, std::vector<ImportWarning> &warnings)
{
    std::int64_t channels = 0;
    for (const Layer &l : net.layers) {
        if (l.kind == LayerKind::Conv2d) {
            channels = l.weight.size(1) * l.groups;
            break;
        }
        if (l.kind == LayerKind::Linear)
            break;
    }
    if (channels == 0)
        throw Error(ErrorCode::InvalidArgument,
                    "the model starts without a convolution, so its input shape cannot be guessed; give it "
                    "explicitly (e.g. --input-shape 1x28x28)");
    const std::vector<std::int64_t> sizes = channels == 1 ? std::vector<std::int64_t>{28, 32, 64, 224, 16}
                                                          : std::vector<std::int64_t>{32, 64, 224, 28, 96, 16};
    for (std::int64_t s : sizes) {
        Network probe = net;
        probe.inputShape = {channels, s, s};
        insertImplicitFlattens(probe);
        try {
            layerOutputShapes(probe);
        } catch (const Error &) {
            continue;
        }
        warnings.push_back({"input-shape", "input shape guessed as " + shapeToString(probe.inputShape)
                                               + " from the weights; set it if that is wrong"});
        return probe.inputShape;
    }
    throw Error(ErrorCode::InvalidArgument,
                "no common input size (28, 32, 64, 224 ...) fits the weights; give the input shape explicitly");
}

void completeImportedNetwork(Network &net, const ImportOptions &options, std::vector<ImportWarning> &warnings)
{
    if (net.layers.empty())
        throw Error(ErrorCode::UnsupportedLayer, "the model has no layers to import");
    checkFinite(net);
    insertImplicitFlattens(net);
    const auto shapes = layerOutputShapes(net);
    if (shapes.back().size() != 1)
        throw Error(ErrorCode::UnsupportedLayer, "the last layer must produce class scores, not " + shapeToString(shapes.back()));
    const std::int64_t classes = shapes.back()[0];
    net.classNames = options.classNames;
    if (net.classNames.empty()) {
        for (std::int64_t c = 0; c < classes; ++c)
            net.classNames.push_back(std::to_string(c));
        warnings.push_back({"classes", "no class names given: the classes are called 0 to " + std::to_string(classes - 1)});
    }
    if (std::int64_t(net.classNames.size()) != classes)
        throw Error(ErrorCode::InvalidArgument, std::to_string(net.classNames.size()) + " class names given for a model with "
                                                    + std::to_string(classes) + " outputs");
    completeNormalization(net, options, warnings);
}

double verifyImportedNetwork(const Network &net, const torch::Tensor &x, const torch::Tensor &reference,
                             const ImportOptions &options, const std::string &path, const std::string &why)
{
    torch::NoGradGuard noGrad;
    const torch::Tensor ours = forward(net, x);
    if (ours.sizes() != reference.sizes())
        throw Error(ErrorCode::ImportMismatch,
                    "the imported layers give outputs of shape " + shapeToString(ours.sizes().vec()) + " but the model gives "
                        + shapeToString(reference.sizes().vec()) + "; " + why,
                    path);
    const double difference = (ours - reference).abs().max().item<double>();
    const double scale = std::max(1.0, reference.abs().max().item<double>());
    if (!(difference <= options.tolerance * scale))
        throw Error(ErrorCode::ImportMismatch,
                    "the imported layers do not reproduce the model's output (largest difference "
                        + std::to_string(difference) + ", allowed " + std::to_string(options.tolerance * scale) + "); " + why,
                    path);
    return difference;
}

void checkInputShape(const Shape &shape, const std::string &path)
{
    constexpr std::int64_t kMaxSide = 4096, kMaxValues = std::int64_t(1) << 24;
    bool ok = shape.size() == 3;
    for (const std::int64_t d : shape)
        ok = ok && d >= 1 && d <= kMaxSide;
    if (!ok || shape[0] * shape[1] * shape[2] > kMaxValues)
        throw Error(ErrorCode::BadFormat,
                    "input shape " + shapeToString(shape) + " is not an image (channels x height x width, each 1 to "
                        + std::to_string(kMaxSide) + ", at most " + std::to_string(kMaxValues) + " values)",
                    path);
}

} // namespace psnn

#include "model/importcheck.h"

#include "core/error.h"
#include "data/datasets.h"
#include "data/knowndatasets.h"
#include "model/modelloader.h"
#include "model/networkeval.h"
#include "model/torchscriptimport.h"

#include <algorithm>

namespace psnn {

namespace {

// Evenly spaced images, because many test sets (class folders, some IDX copies) are sorted by class.
ImageSet evenlySpaced(const ImageSet &set, std::int64_t count)
{
    const std::int64_t total = std::int64_t(set.size());
    if (count <= 0 || count >= total)
        return set;
    ImageSet out = set;
    out.pixels.clear();
    out.labels.clear();
    for (std::int64_t k = 0; k < count; ++k) {
        const std::size_t i = std::size_t(k * total / count);
        out.pixels.insert(out.pixels.end(), set.image(i), set.image(i) + set.imageBytes());
        out.labels.push_back(set.labels[i]);
    }
    return out;
}

} // namespace

ImportCheck checkImport(const std::string &model, const ImportCheckOptions &options, const ProgressFn &progress,
                        const CancelToken &cancel)
{
    if (options.testData.empty())
        throw Error(ErrorCode::InvalidArgument, "the check needs test data (a data set name or folder)", model);
    ImportReport report;
    ImportOptions io = options.import;
    io.cancel = cancel;
    Network net = loadAnyNetwork(model, io, &report);
    cancel.check();
    const ImageSet all = loadDataset(options.testData, Split::Test);
    const ImageSet set = evenlySpaced(all, options.images);
    checkCompatible(net, set, resolveDatasetPath(options.testData));

    ImportCheck c;
    c.testData = options.testData;
    c.dataFiles = all.sourceFiles;
    c.images = std::int64_t(set.size());
    c.inputShape = net.inputShape;
    c.modelClassNames = net.classNames;
    c.dataClassNames = set.classNames;
    c.warnings = report.warnings;
    c.chosen = matchingPreset(net.normalization);

    std::vector<const NormalizationPreset *> fitting;
    for (const NormalizationPreset &p : normalizationPresets())
        if (p.mean.size() == 1 || std::int64_t(p.mean.size()) == net.inputShape[0])
            fitting.push_back(&p);
    const double steps = double(fitting.size() + 1);
    const auto slice = [&](int k) -> ProgressFn {
        if (!progress)
            return {};
        return [=](const Progress &p) {
            Progress q = p;
            q.stage = "check";
            q.fraction = (k + p.fraction) / steps;
            progress(q);
        };
    };
    const EvalResult chosen = evaluateNetwork(net, set, 0, options.batchSize, slice(0), cancel);
    c.correct = chosen.correct;
    c.accuracy = chosen.accuracy;

    std::int64_t best = c.correct;
    for (std::size_t k = 0; k < fitting.size(); ++k) {
        Network variant = net;
        variant.normalization = presetNormalization(*fitting[k], net.inputShape[0]);
        const EvalResult r = evaluateNetwork(variant, set, 0, options.batchSize, slice(int(k) + 1), cancel);
        c.presets.push_back({fitting[k]->id, r.correct, r.accuracy});
        // Strictly more images right on the very same images: a tie keeps what the user chose.
        if (r.correct > best && fitting[k]->id != c.chosen) {
            best = r.correct;
            c.suggestion = fitting[k]->id;
            c.suggestionAccuracy = r.accuracy;
        }
    }
    return c;
}

ImportCheckRecord importCheckRecord(const ImportCheck &check, const std::string &kept)
{
    double accuracy = check.accuracy;
    for (const NormalizationScore &s : check.presets)
        if (!kept.empty() && s.preset == kept)
            accuracy = s.accuracy;
    return {check.testData, check.images, accuracy, kept, check.dataFiles};
}

} // namespace psnn

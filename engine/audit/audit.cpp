#include "audit/audit.h"
#include "audit/auditstage.h"
#include "data/datasets.h"
#include "snn/encryption.h"
#include "core/error.h"
#include "core/fileio.h"
#include "core/imageops.h"
#include "audit/inversion.h"
#include "model/modelloader.h"
#include "model/models.h"
#include "model/networkeval.h"
#include "core/runtime.h"
#include "core/sha256.h"
#include "snn/simulation.h"
#include "workspace/stagerunner.h"

#include <torch/torch.h>

#include <opencv2/imgproc.hpp>

#include <chrono>
#include <filesystem>
#include <set>

namespace fs = std::filesystem;
using nlohmann::json;

namespace psnn {

namespace {

const char *const kModels[] = {"ann", "converted", "encrypted"};

void validate(const AuditOptions &o)
{
    auto fail = [](const std::string &m) { throw Error(ErrorCode::InvalidArgument, m); };
    if (o.judge.empty())
        fail("the audit needs a judge classifier (a model of the same classes trained on data you own)");
    if (o.reconstructionsPerClass < 1 || o.reconstructionsPerClass > 100)
        fail("reconstructions per class must be between 1 and 100");
    if (o.inversion.iterations < 1 || !(o.inversion.learningRate > 0) || o.inversion.tvWeight < 0
        || o.inversion.l2Weight < 0 || o.inversion.batchSize < 1)
        fail("inversion needs at least 1 iteration, a positive learning rate, non-negative prior weights and a "
             "batch size of at least 1");
    if (o.snnTimesteps < 1 || o.snnTimesteps > 10000 || o.snnIterations < 1)
        fail("SNN attacks need 1 to 10000 timesteps and at least 1 iteration");
    if (o.evolution.enabled
        && (o.evolution.iterations < 1 || o.evolution.population < 2 || !(o.evolution.sigma > 0)
            || !(o.evolution.learningRate > 0) || o.evolution.downsample < 1 || o.evolution.reconstructionsPerClass < 1
            || o.evolution.reconstructionsPerClass > o.reconstructionsPerClass))
        fail("evolution strategies need at least 1 iteration, a population of at least 2, positive sigma and learning "
             "rate, a downsampling of at least 1, and 1 to reconstructions-per-class images per class");
    if (o.memberData.empty() != o.nonMemberData.empty())
        fail("membership inference needs both member and non-member data");
    if (o.realImagesPerClass < 1 || o.membershipImages < 1)
        fail("real images per class and membership images must be at least 1");
}

Network loadJudge(const std::string &path, const Network &ann)
{
    if (!fs::exists(path))
        throw Error(ErrorCode::FileNotFound, "judge model does not exist", path);
    Network judge = loadAnyNetwork(path);
    if (judge.spiking)
        throw Error(ErrorCode::InvalidArgument, "the judge must be an ordinary (non-spiking) classifier", path);
    if (judge.numClasses() != ann.numClasses())
        throw Error(ErrorCode::ShapeMismatch,
                    "the judge has " + std::to_string(judge.numClasses()) + " classes but the audited model has "
                        + std::to_string(ann.numClasses()),
                    path);
    if (judge.inputShape != ann.inputShape)
        throw Error(ErrorCode::ShapeMismatch,
                    "the judge takes " + shapeToString(judge.inputShape) + " images but the audited model takes "
                        + shapeToString(ann.inputShape),
                    path);
    return judge;
}

// Reconstructions as stored: 8-bit, so that what is judged is exactly what the gallery shows.
torch::Tensor quantize(const torch::Tensor &pixels)
{
    return (pixels * 255.0).round().clamp(0, 255) / 255.0;
}

std::vector<float> imageValues(const torch::Tensor &pixels01)
{
    const auto v = (pixels01 * 255.0).to(torch::kFloat32).contiguous();
    return {v.data_ptr<float>(), v.data_ptr<float>() + v.numel()};
}

cv::Mat gallery(const torch::Tensor &pixels, int rows, int cols)
{
    const std::int64_t C = pixels.size(1), H = pixels.size(2), W = pixels.size(3);
    cv::Mat grid(int(rows * H), int(cols * W), CV_8UC3, cv::Scalar(0, 0, 0));
    const auto px = (pixels * 255.0).round().clamp(0, 255).to(torch::kUInt8).contiguous();
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols && r * cols + c < px.size(0); ++c)
            planarToBgr(px[r * cols + c].data_ptr<std::uint8_t>(), int(C), int(H), int(W))
                .copyTo(grid(cv::Rect(int(c * W), int(r * H), int(W), int(H))));
    return grid;
}

// Real images of each class (up to `perClass`), as [0, 1] tensors, with their class mean.
struct RealClasses {
    std::vector<torch::Tensor> images; ///< per class [n, C, H, W]
    std::vector<torch::Tensor> mean;   ///< per class [C, H, W]
};

RealClasses realClasses(const ImageSet &set, int classes, int perClass)
{
    auto idx = std::vector<std::vector<std::int64_t>>(std::size_t(classes));
    for (std::size_t i = 0; i < set.size(); ++i)
        if (int(idx[std::size_t(set.labels[i])].size()) < perClass)
            idx[std::size_t(set.labels[i])].push_back(std::int64_t(i));
    RealClasses r;
    const Normalization identity{std::vector<float>(std::size_t(set.channels), 0.f),
                                 std::vector<float>(std::size_t(set.channels), 1.f)};
    for (int c = 0; c < classes; ++c) {
        if (idx[std::size_t(c)].empty())
            throw Error(ErrorCode::BadFormat, "the real data has no image of class " + std::to_string(c)
                                                  + " (needed for its SSIM reference)");
        const auto x = imagesToTensor(set, idx[std::size_t(c)], identity);
        r.images.push_back(x);
        r.mean.push_back(x.mean(0));
    }
    return r;
}

// Class scores of a model on real images: an ANN directly, an SNN simulated with its own coding
// and T, its output averaged over time.
torch::Tensor realScores(const Network &net, const ImageSet &set, std::int64_t limit, std::uint64_t seed,
                         const std::function<void(double)> &tick, const CancelToken &cancel)
{
    torch::NoGradGuard noGrad;
    const std::int64_t n = std::min<std::int64_t>(limit, std::int64_t(set.size()));
    std::vector<torch::Tensor> out;
    const std::int64_t batch = net.spiking ? 50 : 256;
    for (std::int64_t from = 0; from < n; from += batch) {
        cancel.check();
        std::vector<std::int64_t> idx;
        for (std::int64_t i = from; i < std::min(n, from + batch); ++i)
            idx.push_back(i);
        const auto x = imagesToTensor(set, idx, net.normalization);
        if (net.spiking) {
            SimulationOptions so;
            so.seed = seed + std::uint64_t(from);
            out.push_back(simulate(net, x, so).output.mean(0));
        } else {
            out.push_back(forward(net, x));
        }
        if (tick)
            tick(double(std::min(n, from + batch)) / double(n));
    }
    return torch::cat(out);
}

std::vector<double> toVector(const torch::Tensor &t)
{
    const auto d = t.to(torch::kFloat64).contiguous();
    return {d.data_ptr<double>(), d.data_ptr<double>() + d.numel()};
}

json optional(double v)
{
    return v < 0 ? json(nullptr) : json(v);
}

json settingsJson(const AuditOptions &o)
{
    const auto &inv = o.inversion;
    const auto &es = o.evolution;
    return {{"judge", fs::absolute(o.judge).string()}, {"real_data", o.realData}, {"member_data", o.memberData},
            {"non_member_data", o.nonMemberData}, {"reconstructions_per_class", o.reconstructionsPerClass},
            {"inversion", {{"iterations", inv.iterations}, {"learning_rate", inv.learningRate},
                           {"tv_weight", inv.tvWeight}, {"l2_weight", inv.l2Weight}, {"batch_size", inv.batchSize}}},
            {"inversion_jitter", inv.jitter}, {"surrogate", o.surrogate}, {"snn_timesteps", o.snnTimesteps},
            {"snn_iterations", o.snnIterations},
            {"evolution", {{"enabled", es.enabled}, {"iterations", es.iterations}, {"population", es.population},
                           {"sigma", es.sigma}, {"learning_rate", es.learningRate}, {"downsample", es.downsample},
                           {"reconstructions_per_class", es.reconstructionsPerClass}}},
            {"real_images_per_class", o.realImagesPerClass}, {"membership_images", o.membershipImages},
            {"seed", o.seed}};
}

} // namespace

AuditOptions auditOptionsFromJson(const json &j)
{
    AuditOptions o;
    const json &inv = j.at("inversion"), &es = j.at("evolution");
    o.judge = j.at("judge");
    o.realData = j.at("real_data");
    o.memberData = j.at("member_data");
    o.nonMemberData = j.at("non_member_data");
    o.reconstructionsPerClass = j.at("reconstructions_per_class");
    o.inversion.iterations = inv.at("iterations");
    o.inversion.learningRate = inv.at("learning_rate");
    o.inversion.tvWeight = inv.at("tv_weight");
    o.inversion.l2Weight = inv.at("l2_weight");
    o.inversion.batchSize = inv.at("batch_size");
    o.inversion.jitter = j.at("inversion_jitter");
    o.surrogate = j.at("surrogate");
    o.snnTimesteps = j.at("snn_timesteps");
    o.snnIterations = j.at("snn_iterations");
    o.evolution.enabled = es.at("enabled");
    o.evolution.iterations = es.at("iterations");
    o.evolution.population = es.at("population");
    o.evolution.sigma = es.at("sigma");
    o.evolution.learningRate = es.at("learning_rate");
    o.evolution.downsample = es.at("downsample");
    o.evolution.reconstructionsPerClass = es.at("reconstructions_per_class");
    o.realImagesPerClass = j.at("real_images_per_class");
    o.membershipImages = j.at("membership_images");
    o.seed = j.at("seed");
    return o;
}

namespace {

json attackToJson(const AttackResult &a)
{
    return {{"model", a.model}, {"scenario", a.scenario}, {"attack_top1", a.attackTop1},
            {"attack_top3", a.attackTop3}, {"confidence", a.confidence}, {"ssim_class_mean", optional(a.ssimClassMean)},
            {"ssim_nearest", optional(a.ssimNearest)}, {"final_loss", a.finalLoss}, {"intended", a.intended},
            {"judge_prediction", a.judgePrediction}, {"judge_confidence", a.judgeConfidence}, {"gallery", a.gallery}};
}

AttackResult attackFromJson(const json &j)
{
    AttackResult a;
    a.model = j.at("model");
    a.scenario = j.at("scenario");
    a.attackTop1 = j.at("attack_top1");
    a.attackTop3 = j.at("attack_top3");
    a.confidence = j.at("confidence");
    a.ssimClassMean = j.at("ssim_class_mean").is_null() ? -1.0 : j.at("ssim_class_mean").get<double>();
    a.ssimNearest = j.at("ssim_nearest").is_null() ? -1.0 : j.at("ssim_nearest").get<double>();
    a.finalLoss = j.at("final_loss");
    a.intended = j.at("intended").get<std::vector<int>>();
    a.judgePrediction = j.at("judge_prediction").get<std::vector<int>>();
    a.judgeConfidence = j.at("judge_confidence").get<std::vector<double>>();
    a.gallery = j.at("gallery");
    return a;
}

json membershipToJson(const MembershipAttack &m)
{
    const RocCurve roc = thinned(m.roc, 201);
    return {{"model", m.model}, {"attack", m.attack}, {"auc", m.roc.auc}, {"tpr_at_1pct_fpr", m.tprAt1PctFpr},
            {"tpr_at_0_1pct_fpr", m.tprAt01PctFpr}, {"roc", {{"fpr", roc.fpr}, {"tpr", roc.tpr}}}};
}

MembershipAttack membershipFromJson(const json &j)
{
    MembershipAttack m;
    m.model = j.at("model");
    m.attack = j.at("attack");
    m.roc.auc = j.at("auc");
    m.roc.fpr = j.at("roc").at("fpr").get<std::vector<double>>();
    m.roc.tpr = j.at("roc").at("tpr").get<std::vector<double>>();
    m.tprAt1PctFpr = j.at("tpr_at_1pct_fpr");
    m.tprAt01PctFpr = j.at("tpr_at_0_1pct_fpr");
    return m;
}

// The "audit" section of results.json: the per-model, per-scenario numbers without the detail.
json summaryJson(const json &audit)
{
    json s = {{"judge", audit.at("judge").at("path")}, {"chance", audit.at("chance")},
              {"encrypted_leaks", audit.at("encrypted_leaks")}, {"leak_rule", audit.at("leak_rule")}};
    for (const auto &a : audit.at("attacks"))
        s[a.at("model").get<std::string>()][a.at("scenario").get<std::string>()] = {
            {"attack_top1", a.at("attack_top1")}, {"attack_top3", a.at("attack_top3")},
            {"confidence", a.at("confidence")}, {"ssim_class_mean", a.at("ssim_class_mean")},
            {"ssim_nearest", a.at("ssim_nearest")}};
    for (const auto &m : audit.at("membership")) {
        json &entry = s[m.at("model").get<std::string>()]["membership"];
        entry[m.at("attack").get<std::string>()] = {{"auc", m.at("auc")}, {"tpr_at_1pct_fpr", m.at("tpr_at_1pct_fpr")},
                                                    {"tpr_at_0_1pct_fpr", m.at("tpr_at_0_1pct_fpr")}};
        // The headline figures are those of the stronger attack.
        if (!entry.contains("auc") || m.at("auc").get<double>() > entry.at("auc").get<double>()) {
            entry["auc"] = m.at("auc");
            entry["tpr_at_1pct_fpr"] = m.at("tpr_at_1pct_fpr");
            entry["attack"] = m.at("attack");
        }
    }
    return s;
}

// Maps each task's own progress into the audit's overall fraction.
class Plan {
public:
    Plan(const ProgressFn &progress) : m_throttle(progress) {}
    void add(double cost) { m_costs.push_back(cost); }
    std::function<void(double)> task(std::size_t i, const std::string &what)
    {
        double before = 0, total = 0;
        for (std::size_t k = 0; k < m_costs.size(); ++k) {
            total += m_costs[k];
            if (k < i)
                before += m_costs[k];
        }
        const double cost = m_costs[i];
        return [this, before, total, cost, what](double f) {
            const double done = (before + cost * f) / total;
            const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
            m_throttle.report({"audit", done, 0, done > 0.01 ? secs / done * (1 - done) : -1.0, what});
        };
    }

private:
    ProgressThrottle m_throttle;
    std::vector<double> m_costs;
    std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
};

} // namespace

AuditOptions demoAuditOptions()
{
    AuditOptions o;
    o.judge = judgeModelPath();
    o.realData = "fashion-mnist";
    o.memberData = "fashion-mnist";
    o.nonMemberData = "fashion-mnist";
    o.reconstructionsPerClass = 2;
    o.snnTimesteps = 16;
    o.snnIterations = 150;
    o.membershipImages = 300;
    return o;
}

AuditResult runAudit(const std::string &workspace, const AuditOptions &o, const ProgressFn &progress,
                     const CancelToken &cancel)
{
    return runAuditStage(workspace, o, progress, cancel, nullptr);
}

AuditResult runAuditStage(const std::string &workspace, const AuditOptions &o, const ProgressFn &progress,
                          const CancelToken &cancel, std::vector<StageStatus> *dryRun)
{
    validate(o);
    useComputeThreads();
    Workspace ws(workspace, false);
    const std::map<std::string, std::string> files = {
        {"ann", ws.file("ann.psnn")}, {"converted", ws.file("converted.psnn")}, {"encrypted", ws.file("encrypted.psnn")}};
    const std::map<std::string, std::string> missing = {
        {"ann", "no imported ANN (ann.psnn): run `import` or `pipeline` first"},
        {"converted", "no converted SNN (converted.psnn): run `convert` or `pipeline` first"},
        {"encrypted", "no encrypted SNN (encrypted.psnn): run `encrypt` or `pipeline` first"}};
    for (const char *m : kModels)
        if (!fs::exists(files.at(m))) {
            if (dryRun) {
                StageStatus status;
                status.stage = "audit";
                status.state = ws.stage("audit") ? StageState::Stale : StageState::NotRun;
                dryRun->push_back(status);
                return {};
            }
            throw Error(ErrorCode::FileNotFound, "the workspace has " + missing.at(m), workspace);
        }

    std::map<std::string, Network> nets;
    for (const char *m : kModels)
        nets[m] = loadAnyNetwork(files.at(m));
    const Network &ann = nets.at("ann");
    const Network judge = loadJudge(o.judge, ann);
    const int classes = ann.numClasses();

    ImageSet real, members, nonMembers;
    if (!o.realData.empty()) {
        real = loadDataset(o.realData, Split::Test);
        checkCompatible(ann, real, o.realData);
    }
    if (!o.memberData.empty()) {
        members = loadDataset(o.memberData, Split::Train);
        nonMembers = loadDataset(o.nonMemberData, Split::Test);
        checkCompatible(ann, members, o.memberData);
        checkCompatible(ann, nonMembers, o.nonMemberData);
    }
    std::vector<std::string> inputs{files.at("ann"), files.at("converted"), files.at("encrypted"), o.judge};
    std::set<std::string> dataFiles;
    for (const ImageSet *s : {&real, &members, &nonMembers})
        dataFiles.insert(s->sourceFiles.begin(), s->sourceFiles.end());
    inputs.insert(inputs.end(), dataFiles.begin(), dataFiles.end());

    // Which attacks run, in order: scenario 1 on every model, scenario 2 on the SNNs.
    struct Attack {
        std::string model, scenario;
    };
    std::vector<Attack> attacks;
    for (const char *m : kModels)
        attacks.push_back({m, "weights_to_ann"});
    for (const char *m : {"converted", "encrypted"}) {
        if (o.surrogate)
            attacks.push_back({m, "snn_surrogate"});
        if (o.evolution.enabled)
            attacks.push_back({m, "snn_evolution"});
    }
    std::vector<std::string> outputs{"audit.json"};
    for (const auto &a : attacks)
        outputs.push_back("audit-" + a.model + "-" + a.scenario + ".png");
    if (!o.realData.empty())
        outputs.push_back("audit-real.png");

    std::vector<std::string> ran, skipped;
    StageRunner runner(ws, ran, skipped);
    runner.setDryRun(dryRun);
    runner.run("audit", settingsJson(o), inputs, outputs, o.seed, [&](const std::string &dir, StageRecord &rec) {
        const std::int64_t R = o.reconstructionsPerClass;
        const std::int64_t K = classes * R;
        auto shape = ann.inputShape;
        shape.insert(shape.begin(), K);
        auto gen = at::make_generator<at::CPUGeneratorImpl>(o.seed);
        // The same random starts for every model: differences come from the weights alone.
        const auto start = torch::rand(shape, gen);
        const auto targets = torch::arange(classes, torch::kLong).repeat_interleave(R);
        const std::int64_t E = o.evolution.reconstructionsPerClass;
        std::vector<std::int64_t> esIdx;
        for (std::int64_t c = 0; c < classes; ++c)
            for (std::int64_t r = 0; r < E; ++r)
                esIdx.push_back(c * R + r);
        const auto esSel = torch::tensor(esIdx, torch::kLong);

        Plan plan(progress);
        const double snnCost = double(o.snnTimesteps) * 3 * o.snnIterations / o.inversion.iterations;
        for (const auto &a : attacks)
            plan.add(a.scenario == "weights_to_ann" ? 1.0
                     : a.scenario == "snn_surrogate"
                         ? snnCost
                         : double(o.evolution.iterations * o.evolution.population * E) * o.snnTimesteps
                               / double(o.inversion.iterations * R));
        if (!o.memberData.empty())
            for (const char *m : kModels)
                plan.add(nets.at(m).spiking ? double(nets.at(m).snn.timesteps) * 0.3 : 0.3);

        RealClasses ref;
        if (!o.realData.empty())
            ref = realClasses(real, classes, o.realImagesPerClass);

        json out = {{"format", "privatesnn-audit"},
                    {"judge", {{"path", fs::absolute(o.judge).string()}, {"sha256", sha256File(o.judge)}}},
                    {"classes", ann.classNames},
                    {"chance", 1.0 / classes},
                    {"image", {{"channels", ann.inputShape[0]}, {"height", ann.inputShape[1]}, {"width", ann.inputShape[2]}}},
                    {"reconstructions_per_class", R},
                    {"evolution_reconstructions_per_class", E},
                    {"snn_timesteps", o.snnTimesteps}};
        json attacksJson = json::array();
        double encryptedTop1 = 1.0;
        for (std::size_t i = 0; i < attacks.size(); ++i) {
            const auto &a = attacks[i];
            const Network &model = nets.at(a.model);
            const auto tick = plan.task(i, a.model + " / " + a.scenario);
            torch::Tensor recon, tgt = targets;
            if (a.scenario == "weights_to_ann") {
                const Network asAnn = weightsAsAnn(model);
                recon = invertByGradient(annScores(asAnn), start, targets, ann.normalization, o.inversion, tick, cancel);
            } else if (a.scenario == "snn_surrogate") {
                InversionOptions through = o.inversion;
                through.iterations = o.snnIterations;
                recon = invertByGradient(snnScores(model, o.snnTimesteps, true), start, targets, ann.normalization,
                                         through, tick, cancel);
            } else {
                tgt = targets.index_select(0, esSel);
                recon = invertByEvolution(snnScores(model, o.snnTimesteps, false), start.index_select(0, esSel), tgt,
                                          ann.normalization, o.inversion, o.evolution, o.seed + 1, tick, cancel);
            }
            recon = quantize(recon);
            const int cols = int(recon.size(0) / classes);
            AttackResult r;
            r.model = a.model;
            r.scenario = a.scenario;
            r.gallery = "audit-" + a.model + "-" + a.scenario + ".png";
            writePng(gallery(recon, classes, cols), dir + "/" + r.gallery);
            torch::NoGradGuard noGrad;
            const ScoreFn modelScores = a.scenario == "weights_to_ann" ? annScores(weightsAsAnn(model))
                                                                       : snnScores(model, o.snnTimesteps, false);
            r.finalLoss = inversionObjective(modelScores, recon, tgt, ann.normalization, o.inversion).mean().item<double>();
            const auto probs = torch::softmax(annScores(judge)(recon), 1);
            const auto top3 = std::get<1>(probs.topk(std::min(3, classes), 1));
            const auto top1 = top3.select(1, 0);
            const auto trueProb = probs.gather(1, tgt.unsqueeze(1)).squeeze(1);
            r.attackTop1 = top1.eq(tgt).to(torch::kFloat64).mean().item<double>();
            r.attackTop3 = top3.eq(tgt.unsqueeze(1)).any(1).to(torch::kFloat64).mean().item<double>();
            r.confidence = trueProb.to(torch::kFloat64).mean().item<double>();
            for (std::int64_t k = 0; k < recon.size(0); ++k) {
                r.intended.push_back(int(tgt[k].item<std::int64_t>()));
                r.judgePrediction.push_back(int(top1[k].item<std::int64_t>()));
                r.judgeConfidence.push_back(trueProb[k].item<double>());
            }
            if (!o.realData.empty()) {
                double toMean = 0, nearest = 0;
                const int C = int(ann.inputShape[0]), H = int(ann.inputShape[1]), W = int(ann.inputShape[2]);
                for (std::int64_t k = 0; k < recon.size(0); ++k) {
                    const auto c = std::size_t(r.intended[std::size_t(k)]);
                    const auto img = imageValues(recon[k]);
                    toMean += ssim(img, imageValues(ref.mean[c]), C, H, W);
                    double best = -1;
                    for (std::int64_t j = 0; j < ref.images[c].size(0); ++j)
                        best = std::max(best, ssim(img, imageValues(ref.images[c][j]), C, H, W));
                    nearest += best;
                }
                r.ssimClassMean = toMean / double(recon.size(0));
                r.ssimNearest = nearest / double(recon.size(0));
            }
            if (a.model == "encrypted" && a.scenario == "weights_to_ann")
                encryptedTop1 = r.attackTop1;
            attacksJson.push_back(attackToJson(r));
        }
        out["attacks"] = attacksJson;

        json membership = json::array();
        if (!o.memberData.empty()) {
            for (std::size_t m = 0; m < 3; ++m) {
                const Network &net = nets.at(kModels[m]);
                const auto tick = plan.task(attacks.size() + m, std::string(kModels[m]) + " / membership");
                const auto in = realScores(net, members, o.membershipImages, o.seed,
                                           [&](double f) { tick(0.5 * f); }, cancel);
                const auto outS = realScores(net, nonMembers, o.membershipImages, o.seed + 7,
                                             [&](double f) { tick(0.5 + 0.5 * f); }, cancel);
                const auto labels = [](const ImageSet &s, std::int64_t n) {
                    return torch::tensor(std::vector<std::int64_t>(s.labels.begin(), s.labels.begin() + n), torch::kLong);
                };
                const auto yIn = labels(members, in.size(0)), yOut = labels(nonMembers, outS.size(0));
                const auto lossIn = torch::cross_entropy_loss(in, yIn, {}, at::Reduction::None);
                const auto lossOut = torch::cross_entropy_loss(outS, yOut, {}, at::Reduction::None);
                // Label-free: the model's top confidence (the loss attack already uses the label).
                const auto confIn = std::get<0>(torch::softmax(in, 1).max(1));
                const auto confOut = std::get<0>(torch::softmax(outS, 1).max(1));
                for (const auto &[attack, sIn, sOut] :
                     {std::tuple{"loss", -lossIn, -lossOut}, std::tuple{"confidence", confIn, confOut}}) {
                    MembershipAttack ma;
                    ma.model = kModels[m];
                    ma.attack = attack;
                    ma.roc = rocCurve(toVector(sIn), toVector(sOut));
                    ma.tprAt1PctFpr = tprAtFpr(ma.roc, 0.01);
                    ma.tprAt01PctFpr = tprAtFpr(ma.roc, 0.001);
                    membership.push_back(membershipToJson(ma));
                }
            }
        }
        out["membership"] = membership;

        json similarity = json::object();
        for (const char *m : {"converted", "encrypted"}) {
            json rows = json::array();
            for (const auto &s : weightSimilarity(files.at("ann"), files.at(m)))
                rows.push_back({{"layer", s.layer}, {"cosine", s.after}});
            similarity[m] = rows;
        }
        out["weight_similarity"] = similarity;

        if (!o.realData.empty()) {
            constexpr int kExamples = 5;
            std::vector<torch::Tensor> cells;
            for (int c = 0; c < classes; ++c) {
                cells.push_back(ref.mean[std::size_t(c)].unsqueeze(0));
                const auto &imgs = ref.images[std::size_t(c)];
                auto ex = imgs.narrow(0, 0, std::min<std::int64_t>(kExamples, imgs.size(0)));
                if (ex.size(0) < kExamples)
                    ex = torch::cat({ex, torch::zeros({kExamples - ex.size(0), ex.size(1), ex.size(2), ex.size(3)})});
                cells.push_back(ex);
            }
            writePng(gallery(torch::cat(cells), classes, 1 + kExamples), dir + "/audit-real.png");
            out["real_gallery"] = "audit-real.png";
            out["real_gallery_columns"] = {"class mean", "examples"};
        }
        const double chance = 1.0 / classes;
        out["encrypted_leaks"] = encryptedTop1 > 1.5 * chance;
        out["leak_rule"] = "class features count as recognisable from the encrypted model's weights when the judge "
                           "recognises more than 1.5 x chance of its scenario-1 reconstructions";
        writeFileAtomic(dir + "/audit.json", out.dump(1) + "\n");
        rec.dataFilesRead.assign(dataFiles.begin(), dataFiles.end());
        rec.resultsJson = summaryJson(out).dump();
    });
    if (dryRun)
        return {};

    const auto bytes = readFileMaybeGz(ws.file("audit.json"));
    json audit;
    try {
        audit = json::parse(bytes.begin(), bytes.end());
    } catch (const json::exception &e) {
        throw Error(ErrorCode::BadFormat, std::string("damaged audit results: ") + e.what(), ws.file("audit.json"));
    }
    AuditResult result;
    for (const auto &a : audit.at("attacks"))
        result.attacks.push_back(attackFromJson(a));
    for (const auto &m : audit.at("membership"))
        result.membership.push_back(membershipFromJson(m));
    result.realGallery = audit.value("real_gallery", "");
    result.encryptedLeaks = audit.at("encrypted_leaks");
    result.dataFilesRead.assign(dataFiles.begin(), dataFiles.end());
    result.skipped = !skipped.empty();
    const json summary = summaryJson(audit);
    result.json = summary.dump();

    // results.json gains (or replaces) its "audit" section; the rest is kept as it was.
    json results = json::object();
    if (fs::exists(ws.file("results.json"))) {
        const auto text = readFileMaybeGz(ws.file("results.json"));
        try {
            results = json::parse(text.begin(), text.end());
        } catch (const json::exception &e) {
            throw Error(ErrorCode::BadFormat, std::string("damaged results file: ") + e.what(), ws.file("results.json"));
        }
    }
    results["audit"] = summary;
    json filesRead = results.value("data_files_read", json::object());
    filesRead["audit"] = result.dataFilesRead;
    results["data_files_read"] = filesRead;
    writeFileAtomic(ws.file("results.json"), results.dump(2) + "\n");
    if (progress)
        progress({"audit", 1.0, 0, 0, "done"});
    return result;
}

} // namespace psnn

#include "audit/leakageaudit.h"

#include "audit/auditjson.h"
#include "audit/galleries.h"
#include "audit/inversion.h"
#include "audit/membership.h"
#include "core/error.h"
#include "core/fileio.h"
#include "core/imageops.h"
#include "core/sha256.h"
#include "model/modelloader.h"
#include "snn/encryption.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <numeric>
#include <filesystem>

namespace fs = std::filesystem;
using nlohmann::json;

namespace psnn {

namespace {

struct PlannedAttack {
    std::string model, scenario;
};

// Scenario 1 on every model, the threshold-aware reading and scenario 2 on the SNNs.
std::vector<PlannedAttack> plannedAttacks(const AuditOptions &o)
{
    const auto chosen = [&](const std::string &m) { return std::find(o.models.begin(), o.models.end(), m) != o.models.end(); };
    std::vector<PlannedAttack> attacks;
    for (const auto &m : auditedModels())
        if (chosen(m))
            attacks.push_back({m, "weights_to_ann"});
    for (const char *m : {"converted", "encrypted"})
        if (chosen(m))
            attacks.push_back({m, "weights_rate_ann"});
    for (const char *m : {"converted", "encrypted"}) {
        if (o.surrogate && chosen(m))
            attacks.push_back({m, "snn_surrogate"});
        if (o.evolution.enabled && chosen(m))
            attacks.push_back({m, "snn_evolution"});
    }
    return attacks;
}

// Maps each task's own progress into the audit's overall fraction.
class Plan {
public:
    explicit Plan(const ProgressFn &progress) : m_throttle(progress) {}
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

// One audit run: the same random starts for every model, so that differences come from the
// weights alone.
class LeakageAudit {
public:
    LeakageAudit(const AuditInputs &in, const AuditOptions &o, std::string dir, const ProgressFn &progress,
                 const CancelToken &cancel)
        : m_in(in), m_o(o), m_dir(std::move(dir)), m_cancel(cancel), m_plan(progress), m_attacks(plannedAttacks(o)),
          m_ann(in.models.at("ann")), m_classes(m_ann.numClasses())
    {
        makeStarts();
        planCosts();
        if (!m_o.realData.empty())
            m_ref = realClasses(m_in.real, m_classes, m_o.realImagesPerClass);
    }

    json run()
    {
        json out = header();
        json attacks = json::array();
        for (std::size_t i = 0; i < m_attacks.size(); ++i)
            attacks.push_back(attackToJson(attack(i)));
        out["attacks"] = attacks;
        out["membership"] = membership();
        out["weight_similarity"] = weightSimilarityJson();
        if (!m_o.realData.empty()) {
            writeRealGallery(m_ref, 5, m_dir + "/audit-real.png");
            out["real_gallery"] = "audit-real.png";
            out["real_gallery_columns"] = {"class mean", "examples"};
        }
        if (!m_o.realData.empty())
            out["reading_accuracy"] = readingAccuracy();
        out["encrypted_leaks"] = m_encryptedLeaks;
        out["leak_rule"] = "class features count as recognisable from the encrypted model's weights when, for either "
                           "reading of them (thresholds ignored, or divided out), the 95 % Wilson interval of the "
                           "judge's top-1 on the reconstructions lies above chance";
        writeFileAtomic(m_dir + "/audit.json", out.dump(1) + "\n");
        return out;
    }

private:
    double chance() const { return 1.0 / m_classes; }

    void makeStarts()
    {
        const std::int64_t R = m_o.reconstructionsPerClass;
        auto shape = m_ann.inputShape;
        shape.insert(shape.begin(), m_classes * R);
        auto gen = at::make_generator<at::CPUGeneratorImpl>(m_o.seed);
        m_start = torch::rand(shape, gen);
        m_targets = torch::arange(m_classes, torch::kLong).repeat_interleave(R);
        m_surrogateSelection = firstPerClass(R, m_o.snnReconstructionsPerClass);
        m_esSelection = firstPerClass(R, m_o.evolution.reconstructionsPerClass);
    }

    // The first `take` of the `perClass` starts of every class (starts are stored class-major).
    torch::Tensor firstPerClass(std::int64_t perClass, std::int64_t take) const
    {
        std::vector<std::int64_t> idx;
        for (std::int64_t c = 0; c < m_classes; ++c)
            for (std::int64_t r = 0; r < std::min(take, perClass); ++r)
                idx.push_back(c * perClass + r);
        return torch::tensor(idx, torch::kLong);
    }

    const torch::Tensor &selection(const PlannedAttack &a) const
    {
        static const torch::Tensor all;
        return a.scenario == "snn_evolution" ? m_esSelection : a.scenario == "snn_surrogate" ? m_surrogateSelection : all;
    }

    // Progress weights: one pass of an ANN inversion is the unit.
    void planCosts()
    {
        const double R = m_o.reconstructionsPerClass, E = m_o.evolution.reconstructionsPerClass;
        const double snnCost = double(m_o.snnTimesteps) * 3 * m_o.snnIterations / m_o.inversion.iterations
                               * double(m_o.snnReconstructionsPerClass) / R;
        const double esCost = double(m_o.evolution.iterations * m_o.evolution.population) * E * m_o.snnTimesteps
                              / (double(m_o.inversion.iterations) * R);
        for (const auto &a : m_attacks)
            m_plan.add(a.scenario.rfind("weights_", 0) == 0 ? 1.0 : a.scenario == "snn_surrogate" ? snnCost : esCost);
        if (!m_o.memberData.empty())
            for (const auto &m : m_o.models)
                m_plan.add(m_in.models.at(m).spiking ? double(m_in.models.at(m).snn.timesteps) * 0.3 : 0.3);
    }

    json header() const
    {
        return {{"format", "privatesnn-audit"},
                {"judge", {{"path", fs::absolute(m_o.judge).string()}, {"sha256", sha256File(m_o.judge)}}},
                {"classes", m_ann.classNames},
                {"chance", chance()},
                {"image",
                 {{"channels", m_ann.inputShape[0]}, {"height", m_ann.inputShape[1]}, {"width", m_ann.inputShape[2]}}},
                {"reconstructions_per_class", m_o.reconstructionsPerClass},
                {"evolution_reconstructions_per_class", m_o.evolution.reconstructionsPerClass},
                {"snn_timesteps", m_o.snnTimesteps}};
    }

    // The attacker's score function for one model and scenario.
    ScoreFn scores(const PlannedAttack &a, bool trainable) const
    {
        const Network &model = m_in.models.at(a.model);
        if (a.scenario == "weights_to_ann")
            return annScores(weightsAsAnn(model));
        if (a.scenario == "weights_rate_ann")
            return rateScores(model);
        return snnScores(model, m_o.snnTimesteps, trainable, m_cancel);
    }

    torch::Tensor reconstruct(const PlannedAttack &a, const std::function<void(double)> &tick) const
    {
        const Normalization &norm = m_ann.normalization;
        if (a.scenario.rfind("weights_", 0) == 0)
            return invertByGradient(scores(a, false), m_start, m_targets, norm, m_o.inversion, tick, m_cancel);
        if (a.scenario == "snn_surrogate") {
            InversionOptions through = m_o.inversion;
            through.iterations = m_o.snnIterations;
            return invertByGradient(scores(a, true), m_start.index_select(0, m_surrogateSelection),
                                    m_targets.index_select(0, m_surrogateSelection), norm, through, tick, m_cancel);
        }
        return invertByEvolution(scores(a, false), m_start.index_select(0, m_esSelection),
                                 m_targets.index_select(0, m_esSelection), norm, m_o.inversion, m_o.evolution,
                                 m_o.seed + 1, tick, m_cancel);
    }

    void judge(AttackResult &r, const torch::Tensor &recon, const torch::Tensor &targets) const
    {
        const auto probs = torch::softmax(annScores(m_in.judge)(recon), 1);
        const auto top3 = std::get<1>(probs.topk(std::min(3, m_classes), 1));
        const auto top1 = top3.select(1, 0);
        const auto trueProb = probs.gather(1, targets.unsqueeze(1)).squeeze(1);
        const std::int64_t hits = top1.eq(targets).sum().item<std::int64_t>();
        r.reconstructions = recon.size(0);
        r.attackTop1 = double(hits) / double(r.reconstructions);
        r.top1Interval = wilsonInterval(hits, r.reconstructions);
        r.attackTop3 = top3.eq(targets.unsqueeze(1)).any(1).to(torch::kFloat64).mean().item<double>();
        r.confidence = trueProb.to(torch::kFloat64).mean().item<double>();
        for (std::int64_t k = 0; k < recon.size(0); ++k) {
            r.intended.push_back(int(targets[k].item<std::int64_t>()));
            r.judgePrediction.push_back(int(top1[k].item<std::int64_t>()));
            r.judgeConfidence.push_back(trueProb[k].item<double>());
        }
    }

    // SSIM of each reconstruction to its class's mean real image and to the nearest real image.
    void compareWithReal(AttackResult &r, const torch::Tensor &recon) const
    {
        double toMean = 0, nearest = 0;
        const int C = int(m_ann.inputShape[0]), H = int(m_ann.inputShape[1]), W = int(m_ann.inputShape[2]);
        for (std::int64_t k = 0; k < recon.size(0); ++k) {
            const auto c = std::size_t(r.intended[std::size_t(k)]);
            const auto img = imageValues(recon[k]);
            toMean += ssim(img, imageValues(m_ref.mean[c]), C, H, W);
            double best = -1;
            for (std::int64_t j = 0; j < m_ref.images[c].size(0); ++j)
                best = std::max(best, ssim(img, imageValues(m_ref.images[c][j]), C, H, W));
            nearest += best;
        }
        r.ssimClassMean = toMean / double(recon.size(0));
        r.ssimNearest = nearest / double(recon.size(0));
    }

    AttackResult attack(std::size_t i)
    {
        const PlannedAttack &a = m_attacks[i];
        const auto recon = quantize(reconstruct(a, m_plan.task(i, a.model + " / " + a.scenario)));
        const torch::Tensor &sel = selection(a);
        const auto targets = sel.defined() ? m_targets.index_select(0, sel) : m_targets;
        AttackResult r;
        r.model = a.model;
        r.scenario = a.scenario;
        r.gallery = "audit-" + a.model + "-" + a.scenario + ".png";
        writePng(gallery(recon, m_classes, int(recon.size(0) / m_classes)), m_dir + "/" + r.gallery);
        torch::NoGradGuard noGrad;
        r.finalLoss =
            inversionObjective(scores(a, false), recon, targets, m_ann.normalization, m_o.inversion).mean().item<double>();
        judge(r, recon, targets);
        if (!m_o.realData.empty())
            compareWithReal(r, recon);
        if (a.model == "encrypted" && a.scenario.rfind("weights_", 0) == 0)
            m_encryptedLeaks = m_encryptedLeaks || r.top1Interval.low > chance();
        return r;
    }

    json membership()
    {
        json out = json::array();
        if (m_o.memberData.empty())
            return out;
        const auto &models = m_o.models;
        for (std::size_t m = 0; m < models.size(); ++m) {
            const auto tick = m_plan.task(m_attacks.size() + m, models[m] + " / membership");
            for (const auto &ma : membershipAttacks(models[m], m_in.models.at(models[m]), m_in.members,
                                                    m_in.nonMembers, m_o.membershipImages, m_o.seed, tick, m_cancel))
                out.push_back(membershipToJson(ma));
        }
        return out;
    }

    // Each reading of each model as a classifier of the real test set: what the weights alone give.
    json readingAccuracy() const
    {
        torch::NoGradGuard noGrad;
        json rows = json::array();
        const std::int64_t n = std::min<std::int64_t>(m_o.readingImages, std::int64_t(m_in.real.size()));
        std::vector<std::int64_t> idx(static_cast<std::size_t>(n));
        std::iota(idx.begin(), idx.end(), 0);
        const Normalization identity{std::vector<float>(m_ann.normalization.mean.size(), 0.f),
                                     std::vector<float>(m_ann.normalization.mean.size(), 1.f)};
        const auto pixels = imagesToTensor(m_in.real, idx, identity);
        const auto labels = torch::tensor(std::vector<std::int64_t>(m_in.real.labels.begin(), m_in.real.labels.begin() + n));
        for (const auto &a : m_attacks) {
            if (a.scenario.rfind("weights_", 0) != 0)
                continue;
            m_cancel.check();
            const auto pred = scores(a, false)(pixels).argmax(1);
            rows.push_back({{"model", a.model}, {"scenario", a.scenario}, {"images", n},
                            {"accuracy", pred.eq(labels).to(torch::kFloat64).mean().item<double>()}});
        }
        return rows;
    }

    json weightSimilarityJson() const
    {
        json similarity = json::object();
        for (const char *m : {"converted", "encrypted"}) {
            if (std::find(m_o.models.begin(), m_o.models.end(), m) == m_o.models.end())
                continue;
            json rows = json::array();
            for (const auto &s : weightSimilarity(m_in.files.at("ann"), m_in.files.at(m)))
                rows.push_back({{"layer", s.layer}, {"cosine", s.after}});
            similarity[m] = rows;
        }
        return similarity;
    }

    const AuditInputs &m_in;
    const AuditOptions &m_o;
    const std::string m_dir;
    const CancelToken &m_cancel;
    Plan m_plan;
    const std::vector<PlannedAttack> m_attacks;
    const Network &m_ann;
    const int m_classes;
    torch::Tensor m_start, m_targets, m_surrogateSelection, m_esSelection;
    RealClasses m_ref;
    bool m_encryptedLeaks = false;
};

} // namespace

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

const std::vector<std::string> &auditedModels()
{
    static const std::vector<std::string> models{"ann", "converted", "encrypted"};
    return models;
}

std::vector<std::string> auditOutputs(const AuditOptions &o)
{
    std::vector<std::string> outputs{"audit.json"};
    for (const auto &a : plannedAttacks(o))
        outputs.push_back("audit-" + a.model + "-" + a.scenario + ".png");
    if (!o.realData.empty())
        outputs.push_back("audit-real.png");
    return outputs;
}

json runLeakageAudit(const AuditInputs &inputs, const AuditOptions &options, const std::string &dir,
                     const ProgressFn &progress, const CancelToken &cancel)
{
    return LeakageAudit(inputs, options, dir, progress, cancel).run();
}

} // namespace psnn

#include "audit/leakageaudit.h"

#include "audit/auditjson.h"
#include "audit/galleries.h"
#include "audit/inversion.h"
#include "audit/membership.h"
#include "core/fileio.h"
#include "core/imageops.h"
#include "core/sha256.h"
#include "snn/encryption.h"

#include <torch/torch.h>

#include <chrono>
#include <filesystem>

namespace fs = std::filesystem;
using nlohmann::json;

namespace psnn {

namespace {

struct PlannedAttack {
    std::string model, scenario;
};

// Scenario 1 on every model, scenario 2 on the SNNs.
std::vector<PlannedAttack> plannedAttacks(const AuditOptions &o)
{
    std::vector<PlannedAttack> attacks;
    for (const auto &m : auditedModels())
        attacks.push_back({m, "weights_to_ann"});
    for (const char *m : {"converted", "encrypted"}) {
        if (o.surrogate)
            attacks.push_back({m, "snn_surrogate"});
        if (o.evolution.enabled)
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
        out["encrypted_leaks"] = m_encryptedTop1 > 1.5 * chance();
        out["leak_rule"] = "class features count as recognisable from the encrypted model's weights when the judge "
                           "recognises more than 1.5 x chance of its scenario-1 reconstructions";
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
        std::vector<std::int64_t> esIdx;
        for (std::int64_t c = 0; c < m_classes; ++c)
            for (std::int64_t r = 0; r < m_o.evolution.reconstructionsPerClass; ++r)
                esIdx.push_back(c * R + r);
        m_esSelection = torch::tensor(esIdx, torch::kLong);
    }

    // Progress weights: one pass of an ANN inversion is the unit.
    void planCosts()
    {
        const double R = m_o.reconstructionsPerClass, E = m_o.evolution.reconstructionsPerClass;
        const double snnCost = double(m_o.snnTimesteps) * 3 * m_o.snnIterations / m_o.inversion.iterations;
        const double esCost = double(m_o.evolution.iterations * m_o.evolution.population) * E * m_o.snnTimesteps
                              / (double(m_o.inversion.iterations) * R);
        for (const auto &a : m_attacks)
            m_plan.add(a.scenario == "weights_to_ann" ? 1.0 : a.scenario == "snn_surrogate" ? snnCost : esCost);
        if (!m_o.memberData.empty())
            for (const auto &m : auditedModels())
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
        return snnScores(model, m_o.snnTimesteps, trainable);
    }

    torch::Tensor reconstruct(const PlannedAttack &a, const std::function<void(double)> &tick) const
    {
        const Normalization &norm = m_ann.normalization;
        if (a.scenario == "weights_to_ann")
            return invertByGradient(scores(a, false), m_start, m_targets, norm, m_o.inversion, tick, m_cancel);
        if (a.scenario == "snn_surrogate") {
            InversionOptions through = m_o.inversion;
            through.iterations = m_o.snnIterations;
            return invertByGradient(scores(a, true), m_start, m_targets, norm, through, tick, m_cancel);
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
        r.attackTop1 = top1.eq(targets).to(torch::kFloat64).mean().item<double>();
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
        const auto targets = a.scenario == "snn_evolution" ? m_targets.index_select(0, m_esSelection) : m_targets;
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
        if (a.model == "encrypted" && a.scenario == "weights_to_ann")
            m_encryptedTop1 = r.attackTop1;
        return r;
    }

    json membership()
    {
        json out = json::array();
        if (m_o.memberData.empty())
            return out;
        const auto &models = auditedModels();
        for (std::size_t m = 0; m < models.size(); ++m) {
            const auto tick = m_plan.task(m_attacks.size() + m, models[m] + " / membership");
            for (const auto &ma : membershipAttacks(models[m], m_in.models.at(models[m]), m_in.members,
                                                    m_in.nonMembers, m_o.membershipImages, m_o.seed, tick, m_cancel))
                out.push_back(membershipToJson(ma));
        }
        return out;
    }

    json weightSimilarityJson() const
    {
        json similarity = json::object();
        for (const char *m : {"converted", "encrypted"}) {
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
    torch::Tensor m_start, m_targets, m_esSelection;
    RealClasses m_ref;
    double m_encryptedTop1 = 1.0;
};

} // namespace

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

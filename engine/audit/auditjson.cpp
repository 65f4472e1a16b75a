#include "audit/auditjson.h"

#include "core/error.h"

#include <filesystem>

namespace fs = std::filesystem;
using nlohmann::json;

namespace psnn {

namespace {

json optional(double v)
{
    return v < 0 ? json(nullptr) : json(v);
}

} // namespace

void validateAuditOptions(const AuditOptions &o)
{
    auto fail = [](const std::string &m) { throw Error(ErrorCode::InvalidArgument, m); };
    if (o.judge.empty())
        fail("the audit needs a judge classifier (a model of the same classes trained on data you own)");
    if (o.reconstructionsPerClass < 1 || o.reconstructionsPerClass > 1000)
        fail("reconstructions per class must be between 1 and 1000");
    if (o.snnReconstructionsPerClass < 1 || o.snnReconstructionsPerClass > o.reconstructionsPerClass)
        fail("scenario-2 reconstructions per class must be between 1 and the reconstructions per class");
    if (o.readingImages < 1)
        fail("reading images must be at least 1");
    if (o.models.empty())
        fail("the audit needs at least one model to attack");
    for (const auto &m : o.models)
        if (m != "ann" && m != "converted" && m != "encrypted")
            fail("the audit attacks ann, converted or encrypted, not '" + m + "'");
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

json auditSettingsJson(const AuditOptions &o)
{
    const auto &inv = o.inversion;
    const auto &es = o.evolution;
    return {{"judge", o.judge.empty() ? std::string() : fs::absolute(o.judge).string()},
            {"real_data", o.realData}, {"member_data", o.memberData},
            {"non_member_data", o.nonMemberData}, {"reconstructions_per_class", o.reconstructionsPerClass},
            {"snn_reconstructions_per_class", o.snnReconstructionsPerClass}, {"reading_images", o.readingImages},
            {"models", o.models},
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

AuditOptions auditOptionsFromJson(const json &j)
{
    AuditOptions o;
    const json &inv = j.at("inversion"), &es = j.at("evolution");
    o.judge = j.at("judge");
    o.realData = j.at("real_data");
    o.memberData = j.at("member_data");
    o.nonMemberData = j.at("non_member_data");
    o.reconstructionsPerClass = j.at("reconstructions_per_class");
    o.snnReconstructionsPerClass = j.value("snn_reconstructions_per_class", o.reconstructionsPerClass);
    o.readingImages = j.value("reading_images", o.readingImages);
    o.models = j.value("models", o.models);
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

json attackToJson(const AttackResult &a)
{
    return {{"model", a.model}, {"scenario", a.scenario}, {"attack_top1", a.attackTop1},
            {"attack_top1_interval", {a.top1Interval.low, a.top1Interval.high}}, {"reconstructions", a.reconstructions},
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
    a.top1Interval = {j.at("attack_top1_interval").at(0).get<double>(), j.at("attack_top1_interval").at(1).get<double>()};
    a.reconstructions = j.at("reconstructions");
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

json auditSummaryJson(const json &audit)
{
    json s = {{"judge", audit.at("judge").at("path")}, {"chance", audit.at("chance")},
              {"encrypted_leaks", audit.at("encrypted_leaks")}, {"leak_rule", audit.at("leak_rule")}};
    for (const auto &a : audit.at("attacks"))
        s[a.at("model").get<std::string>()][a.at("scenario").get<std::string>()] = {
            {"attack_top1", a.at("attack_top1")}, {"attack_top1_interval", a.at("attack_top1_interval")},
            {"reconstructions", a.at("reconstructions")}, {"attack_top3", a.at("attack_top3")},
            {"confidence", a.at("confidence")}, {"ssim_class_mean", a.at("ssim_class_mean")},
            {"ssim_nearest", a.at("ssim_nearest")}};
    for (const auto &r : audit.value("reading_accuracy", json::array()))
        s[r.at("model").get<std::string>()][r.at("scenario").get<std::string>()]["test_accuracy"] = r.at("accuracy");
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

} // namespace psnn

// Synthesis speed at equal quality: the paper's way (one image per optimisation) against many
// images in one batch with a summed loss, and fewer steps at a higher learning rate.
//   bench_synthesis [paper-images=10] [batch-images-per-class=10]
#include "models.h"
#include "runtime.h"
#include "synthesis.h"

#include <cstdio>
#include <cstdlib>

using namespace psnn;

namespace {

void row(const char *name, const SynthesisOptions &o, int images, double seconds, const SynthesisReport &r)
{
    std::printf("| %s | %d | %d | %g | %.2f | %.3f | %.1f%% | %.3f |\n", name, images, o.iterations, o.learningRate,
                images / seconds, r.finalLoss, 100 * r.assignedToIntended, r.meanConfidence);
}

SynthesisReport run(SynthesisOptions o, int perClass, int batch, double &secondsOut)
{
    o.imagesPerClass = perClass;
    o.batchSize = batch;
    SynthesisReport r;
    synthesize(demoModelPath(), o, &r);
    secondsOut = r.seconds;
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    configureProcess(argc, argv);
    useComputeThreads();
    const int paperImages = argc > 1 ? std::atoi(argv[1]) : 10;
    const int perClass = argc > 2 ? std::atoi(argv[2]) : 10;
    std::printf("| method | images | steps | lr | images/s | final loss | ANN assigns intended class | mean confidence |\n");
    std::printf("|---|---|---|---|---|---|---|---|\n");

    // Paper's way: one image per optimisation. With imagesPerClass 1 and batch 1, each of the
    // first `paperImages` classes' images runs alone; the report covers them all.
    SynthesisOptions paper;
    paper.iterations = 200;
    double secs = 0;
    SynthesisReport r = run(paper, 1, 1, secs);
    row("batch 1 (paper's way)", paper, 10, secs, r);
    (void)paperImages;

    SynthesisOptions batched = paper;
    r = run(batched, perClass, 256, secs);
    row("batch 256, summed loss", batched, 10 * perClass, secs, r);

    SynthesisOptions reference = paper;
    reference.iterations = 2500;
    r = run(reference, perClass, 256, secs);
    row("batch 256, paper's 2500 steps", reference, 10 * perClass, secs, r);

    SynthesisOptions fast = paper;
    fast.learningRate = 0.05;
    r = run(fast, perClass, 256, secs);
    row("batch 256, lr 0.05", fast, 10 * perClass, secs, r);
    fast.iterations = 100;
    r = run(fast, perClass, 256, secs);
    row("batch 256, lr 0.05", fast, 10 * perClass, secs, r);
    return 0;
}

// A workspace as the window's views and the report read it (app/report): the manifest and every
// stage's JSON (results, evaluation, energy, audit, sweep, exports), then the leakage and energy
// summaries built from them. The input is a workspace folder packed as fuzz::unpackArchive()
// reads it. These readers answer with false and a message rather than an exception; an
// exception or a crash is the finding.
#include "energysummary.h"
#include "fuzzinput.h"
#include "leakagemodel.h"
#include "workspaceresults.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace psnn;
    const std::string dir = fuzz::ScratchDir::instance().fresh();
    fuzz::unpackArchive(dir, fuzz::view(data, size));
    fuzz::expectCleanRefusal("report", [&] {
        WorkspaceResults ws;
        QString error;
        if (!ws.load(QString::fromStdString(dir), &error)) {
            if (error.isEmpty()) {
                std::fprintf(stderr, "report: WorkspaceResults::load failed without a message\n");
                std::abort();
            }
            return;
        }
        ws.classNames();
        for (const char *model : {"ann", "converted", "encrypted", "converted_real"}) {
            ws.accuracy(QString::fromLatin1(model));
            ws.accuracyPerStep(QString::fromLatin1(model));
        }
        const QJsonObject energy = ws.energy();
        for (auto it = energy.begin(); it != energy.end(); ++it) {
            const QJsonObject e = it.value().toObject();
            EnergySummary::totals(e);
            EnergySummary::conventionNote(e);
            EnergySummary::table(e);
        }
        const LeakageModel leakage(ws);
        for (const LeakageModel::Attack &a : leakage.attacks())
            LeakageModel::tableRow(a);
        leakage.galleryGroups(false);
        leakage.rocCurves();
        leakage.sweepLabels();
        leakage.sweepValues();
    });
    return 0;
}

#include "audit/audit.h"

#include "model/models.h"

namespace psnn {

AuditOptions demoAuditOptions()
{
    AuditOptions o;
    o.judge = judgeModelPath();
    o.realData = "fashion-mnist";
    o.memberData = "fashion-mnist";
    o.nonMemberData = "fashion-mnist";
    o.reconstructionsPerClass = 10;
    o.snnReconstructionsPerClass = 2;
    o.snnTimesteps = 16;
    o.snnIterations = 150;
    o.membershipImages = 300;
    return o;
}

} // namespace psnn

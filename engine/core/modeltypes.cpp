#include "core/modeltypes.h"

#include "core/error.h"

namespace psnn {

const char *codingName(InputCoding c)
{
    switch (c) {
    case InputCoding::Direct:
        return "direct";
    case InputCoding::PoissonPixel:
        return "poisson-pixel";
    case InputCoding::Poisson:
        break;
    }
    return "poisson";
}

InputCoding codingFromName(const std::string &name)
{
    for (InputCoding c : {InputCoding::Poisson, InputCoding::PoissonPixel, InputCoding::Direct})
        if (name == codingName(c))
            return c;
    throw Error(ErrorCode::InvalidArgument, "input coding must be poisson, poisson-pixel or direct, not '" + name + "'");
}

const char *neuronName(NeuronModel n)
{
    return n == NeuronModel::LIF ? "LIF" : "IF";
}

} // namespace psnn

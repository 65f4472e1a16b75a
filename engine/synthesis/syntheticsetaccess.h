#pragma once
// Engine-internal: the only way to build a SyntheticSet (used by synthesis.cpp).

#include "synthesis/synthesis.h"

namespace psnn {

class SyntheticSetAccess {
public:
    static SyntheticSet make(ImageSet images, std::vector<int> intended, std::vector<float> confidence,
                             std::string modelSha, std::string file = {})
    {
        SyntheticSet s;
        s.m_images = std::move(images);
        s.m_intended = std::move(intended);
        s.m_confidence = std::move(confidence);
        s.m_modelSha = std::move(modelSha);
        s.m_file = std::move(file);
        return s;
    }
};

} // namespace psnn

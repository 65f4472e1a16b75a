#include "core/error.h"

namespace psnn {

static std::string withContext(const std::string &message, const std::string &context)
{
    return context.empty() ? message : context + ": " + message;
}

Error::Error(ErrorCode code, const std::string &message, std::string context)
    : std::runtime_error(withContext(message, context))
    , m_code(code)
    , m_context(std::move(context))
{
}

} // namespace psnn

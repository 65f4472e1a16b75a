#pragma once
// Shared helpers for the engine tests.

#include "error.h"

#include <QTest>

#include <string>
#include <vector>

/// Expects `fn` to throw psnn::Error whose text contains every fragment.
template<typename Fn>
void expectError(Fn fn, const std::vector<std::string> &fragments)
{
    try {
        fn();
    } catch (const psnn::Error &e) {
        const std::string what = e.what();
        for (const auto &f : fragments)
            QVERIFY2(what.find(f) != std::string::npos, ("'" + f + "' missing from: " + what).c_str());
        return;
    }
    QFAIL("no psnn::Error thrown");
}

#pragma once
// Shared helpers for the engine tests.

#include "core/error.h"

#include <QTest>

#include <cstdint>
#include <fstream>

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

/// Writes an IDX split into `dir` (`prefix` "t10k" for the test split, "train" for training):
/// `pixels` holds the images one after another, each side x side bytes.
inline void writeIdxSplit(const std::string &dir, const std::string &prefix, const std::uint8_t *pixels,
                          const std::vector<int> &labels, int side)
{
    const auto be = [](std::ofstream &f, std::uint32_t v) {
        const char b[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
        f.write(b, 4);
    };
    std::ofstream img(dir + "/" + prefix + "-images-idx3-ubyte", std::ios::binary),
        lab(dir + "/" + prefix + "-labels-idx1-ubyte", std::ios::binary);
    be(img, 0x803), be(img, std::uint32_t(labels.size())), be(img, std::uint32_t(side)), be(img, std::uint32_t(side));
    be(lab, 0x801), be(lab, std::uint32_t(labels.size()));
    img.write(reinterpret_cast<const char *>(pixels), std::streamsize(labels.size() * std::size_t(side * side)));
    for (int l : labels)
        lab.put(char(l));
}

inline void writeIdxTestSplit(const std::string &dir, const std::uint8_t *pixels, const std::vector<int> &labels, int side)
{
    writeIdxSplit(dir, "t10k", pixels, labels, side);
}

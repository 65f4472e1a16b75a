// MNIST-family IDX files: big-endian magic, dimensions, then raw unsigned bytes.
#include "core/error.h"
#include "core/fileio.h"
#include "data/datasets.h"

namespace psnn {

namespace {

std::uint32_t bigEndian32(const std::vector<std::uint8_t> &d, std::size_t at)
{
    return std::uint32_t(d[at]) << 24 | std::uint32_t(d[at + 1]) << 16
           | std::uint32_t(d[at + 2]) << 8 | std::uint32_t(d[at + 3]);
}

std::string hex32(std::uint32_t v)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%08x", v);
    return buf;
}

// Checks the header and returns the dimensions; `dims` is 3 for images, 1 for labels.
std::vector<std::uint32_t> readHeader(const std::vector<std::uint8_t> &d, const std::string &path, int dims)
{
    const std::uint32_t expectedMagic = 0x0800u + std::uint32_t(dims);
    if (d.size() < 4)
        throw Error(ErrorCode::BadFormat, "file is too short to be an IDX file (" + std::to_string(d.size()) + " bytes)", path);
    const std::uint32_t magic = bigEndian32(d, 0);
    if (magic != expectedMagic)
        throw Error(ErrorCode::BadFormat,
                    "wrong magic number " + hex32(magic) + ", expected " + hex32(expectedMagic)
                        + (dims == 3 ? " (IDX unsigned-byte images)" : " (IDX unsigned-byte labels)"),
                    path);
    const std::size_t headerBytes = 4 + 4 * std::size_t(dims);
    if (d.size() < headerBytes)
        throw Error(ErrorCode::BadFormat, "truncated IDX header", path);
    std::vector<std::uint32_t> shape;
    std::size_t payload = 1;
    for (int i = 0; i < dims; ++i) {
        shape.push_back(bigEndian32(d, 4 + 4 * std::size_t(i)));
        payload *= shape.back();
    }
    if (d.size() != headerBytes + payload)
        throw Error(ErrorCode::BadFormat,
                    "data size " + std::to_string(d.size() - headerBytes) + " bytes does not match the header's "
                        + std::to_string(payload) + " bytes" + (d.size() < headerBytes + payload ? " (truncated file)" : ""),
                    path);
    return shape;
}

} // namespace

ImageSet readIdx(const std::string &imagesPath, const std::string &labelsPath, std::vector<std::string> classNames)
{
    const auto img = readFileMaybeGz(imagesPath);
    const auto lab = readFileMaybeGz(labelsPath);
    const auto ishape = readHeader(img, imagesPath, 3);
    const auto lshape = readHeader(lab, labelsPath, 1);
    if (ishape[0] != lshape[0])
        throw Error(ErrorCode::BadFormat,
                    std::to_string(ishape[0]) + " images but " + std::to_string(lshape[0]) + " labels in " + labelsPath,
                    imagesPath);
    if (classNames.empty())
        for (int c = 0; c < 10; ++c)
            classNames.push_back(std::to_string(c));

    ImageSet set;
    set.channels = 1;
    set.height = int(ishape[1]);
    set.width = int(ishape[2]);
    set.classNames = std::move(classNames);
    set.pixels.assign(img.begin() + 16, img.end());
    set.labels.reserve(lshape[0]);
    for (std::size_t i = 0; i < lshape[0]; ++i) {
        const int label = lab[8 + i];
        if (label >= int(set.classNames.size()))
            throw Error(ErrorCode::BadFormat,
                        "label " + std::to_string(label) + " of record " + std::to_string(i) + " (byte offset "
                            + std::to_string(8 + i) + ") is out of range 0.." + std::to_string(set.classNames.size() - 1),
                        labelsPath);
        set.labels.push_back(label);
    }
    set.sourceFiles = {imagesPath, labelsPath};
    return set;
}

} // namespace psnn

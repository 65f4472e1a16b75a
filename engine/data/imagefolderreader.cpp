// Class-per-folder image trees and the TinyImageNet layout, decoded with OpenCV.
#include "core/error.h"
#include "data/datasets.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace fs = std::filesystem;

namespace psnn {

namespace {

bool looksLikeImage(const fs::path &p)
{
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    static const char *known[] = {".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp", ".pgm", ".ppm"};
    return std::find(std::begin(known), std::end(known), ext) != std::end(known);
}

std::vector<fs::path> sortedEntries(const fs::path &dir, bool wantDirs)
{
    std::vector<fs::path> out;
    for (const auto &e : fs::directory_iterator(dir)) {
        if (wantDirs ? e.is_directory() : (e.is_regular_file() && looksLikeImage(e.path())))
            out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Appends one decoded image (planar, RGB) to `set`, fixing the set's geometry on the first call.
void appendImage(ImageSet &set, const fs::path &file, int label)
{
    cv::Mat img = cv::imread(file.string(), set.channels == 0 ? cv::IMREAD_UNCHANGED
                                             : set.channels == 1 ? cv::IMREAD_GRAYSCALE
                                                                 : cv::IMREAD_COLOR);
    if (img.empty())
        throw Error(ErrorCode::BadFormat, "not an image OpenCV can decode", file.string());
    if (img.depth() != CV_8U)
        img.convertTo(img, CV_8U, img.depth() == CV_16U ? 1.0 / 257.0 : 1.0);
    if (set.channels == 0) {
        set.channels = img.channels() == 1 ? 1 : 3;
        set.height = img.rows;
        set.width = img.cols;
    }
    if (img.channels() == 4)
        cv::cvtColor(img, img, cv::COLOR_BGRA2BGR);
    if (img.rows != set.height || img.cols != set.width)
        throw Error(ErrorCode::BadFormat,
                    "image is " + std::to_string(img.cols) + "x" + std::to_string(img.rows) + ", expected "
                        + std::to_string(set.width) + "x" + std::to_string(set.height) + " like the first image",
                    file.string());
    std::vector<cv::Mat> planes;
    cv::split(img, planes);
    if (set.channels == 3)
        std::swap(planes[0], planes[2]); // OpenCV decodes BGR
    for (const cv::Mat &p : planes) {
        const cv::Mat c = p.isContinuous() ? p : p.clone();
        set.pixels.insert(set.pixels.end(), c.data, c.data + c.total());
    }
    set.labels.push_back(label);
    set.sourceFiles.push_back(file.string());
}

std::vector<std::string> readLines(const fs::path &file)
{
    std::ifstream in(file);
    if (!in)
        throw Error(ErrorCode::FileRead, "cannot open file", file.string());
    std::vector<std::string> lines;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (!line.empty())
            lines.push_back(line);
    }
    return lines;
}

} // namespace

ImageSet readImageFolder(const std::string &root)
{
    if (!fs::is_directory(root))
        throw Error(ErrorCode::FileNotFound, "image folder does not exist", root);
    const auto classes = sortedEntries(root, true);
    if (classes.empty())
        throw Error(ErrorCode::BadFormat, "no class subfolders (expected one subfolder of images per class)", root);
    ImageSet set;
    for (std::size_t c = 0; c < classes.size(); ++c) {
        set.classNames.push_back(classes[c].filename().string());
        const auto files = sortedEntries(classes[c], false);
        if (files.empty())
            throw Error(ErrorCode::BadFormat, "class folder holds no images", classes[c].string());
        for (const auto &f : files)
            appendImage(set, f, int(c));
    }
    return set;
}

ImageSet readTinyImageNet(const std::string &root, Split split)
{
    const fs::path base(root);
    const auto wnids = readLines(base / "wnids.txt");
    if (wnids.empty())
        throw Error(ErrorCode::BadFormat, "lists no classes", (base / "wnids.txt").string());
    std::map<std::string, int> index;
    for (std::size_t i = 0; i < wnids.size(); ++i)
        index[wnids[i]] = int(i);

    ImageSet set;
    set.classNames = wnids;
    if (fs::exists(base / "words.txt")) {
        for (const auto &line : readLines(base / "words.txt")) {
            const auto tab = line.find('\t');
            const auto it = index.find(line.substr(0, tab));
            if (tab != std::string::npos && it != index.end())
                set.classNames[std::size_t(it->second)] = line.substr(tab + 1, line.find(',', tab) - tab - 1);
        }
        set.sourceFiles.push_back((base / "words.txt").string());
    }
    set.sourceFiles.push_back((base / "wnids.txt").string());

    // Images are decoded as colour throughout: TinyImageNet has a few greyscale JPEGs.
    set.channels = 3;
    set.height = 64;
    set.width = 64;
    if (split == Split::Train) {
        for (std::size_t c = 0; c < wnids.size(); ++c) {
            const fs::path dir = base / "train" / wnids[c] / "images";
            if (!fs::is_directory(dir))
                throw Error(ErrorCode::FileNotFound, "training folder of class " + wnids[c] + " is missing", dir.string());
            const auto files = sortedEntries(dir, false);
            if (files.empty())
                throw Error(ErrorCode::BadFormat, "class folder holds no images", dir.string());
            for (const auto &f : files)
                appendImage(set, f, int(c));
        }
        return set;
    }
    const fs::path ann = base / "val" / "val_annotations.txt";
    int lineNo = 0;
    for (const auto &line : readLines(ann)) {
        ++lineNo;
        std::istringstream fields(line);
        std::string file, wnid;
        fields >> file >> wnid;
        const auto it = index.find(wnid);
        if (it == index.end())
            throw Error(ErrorCode::BadFormat,
                        "line " + std::to_string(lineNo) + " names class '" + wnid + "' which is not in wnids.txt",
                        ann.string());
        appendImage(set, base / "val" / "images" / file, it->second);
    }
    set.sourceFiles.push_back(ann.string());
    return set;
}

} // namespace psnn

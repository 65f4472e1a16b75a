#pragma once

#include "core/imageset.h"

#include <string>
#include <vector>

namespace psnn {

enum class Split { Train, Test };

/// MNIST / Fashion-MNIST IDX pair (gzipped or not). Throws Error(BadFormat) naming the file and
/// the problem: wrong magic number, truncated data, image/label count mismatch, label > 9.
ImageSet readIdx(const std::string &imagesPath, const std::string &labelsPath,
                 std::vector<std::string> classNames = {});

/// CIFAR-10 binary batches (.bin or .bin.gz): records of 1 label byte + 3072 pixel bytes.
/// Throws Error(BadFormat) naming the file and record for a truncated record or bad label.
ImageSet readCifar10(const std::vector<std::string> &files, std::vector<std::string> classNames = {});

/// CIFAR-100 binary files: records of coarse label, fine label, 3072 pixel bytes.
/// Uses the fine labels (100 classes) unless `coarse` is set (20 superclasses).
ImageSet readCifar100(const std::vector<std::string> &files, bool coarse = false);

/// One subfolder per class (sorted by name), any image format OpenCV reads. All images must have
/// the size of the first one. Throws naming the file of a wrong-size or unreadable image, or the
/// folder that has no images.
ImageSet readImageFolder(const std::string &root);

/// TinyImageNet layout: wnids.txt, words.txt, train/<wnid>/images/*.JPEG, and for the test split
/// val/images + val/val_annotations.txt (the official test set has no labels).
ImageSet readTinyImageNet(const std::string &root, Split split);

/// Resolves a data set specification and reads one split:
/// "fashion-mnist" or "mnist" (Debian's dataset packages), "cifar10" (../shared copy when present),
/// or a folder that holds IDX files, CIFAR-10/100 batches, a TinyImageNet tree or class folders.
/// Throws Error(FileNotFound) with what was looked for when nothing matches.
ImageSet loadDataset(const std::string &spec, Split split);

/// The folder a short name like "fashion-mnist" stands for, or `spec` itself.
std::string resolveDatasetPath(const std::string &spec);

} // namespace psnn

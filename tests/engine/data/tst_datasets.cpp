#include "core/error.h"
#include "core/fileio.h"
#include "data/datasets.h"
#include "testutil.h"

#include <opencv2/imgcodecs.hpp>

#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace {

void writeBytes(const std::string &path, const std::vector<std::uint8_t> &bytes, bool gz = false)
{
    if (gz) {
        gzFile f = gzopen(path.c_str(), "wb");
        gzwrite(f, bytes.data(), unsigned(bytes.size()));
        gzclose(f);
        return;
    }
    std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char *>(bytes.data()), std::streamsize(bytes.size()));
}

void put32(std::vector<std::uint8_t> &v, std::uint32_t x)
{
    for (int s = 24; s >= 0; s -= 8)
        v.push_back(std::uint8_t(x >> s));
}

// n images of h x w with pixel (i, k) = (i * 31 + k) % 256, labels i % 10.
std::pair<std::vector<std::uint8_t>, std::vector<std::uint8_t>> idxPair(int n, int h, int w)
{
    std::vector<std::uint8_t> img, lab;
    put32(img, 0x803);
    put32(img, std::uint32_t(n));
    put32(img, std::uint32_t(h));
    put32(img, std::uint32_t(w));
    put32(lab, 0x801);
    put32(lab, std::uint32_t(n));
    for (int i = 0; i < n; ++i) {
        for (int k = 0; k < h * w; ++k)
            img.push_back(std::uint8_t((i * 31 + k) % 256));
        lab.push_back(std::uint8_t(i % 10));
    }
    return {img, lab};
}

std::string sharedData()
{
    return qEnvironmentVariable("PSNN_SHARED_DATA").toStdString();
}

} // namespace

class TestDatasets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idxPlainAndGzip_data()
    {
        QTest::addColumn<bool>("gz");
        QTest::newRow("plain") << false;
        QTest::newRow("gzip") << true;
    }
    void idxPlainAndGzip()
    {
        QFETCH(bool, gz);
        QTemporaryDir dir;
        const auto [img, lab] = idxPair(12, 5, 4);
        const std::string ip = dir.filePath("img").toStdString(), lp = dir.filePath("lab").toStdString();
        writeBytes(ip, img, gz);
        writeBytes(lp, lab, gz);
        const psnn::ImageSet s = psnn::readIdx(ip, lp);
        QCOMPARE(s.size(), std::size_t(12));
        QCOMPARE(s.channels, 1);
        QCOMPARE(s.height, 5);
        QCOMPARE(s.width, 4);
        QCOMPARE(s.labels[11], 1);
        QCOMPARE(int(s.image(7)[3]), (7 * 31 + 3) % 256);
        QCOMPARE(s.sourceFiles.size(), std::size_t(2));
    }

    void idxMalformed()
    {
        QTemporaryDir dir;
        const std::string ip = dir.filePath("img").toStdString(), lp = dir.filePath("lab").toStdString();
        auto [img, lab] = idxPair(6, 3, 3);

        auto badMagic = img;
        badMagic[3] = 0x02;
        writeBytes(ip, badMagic);
        writeBytes(lp, lab);
        expectError([&] { psnn::readIdx(ip, lp); }, {ip, "wrong magic number 0x00000802", "expected 0x00000803"});

        auto truncated = img;
        truncated.resize(truncated.size() - 5);
        writeBytes(ip, truncated);
        expectError([&] { psnn::readIdx(ip, lp); }, {ip, "truncated"});

        writeBytes(ip, img);
        auto badLabel = lab;
        badLabel[8 + 4] = 12;
        writeBytes(lp, badLabel);
        expectError([&] { psnn::readIdx(ip, lp); }, {lp, "label 12 of record 4", "byte offset 12"});

        auto [img5, lab5] = idxPair(5, 3, 3);
        writeBytes(lp, lab5);
        expectError([&] { psnn::readIdx(ip, lp); }, {"6 images but 5 labels"});

        // A gzip stream cut in the middle must not pass as a short file.
        writeBytes(ip, img, true);
        std::vector<std::uint8_t> gz;
        {
            std::ifstream in(ip, std::ios::binary);
            gz.assign(std::istreambuf_iterator<char>(in), {});
        }
        gz.resize(gz.size() / 2);
        writeBytes(ip, gz);
        expectError([&] { psnn::readFileMaybeGz(ip); }, {ip, "gzip"});

        expectError([&] { psnn::readIdx(dir.filePath("nothing").toStdString(), lp); }, {"does not exist"});
    }

    // The real Fashion-MNIST from Debian's dataset-fashion-mnist: known counts and statistics.
    void realFashionMnist()
    {
        if (!fs::exists("/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz"))
            QSKIP("dataset-fashion-mnist is not installed");
        const psnn::ImageSet test = psnn::loadDataset("fashion-mnist", psnn::Split::Test);
        QCOMPARE(test.size(), std::size_t(10000));
        QCOMPARE(test.height, 28);
        QCOMPARE(test.classNames[9], std::string("Ankle boot"));
        QCOMPARE(test.labels[0], 9); // the first test image is an ankle boot
        std::vector<int> counts(10);
        for (int l : test.labels)
            ++counts[std::size_t(l)];
        for (int c : counts)
            QCOMPARE(c, 1000);
        const psnn::ImageSet train = psnn::loadDataset("fashion-mnist", psnn::Split::Train);
        QCOMPARE(train.size(), std::size_t(60000));
        // Published statistics of the training set: mean 0.2860, std 0.3530.
        const psnn::Normalization n = psnn::computeNormalization(train);
        QVERIFY(std::abs(n.mean[0] - 0.2860f) < 5e-4f);
        QVERIFY(std::abs(n.std[0] - 0.3530f) < 5e-4f);
    }

    void cifar10SmallFiles()
    {
        QTemporaryDir dir;
        std::vector<std::uint8_t> rec;
        for (int i = 0; i < 3; ++i) {
            rec.push_back(std::uint8_t(i * 3));
            for (int k = 0; k < 3072; ++k)
                rec.push_back(std::uint8_t((k / 1024) * 100 + i));
        }
        const std::string p = dir.filePath("data_batch_1.bin").toStdString();
        writeBytes(p, rec);
        const psnn::ImageSet s = psnn::readCifar10({p});
        QCOMPARE(s.size(), std::size_t(3));
        QCOMPARE(s.labels[2], 6);
        QCOMPARE(s.classNames[6], std::string("frog"));
        QCOMPARE(int(s.image(1)[0]), 1);          // R plane
        QCOMPARE(int(s.image(1)[2048 + 5]), 201); // B plane

        auto truncated = rec;
        truncated.resize(3073 * 2 + 100);
        writeBytes(p, truncated);
        expectError([&] { psnn::readCifar10({p}); }, {p, "record 2 at byte offset 6146 is truncated"});

        auto badLabel = rec;
        badLabel[3073] = 10;
        writeBytes(p, badLabel);
        expectError([&] { psnn::readCifar10({p}); }, {p, "label 10 of record 1", "out of range 0..9"});
    }

    void cifar100SmallFiles()
    {
        QTemporaryDir dir;
        std::vector<std::uint8_t> rec;
        for (int i = 0; i < 4; ++i) {
            rec.push_back(std::uint8_t(i));       // coarse
            rec.push_back(std::uint8_t(95 + i));  // fine
            rec.insert(rec.end(), 3072, std::uint8_t(i));
        }
        const std::string p = dir.filePath("train.bin").toStdString();
        writeBytes(p, rec, true);
        const psnn::ImageSet fine = psnn::loadDataset(dir.path().toStdString(), psnn::Split::Train);
        QCOMPARE(fine.classNames.size(), std::size_t(100));
        QCOMPARE(fine.labels[3], 98);
        QCOMPARE(fine.classNames[98], std::string("woman"));
        const psnn::ImageSet coarse = psnn::readCifar100({p}, true);
        QCOMPARE(coarse.classNames.size(), std::size_t(20));
        QCOMPARE(coarse.labels[3], 3);
        rec[1] = 100;
        writeBytes(p, rec);
        expectError([&] { psnn::readCifar100({p}); }, {"label 100 of record 0", "out of range 0..99"});
    }

    // The JPEG-derived CIFAR-10 copy against the lossless subset: same labels, pixels within the
    // documented JPEG error (mean absolute difference 5.8 / 255, SOURCE.md).
    void realCifar10AgainstExactSubset()
    {
        const std::string jpeg = sharedData() + "/cifar-10-batches-bin/test_batch.bin.gz";
        const std::string exact = sharedData() + "/cifar-10-exact-subset/test_batch_first1000.bin.gz";
        if (!fs::exists(jpeg) || !fs::exists(exact))
            QSKIP("the shared CIFAR-10 copy is not beside this checkout");
        const psnn::ImageSet a = psnn::readCifar10({jpeg});
        const psnn::ImageSet b = psnn::readCifar10({exact});
        QCOMPARE(a.size(), std::size_t(10000));
        QCOMPARE(b.size(), std::size_t(1000));
        const std::vector<int> firstLabels = {3, 8, 8, 0, 6, 6, 1, 6, 3, 1};
        QCOMPARE(std::vector<int>(b.labels.begin(), b.labels.begin() + 10), firstLabels);
        double diff = 0;
        for (std::size_t i = 0; i < b.size(); ++i) {
            QCOMPARE(a.labels[i], b.labels[i]);
            for (std::size_t k = 0; k < 3072; ++k)
                diff += std::abs(int(a.image(i)[k]) - int(b.image(i)[k]));
        }
        const double mad = diff / (1000.0 * 3072.0);
        QVERIFY2(mad > 5.0 && mad < 6.6, std::to_string(mad).c_str());
    }

    void imageFolder()
    {
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        for (const char *cls : {"cat", "dog"}) {
            fs::create_directories(root / cls);
            for (int i = 0; i < 3; ++i) {
                cv::Mat img(6, 5, CV_8UC3, cv::Scalar(10 * i, 100, cls[0] == 'c' ? 50 : 200)); // BGR
                cv::imwrite((root / cls / ("im" + std::to_string(i) + ".png")).string(), img);
            }
        }
        const psnn::ImageSet s = psnn::loadDataset(root.string(), psnn::Split::Train);
        QCOMPARE(s.size(), std::size_t(6));
        QCOMPARE(s.classNames, (std::vector<std::string>{"cat", "dog"}));
        QCOMPARE(s.channels, 3);
        QCOMPARE(s.height, 6);
        QCOMPARE(s.width, 5);
        QCOMPARE(s.labels[4], 1);
        QCOMPARE(int(s.image(4)[0]), 200);          // R of a dog image (BGR -> RGB)
        QCOMPARE(int(s.image(2)[2 * 30]), 20);      // B plane of cat image 2

        cv::imwrite((root / "dog" / "big.png").string(), cv::Mat(7, 5, CV_8UC3, cv::Scalar(0, 0, 0)));
        expectError([&] { psnn::readImageFolder(root.string()); }, {"big.png", "is 5x7, expected 5x6"});
        fs::remove(root / "dog" / "big.png");

        fs::create_directories(root / "empty");
        expectError([&] { psnn::readImageFolder(root.string()); }, {"empty", "holds no images"});
        fs::remove(root / "empty");

        std::ofstream(root / "cat" / "broken.png") << "not a png";
        expectError([&] { psnn::readImageFolder(root.string()); }, {"broken.png", "not an image"});
    }

    void tinyImageNetLayout()
    {
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        std::ofstream(root / "wnids.txt") << "n001\nn002\n";
        std::ofstream(root / "words.txt") << "n000\tnothing\nn001\tgoldfish, Carassius auratus\nn002\tsalamander\n";
        for (const char *w : {"n001", "n002"}) {
            fs::create_directories(root / "train" / w / "images");
            for (int i = 0; i < 2; ++i)
                cv::imwrite((root / "train" / w / "images" / (std::string(w) + "_" + std::to_string(i) + ".JPEG")).string(),
                            cv::Mat(64, 64, CV_8UC3, cv::Scalar(i, i, i)));
        }
        fs::create_directories(root / "val" / "images");
        cv::imwrite((root / "val" / "images" / "val_0.JPEG").string(), cv::Mat(64, 64, CV_8UC1, cv::Scalar(77)));
        std::ofstream(root / "val" / "val_annotations.txt") << "val_0.JPEG\tn002\t0\t0\t10\t10\n";

        const psnn::ImageSet train = psnn::loadDataset(root.string(), psnn::Split::Train);
        QCOMPARE(train.size(), std::size_t(4));
        QCOMPARE(train.classNames, (std::vector<std::string>{"goldfish", "salamander"}));
        const psnn::ImageSet val = psnn::loadDataset(root.string(), psnn::Split::Test);
        QCOMPARE(val.size(), std::size_t(1));
        QCOMPARE(val.labels[0], 1);
        QCOMPARE(val.channels, 3); // a greyscale JPEG is expanded to colour
        QVERIFY(std::abs(int(val.image(0)[64 * 64 + 5]) - 77) <= 1);

        std::ofstream(root / "val" / "val_annotations.txt") << "val_0.JPEG\tn999\t0\t0\t10\t10\n";
        expectError([&] { psnn::loadDataset(root.string(), psnn::Split::Test); }, {"line 1", "n999", "not in wnids.txt"});
    }

    void missingDataset()
    {
        expectError([&] { psnn::loadDataset("/nonexistent/data", psnn::Split::Train); },
                    {"/nonexistent/data", "does not exist"});
    }
};

QTEST_GUILESS_MAIN(TestDatasets)
#include "tst_datasets.moc"

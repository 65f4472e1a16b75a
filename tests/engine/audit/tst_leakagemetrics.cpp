#include "audit/leakagemetrics.h"
#include "testutil.h"

#include <random>

class TestLeakageMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ssimOfAnImageWithItselfIsOne()
    {
        std::mt19937 rng(3);
        std::uniform_real_distribution<float> u(0, 255);
        std::vector<float> img(3 * 20 * 24);
        for (auto &v : img)
            v = u(rng);
        QCOMPARE(psnn::ssim(img, img, 3, 20, 24), 1.0);
    }

    // Two flat images: no structure, so SSIM is the luminance term (2ab + C1) / (a^2 + b^2 + C1).
    void ssimOfFlatImagesIsTheLuminanceTerm()
    {
        const double a = 100, b = 150, c1 = (0.01 * 255) * (0.01 * 255);
        const std::vector<float> x(16 * 16, float(a)), y(16 * 16, float(b));
        const double expected = (2 * a * b + c1) / (a * a + b * b + c1);
        QVERIFY(std::abs(psnn::ssim(x, y, 1, 16, 16) - expected) < 1e-9);
        QVERIFY(std::abs(psnn::ssim(y, x, 1, 16, 16) - expected) < 1e-9);
    }

    // An image against its negative: structure perfectly anti-correlated, SSIM well below zero.
    void ssimOfANegativeIsNegative()
    {
        std::vector<float> x(28 * 28), y(28 * 28);
        for (int i = 0; i < 28 * 28; ++i) {
            x[std::size_t(i)] = float((i / 28 + i % 28) % 2 ? 200 : 50);
            y[std::size_t(i)] = 250 - x[std::size_t(i)];
        }
        QVERIFY(psnn::ssim(x, y, 1, 28, 28) < -0.9);
    }

    void ssimRefusesDifferentSizes()
    {
        expectError([] { psnn::ssim(std::vector<float>(16), std::vector<float>(25), 1, 4, 4); }, {"same size"});
    }

    void aucOfAPerfectAndAReversedScore()
    {
        const auto perfect = psnn::rocCurve({0.9, 0.8, 0.7}, {0.3, 0.2});
        QCOMPARE(perfect.auc, 1.0);
        QCOMPARE(psnn::tprAtFpr(perfect, 0.0), 1.0);
        QCOMPARE(psnn::rocCurve({0.3, 0.2}, {0.9, 0.8, 0.7}).auc, 0.0);
        QCOMPARE(psnn::rocCurve({0.5, 0.5}, {0.5, 0.5, 0.5}).auc, 0.5); // all tied: chance
    }

    // Members {0.9, 0.4}, non-members {0.5, 0.1}: 3 of the 4 pairs are ordered right, and only
    // the member at 0.9 is found before the first false positive.
    void aucAndTprOfAHandCase()
    {
        const auto roc = psnn::rocCurve({0.9, 0.4}, {0.5, 0.1});
        QCOMPARE(roc.auc, 0.75);
        QCOMPARE(psnn::tprAtFpr(roc, 0.0), 0.5);
        QCOMPARE(psnn::tprAtFpr(roc, 0.5), 1.0);
        QCOMPARE(roc.fpr.front(), 0.0);
        QCOMPARE(roc.tpr.back(), 1.0);
    }

    void aucOfARandomScoreIsNearHalf()
    {
        std::mt19937 rng(7);
        std::uniform_real_distribution<double> u;
        std::vector<double> a(4000), b(4000);
        for (auto &v : a)
            v = u(rng);
        for (auto &v : b)
            v = u(rng);
        const auto roc = psnn::rocCurve(a, b);
        QVERIFY2(std::abs(roc.auc - 0.5) < 0.02, std::to_string(roc.auc).c_str()); // sd is about 0.0065
        const auto thin = psnn::thinned(roc, 50);
        QCOMPARE(thin.fpr.size(), std::size_t(50));
        QCOMPARE(thin.fpr.back(), 1.0);
        QCOMPARE(thin.auc, roc.auc);
    }

    // Hand values of the Wilson score interval at 95 % (z = 1.96): 0 of 10 gives [0, 0.2775],
    // 5 of 10 [0.2366, 0.7634], 7 of 20 [0.1812, 0.5671], 10 of 10 [0.7225, 1].
    void wilsonIntervalByHand_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::newRow("0 of 10") << 0 << 10 << 0.0 << 0.277533;
        QTest::newRow("5 of 10") << 5 << 10 << 0.236593 << 0.763407;
        QTest::newRow("7 of 20") << 7 << 20 << 0.181192 << 0.567146;
        QTest::newRow("10 of 10") << 10 << 10 << 0.722467 << 1.0;
        QTest::newRow("15 of 100") << 15 << 100 << 0.093060 << 0.232836;
    }
    void wilsonIntervalByHand()
    {
        QFETCH(int, k);
        QFETCH(int, n);
        QFETCH(double, low);
        QFETCH(double, high);
        const auto i = psnn::wilsonInterval(k, n);
        QVERIFY2(std::abs(i.low - low) < 1e-6, std::to_string(i.low).c_str());
        QVERIFY2(std::abs(i.high - high) < 1e-6, std::to_string(i.high).c_str());
    }
    void wilsonIntervalRefusesNonsense()
    {
        expectError([] { psnn::wilsonInterval(1, 0); }, {"n >= 1"});
        expectError([] { psnn::wilsonInterval(11, 10); }, {"successes <= n"});
    }

    void rocNeedsBothSets()
    {
        expectError([] { psnn::rocCurve({}, {0.1}); }, {"member"});
    }
};

QTEST_GUILESS_MAIN(TestLeakageMetrics)
#include "tst_leakagemetrics.moc"

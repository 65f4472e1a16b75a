#include "core/sha256.h"

#include <QTest>

#include <string>

class TestSha256 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // FIPS 180-2 / NIST test vectors.
    void knownVectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("digest");
        QTest::newRow("empty") << QByteArray() << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        QTest::newRow("abc") << QByteArray("abc") << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        QTest::newRow("448 bits") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                  << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
        QTest::newRow("million a") << QByteArray(1000000, 'a')
                                   << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
    }
    void knownVectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, digest);
        psnn::Sha256 h;
        h.update(input.constData(), std::size_t(input.size()));
        QCOMPARE(QString::fromStdString(h.hexDigest()), digest);
    }

    // Feeding the bytes in odd-sized pieces must give the same digest as one update.
    void piecewiseEqualsWhole()
    {
        std::string data;
        for (int i = 0; i < 1000; ++i)
            data += char(i * 7 + 3);
        psnn::Sha256 whole;
        whole.update(data.data(), data.size());
        psnn::Sha256 pieces;
        for (std::size_t at = 0, step = 1; at < data.size(); at += step, step = step % 97 + 13)
            pieces.update(data.data() + at, std::min(step, data.size() - at));
        QCOMPARE(pieces.hexDigest(), whole.hexDigest());
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"

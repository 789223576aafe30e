#pragma once
// What the studio suites (tst_views, tst_studio) share: the bundled sample and its
// config, how long a partition or layout may take, and small files written for a test.
// Both suites define FUSEBOX_SAMPLES_DIR and FUSEBOX_SOURCE_DIR.

#include <QFile>
#include <QString>

namespace fusebox::test {

inline constexpr int kStudioIdleTimeoutMs = 30000;

inline QString studioSampleModel() { return QStringLiteral(FUSEBOX_SAMPLES_DIR "/residual_convnet.onnx"); }
inline QString studioSampleConfig() { return QStringLiteral(FUSEBOX_SOURCE_DIR "/resources/configs/residual_convnet.toml"); }

// Writes `bytes` to `path`; false when the file cannot be written.
inline bool writeTestFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace fusebox::test

#pragma once
// The profile database the studio reads and writes: the CLI's default unless one was
// chosen (File menu, --db). Whoever stores runs says so here, and every view that shows
// stored runs listens, so they all refresh from the same file.

#include <QObject>
#include <QString>

namespace fusebox::studio {

class ProfileDatabase : public QObject {
    Q_OBJECT

public:
    explicit ProfileDatabase(QObject* parent = nullptr);

    QString path() const { return path_; }
    // Empty: the default database, as the CLI picks it.
    void setPath(const QString& path);

    // Called after runs were written (finished, failed or left incomplete by a cancel).
    void notifyRunsStored() { emit runsStored(); }

signals:
    void pathChanged(const QString& path);
    void runsStored();

private:
    QString path_;
};

} // namespace fusebox::studio

#pragma once
// The runs browser's item model: one row per stored run (newest first) with the figures
// of store::listRunOverviews and the tuning or bisection job it belongs to, and a filter proxy by model, device, config hash, start
// date and status. The Label column is editable; the edit is written to the store.

#include "store/run_overview.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSortFilterProxyModel>

#include <functional>
#include <optional>

namespace fusebox::studio {

class RunsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Id, Model, Run, Label, Devices, Status, Started, MedianMs, P90Ms, Speedup, WorstAccuracy, Config, Job, ColumnCount };
    enum Role {
        RunIdRole = Qt::UserRole + 1,
        ModelPathRole,
        ModelNameRole,
        ConfigHashRole,
        StatusRole,  // store::RunStatus as int
        StartedRole, // QDateTime (UTC)
        UnstableRole, // bool: the timings spread too far to be trusted (store/run_spread.h)
    };

    // Writes a label to the store; returns the error text, empty when stored.
    using LabelWriter = std::function<QString(store::RunId, const QString&)>;

    explicit RunsModel(QObject* parent = nullptr);

    void setRuns(std::vector<store::RunOverview> runs);
    void setLabelWriter(LabelWriter writer) { writeLabel_ = std::move(writer); }
    const store::RunOverview& run(int row) const { return runs_[static_cast<std::size_t>(row)]; }
    int rowOfRun(store::RunId id) const; // -1 when not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void labelFailed(const QString& error);

private:
    QVariant display(const store::RunOverview& run, int column) const;

    std::vector<store::RunOverview> runs_;
    LabelWriter writeLabel_;
};

// Rows whose model name equals, whose devices contain, whose config hash starts with,
// whose job contains the filter's text (empty: any), started on or after `from`, with
// the given status.
class RunsFilter : public QSortFilterProxyModel {
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setModelName(const QString& name);
    void setDevice(const QString& device);
    void setConfigHash(const QString& prefix);
    void setJob(const QString& part); // "tune": every tuning's runs; a job's whole name: its runs
    void setStartedFrom(const QDate& from); // invalid: any date
    void setStatus(std::optional<store::RunStatus> status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString model_, device_, config_, job_;
    QDate from_;
    std::optional<store::RunStatus> status_;
};

} // namespace fusebox::studio

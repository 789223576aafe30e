#pragma once
// The runs browser: every run of the profile store, filtered by model, device, config
// hash, tuning or bisection job, start date and status. One selected run can be inspected, two or more of the
// same model compared; runs are labelled in place and deleted. Choosing runs of another
// model than the open one asks for that model first.

#include "runs_model.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace fusebox::studio {

class RunsBrowser : public QWidget {
    Q_OBJECT

public:
    explicit RunsBrowser(QWidget* parent = nullptr);

    void setDatabase(const QString& path); // reloads
    QString database() const { return database_; }
    // The hash of the open model: runs of other models open theirs when chosen.
    void setCurrentModelHash(const QString& hash) { currentModelHash_ = hash; }
    bool reload(); // false (and the reason shown) when the store cannot be read

    RunsModel* model() const { return model_; }
    RunsFilter* filter() const { return filter_; }
    QTableView* table() const { return table_; }
    QList<store::RunId> selectedRuns() const; // in the table's order
    void selectRuns(const QList<store::RunId>& ids);

    // The actions of the buttons, for the menu and tests; false with the reason shown.
    bool inspectSelected();
    bool compareSelected();
    bool deleteSelected(); // no confirmation: the caller asks

signals:
    void modelWanted(const QString& modelPath); // before inspect/compare of another model's runs
    void inspectRequested(fusebox::store::RunId id);
    void compareRequested(const QList<fusebox::store::RunId>& ids);
    void runsDeleted(const QList<fusebox::store::RunId>& ids);

private:
    void updateButtons();
    void updateModelChoices();
    void say(const QString& message);
    bool askForModelOf(const QList<store::RunId>& ids);

    QString database_;
    QString currentModelHash_;
    RunsModel* model_;
    RunsFilter* filter_;
    QTableView* table_;
    QComboBox* modelChoice_;
    QLineEdit* deviceFilter_;
    QLineEdit* configFilter_;
    QLineEdit* jobFilter_;
    QDateEdit* fromFilter_;
    QComboBox* statusChoice_;
    QPushButton* inspect_;
    QPushButton* compare_;
    QPushButton* delete_;
    QLabel* message_;
};

} // namespace fusebox::studio

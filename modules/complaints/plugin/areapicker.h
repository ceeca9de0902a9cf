#pragma once

#include <QWidget>

class QComboBox;

namespace saduak {
class ModuleContext;
}

namespace saduak::complaints {

// Where a complaint happened: province, amphoe and tambon, each list asked of the hub
// (complaints.areas) when the level above is picked, names in the screen's language. Shows and
// forwards only; what the codes mean is the hub's reference data.
class AreaPicker : public QWidget
{
    Q_OBJECT
public:
    AreaPicker(ModuleContext &context, QWidget *parent = nullptr);

    // The codes picked; empty where nothing is picked yet.
    QString province() const;
    QString amphoe() const;
    QString tambon() const;

    // Asks the hub for the provinces (again); the pickers below are emptied.
    void reload();
    void clear();

Q_SIGNALS:
    void changed();
    // A level's list came from the hub (for tests and screens that wait for it).
    void levelLoaded(int level);
    // The hub did not answer a level's list: message for the person.
    void loadFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load(int level, const QString &parent);
    void picked(int level);
    void retranslateUi();

    ModuleContext &m_context;
    QComboBox *m_boxes[3] = {};
    bool m_filling = false; // the lists are being refilled: not the person's pick
};

} // namespace saduak::complaints

#pragma once
// Shown on the summary when Retry join was refused at the UAC prompt: who can start the join
// instead (the helpdesk, with the code to read aloud) and the commands they run from their own
// desk for this device, ready to copy.

#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace jd {

class RemoteJoinHelp : public QWidget
{
    Q_OBJECT
public:
    explicit RemoteJoinHelp(QWidget *parent = nullptr);

    // code: the code of the first failing step (empty: none); commands: one per line.
    void showFor(const QString &code, const QStringList &commands);
    void retranslate();

    QWidget *firstFocus() const;
    QWidget *lastFocus() const;

private:
    QString m_code;
    QLabel *m_text;
    QPlainTextEdit *m_commands;
    QPushButton *m_copy;
};

} // namespace jd

#pragma once
// A step's status as a person on the phone needs it: a large icon plus a large word (never
// colour alone), and the code in large monospace type to read aloud.

#include "steps/check_result.h"

#include <QWidget>

class QLabel;

namespace jd {

class StatusView : public QWidget
{
    Q_OBJECT
public:
    explicit StatusView(QWidget *parent = nullptr);
    // word: already translated; code may be empty (no result yet).
    void setStatus(StepStatus status, const QString &word, const QString &code);
    void retranslate();

    QString codeText() const;
    QString wordText() const;

private:
    QLabel *m_icon;
    QLabel *m_word;
    QLabel *m_codeCaption;
    QLabel *m_code;
};

QIcon statusIcon(StepStatus status, const QWidget *widget);

} // namespace jd

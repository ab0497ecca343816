#pragma once
// The side panel on every page: the six steps with their status icon, word and code, the page
// on screen marked, so that any single screenshot answers "which step is red?". Activating a step
// (click, Enter) asks to go to its page. A list, so the keyboard and screen readers know it.

#include "core/language.h"

#include <QListWidget>

namespace jd {

class CheckRunner;

class StepOverview : public QListWidget
{
    Q_OBJECT
public:
    explicit StepOverview(QWidget *parent = nullptr);
    // Shows what the runner has now; currentPageId marks a step page (other pages mark none).
    void refresh(const CheckRunner &runner, const Language &language, int currentPageId);
    // The text of one step's entry, as shown (for tests and screen readers).
    QString entryText(int step) const;

    QSize sizeHint() const override;

signals:
    void pageChosen(int pageId);

private:
    void fitWidth();
};

} // namespace jd

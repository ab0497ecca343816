// The wizard by keyboard alone: Tab reaches every control in reading order, no two controls on a
// page share an Alt key, every control can be used without a mouse, and every control a screen
// reader announces has a name.
#include "page_ids.h"
#include "wizard_harness.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <gtest/gtest.h>
#include <map>
#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace jd;
using namespace jd::test;

namespace {

void focusWizard(JoinDoctorWizard *wizard)
{
    wizard->activateWindow();
    QApplication::setActiveWindow(wizard);
    ASSERT_TRUE(QTest::qWaitForWindowActive(wizard));
}

// The widgets Tab visits from the current focus until it comes back round.
QList<QWidget *> tabCycle(QWidget *window)
{
    QList<QWidget *> cycle;
    QWidget *first = QApplication::focusWidget();
    if (!first) {
        QTest::keyClick(window, Qt::Key_Tab);
        first = QApplication::focusWidget();
    }
    for (QWidget *w = first; w && cycle.size() < 200;) {
        cycle << w;
        QTest::keyClick(w, Qt::Key_Tab);
        w = QApplication::focusWidget();
        if (w == first) {
            break;
        }
    }
    return cycle;
}

// The visible, enabled controls on a page that a keyboard user must be able to reach.
QList<QWidget *> controlsOn(QWidget *page)
{
    QList<QWidget *> controls;
    for (QWidget *w : page->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
                             qobject_cast<QPlainTextEdit *>(w) || w->inherits("QLineEdit");
        // A group of radio buttons is one Tab stop; the arrow keys move within it.
        if (qobject_cast<QRadioButton *>(w)) {
            continue;
        }
        if (control && w->isVisibleTo(page) && w->isEnabled() && w->focusPolicy() != Qt::NoFocus) {
            controls << w;
        }
    }
    return controls;
}

QString describe(const QWidget *w)
{
    if (const auto *b = qobject_cast<const QAbstractButton *>(w)) {
        return b->text();
    }
    return w->accessibleName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                         : w->accessibleName();
}

// Every control of the page is in the Tab cycle, and the page's part of the cycle goes in
// reading order: top to bottom, and left to right within a row.
void expectReachableInReadingOrder(JoinDoctorWizard *wizard)
{
    QWidget *page = wizard->currentPage();
    const QList<QWidget *> cycle = tabCycle(wizard);
    if (qEnvironmentVariableIsSet("JD_DEBUG_TAB")) {
        for (QWidget *w : cycle) {
            std::fprintf(stderr, "tab: %s %s\n", w->metaObject()->className(),
                         qUtf8Printable(describe(w)));
        }
    }
    for (QWidget *control : controlsOn(page)) {
        EXPECT_TRUE(cycle.contains(control))
            << "page " << wizard->currentId() << ": Tab never reaches \""
            << describe(control).toStdString() << '"';
    }
    QList<QRadioButton *> radios;
    for (QRadioButton *radio : page->findChildren<QRadioButton *>()) {
        if (radio->isVisibleTo(page) && radio->isEnabled()) {
            radios << radio;
        }
    }
    if (!radios.isEmpty()) {
        EXPECT_TRUE(std::any_of(radios.begin(), radios.end(),
                                [&](QRadioButton *r) { return cycle.contains(r); }))
            << "page " << wizard->currentId() << ": Tab never reaches the choice of source";
    }
    QList<QWidget *> onPage;
    for (QWidget *w : cycle) {
        if (page->isAncestorOf(w)) {
            onPage << w;
        }
    }
    // The cycle may start anywhere: rotate it to begin at the control nearest the top left.
    auto position = [page](QWidget *w) {
        return w->mapTo(page, QPoint(0, 0));
    };
    auto before = [&](QWidget *a, QWidget *b) {
        const QPoint pa = position(a);
        const QPoint pb = position(b);
        const int rowTolerance = a->fontMetrics().height() / 2;
        return pa.y() + rowTolerance < pb.y() ||
               (std::abs(pa.y() - pb.y()) <= rowTolerance && pa.x() < pb.x());
    };
    if (onPage.isEmpty()) {
        return;
    }
    const auto first = std::min_element(onPage.begin(), onPage.end(), before);
    std::rotate(onPage.begin(), first, onPage.end());
    for (int i = 1; i < onPage.size(); ++i) {
        EXPECT_TRUE(before(onPage.at(i - 1), onPage.at(i)))
            << "page " << wizard->currentId() << ": Tab goes from \""
            << describe(onPage.at(i - 1)).toStdString() << "\" back to \""
            << describe(onPage.at(i)).toStdString() << '"';
    }
}

// No two visible controls share an Alt key on a page (the wizard's own buttons included): with
// two, Alt+key only moves the focus between them and activates neither.
void expectUniqueMnemonics(JoinDoctorWizard *wizard)
{
    std::map<QChar, QStringList> byKey;
    QList<QWidget *> all = controlsOn(wizard->currentPage());
    for (QAbstractButton *b : wizard->findChildren<QAbstractButton *>()) {
        if (!wizard->currentPage()->isAncestorOf(b) && b->isVisibleTo(wizard)) {
            all << b;
        }
    }
    for (QLabel *label : wizard->currentPage()->findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisibleTo(wizard)) {
            all << label;
        }
    }
    for (QWidget *w : all) {
        const QString text =
            qobject_cast<QAbstractButton *>(w)
                ? static_cast<QAbstractButton *>(w)->text()
                : (qobject_cast<QLabel *>(w) ? static_cast<QLabel *>(w)->text() : QString());
        const qsizetype amp = text.indexOf(u'&');
        if (amp >= 0 && amp + 1 < text.size() && text.at(amp + 1) != u'&') {
            byKey[text.at(amp + 1).toLower()] << text;
        }
    }
    for (const auto &[key, texts] : byKey) {
        EXPECT_EQ(texts.size(), 1)
            << "page " << wizard->currentId() << ": Alt+" << QString(key).toStdString() << " is on "
            << texts.join(QStringLiteral(", ")).toStdString();
    }
}

QPushButton *buttonWithText(QWidget *page, const QString &text)
{
    for (QPushButton *b : page->findChildren<QPushButton *>()) {
        if (b->text().remove(u'&') == text && b->isVisible()) {
            return b;
        }
    }
    return nullptr;
}

// Moves the focus to `target` with Tab alone, then presses it with the space bar.
void tabToAndPress(QAbstractButton *target)
{
    for (int i = 0; i < 200 && QApplication::focusWidget() != target; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    ASSERT_EQ(QApplication::focusWidget(), target)
        << "Tab never reaches \"" << target->text().toStdString() << '"';
    QTest::keyClick(target, Qt::Key_Space);
}

} // namespace

class WizardKeyboard : public ::testing::TestWithParam<LanguageCode>
{
};

TEST_P(WizardKeyboard, EveryPageIsReachableAndUsableByKeyboardAlone)
{
    Harness h;
    h.create(GetParam());
    focusWizard(h.wizard.get());

    // Welcome page: the demo source by its Alt key, another demo by the arrow keys, then Next.
    expectReachableInReadingOrder(h.wizard.get());
    expectUniqueMnemonics(h.wizard.get());
    QSignalSpy finished(&h.wizard->runner(), &CheckRunner::runFinished);
    QWidget *focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);
    const bool danish = GetParam() == LanguageCode::Danish;
    QTest::keyClick(focus, danish ? Qt::Key_E : Qt::Key_D, Qt::AltModifier); // the demo choice
    auto *demoChoice = qobject_cast<QRadioButton *>(QApplication::focusWidget());
    ASSERT_TRUE(demoChoice) << describe(QApplication::focusWidget()).toStdString();
    // A mnemonic clicks its button a moment later (animateClick); until then the list of demos
    // stays disabled where another source is chosen first ("This computer" on Windows).
    ASSERT_TRUE(QTest::qWaitFor([demoChoice]() { return demoChoice->isChecked(); }, 2000));
    const QString chosen = describe(demoChoice);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // to the list of demos
    ASSERT_TRUE(qobject_cast<QComboBox *>(QApplication::focusWidget()))
        << chosen.toStdString() << " -> " << describe(QApplication::focusWidget()).toStdString();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // the next demo in the list
    tabToAndPress(h.wizard->button(QWizard::NextButton));
    ASSERT_EQ(h.wizard->currentId(), stepPageId(1)) << "Next by keyboard did not go to step 1";
    ASSERT_TRUE(finished.wait(10000));

    for (int step = 1; step <= kStepCount; ++step) {
        ASSERT_EQ(h.wizard->currentId(), stepPageId(step));
        expectReachableInReadingOrder(h.wizard.get());
        expectUniqueMnemonics(h.wizard.get());
        // "Show details" by Tab and Space: the evidence appears.
        QWidget *page = h.wizard->currentPage();
        QPushButton *details = buttonWithText(page, danish ? QStringLiteral("Vis detaljer")
                                                           : QStringLiteral("Show details"));
        ASSERT_NE(details, nullptr) << "step " << step;
        tabToAndPress(details);
        EXPECT_TRUE(details->isChecked()) << "step " << step;
        tabToAndPress(h.wizard->button(QWizard::NextButton));
    }

    ASSERT_EQ(h.wizard->currentId(), SummaryPageId);
    expectReachableInReadingOrder(h.wizard.get());
    expectUniqueMnemonics(h.wizard.get());
    QGuiApplication::clipboard()->clear();
    QPushButton *copy =
        buttonWithText(h.wizard->currentPage(),
                       danish ? QStringLiteral("Kopiér oversigt") : QStringLiteral("Copy summary"));
    ASSERT_NE(copy, nullptr);
    tabToAndPress(copy);
    EXPECT_FALSE(QGuiApplication::clipboard()->text().isEmpty()) << "Copy summary by keyboard";
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    EXPECT_FALSE(h.wizard->isVisible()) << "Escape closes the wizard";
}

// On this computer the summary offers repairs as well: still one Alt key each, still in order.
TEST_P(WizardKeyboard, RepairButtonsKeepTheOrderAndTheirOwnKeys)
{
    Harness h;
    h.create(GetParam(), {}, QStringLiteral("not-synced"));
    focusWizard(h.wizard.get());
    ASSERT_TRUE(h.runOn(FactSource::live()));
    while (h.wizard->currentId() != SummaryPageId) {
        h.wizard->next();
    }
    int shown = 0;
    for (QPushButton *b : h.wizard->currentPage()->findChildren<QPushButton *>()) {
        shown += int(b->isVisible());
    }
    EXPECT_GE(shown, 8) << "the repairs are on the page";
    expectReachableInReadingOrder(h.wizard.get());
    expectUniqueMnemonics(h.wizard.get());
}

TEST_P(WizardKeyboard, ControlsAndStatusHaveAccessibleNames)
{
    Harness h;
    h.create(GetParam());
    ASSERT_TRUE(h.runOn(FactSource::demo(QStringLiteral("proxy-blocks-system"))));
    for (int id : h.wizard->pageIds()) {
        QWidget *page = h.wizard->page(id);
        for (QWidget *w : controlsOn(page)) {
            const auto *button = qobject_cast<QAbstractButton *>(w);
            const bool named = !w->accessibleName().isEmpty() ||
                               (button && !button->text().remove(u'&').trimmed().isEmpty());
            EXPECT_TRUE(named) << "page " << id << ": a " << w->metaObject()->className()
                               << " has no accessible name";
        }
        // Status icons (a picture only) say what they show.
        for (QLabel *label : page->findChildren<QLabel *>()) {
            if (label->text().isEmpty() && !label->pixmap().isNull() && label->isVisibleTo(page)) {
                EXPECT_FALSE(label->accessibleName().isEmpty())
                    << "page " << id << ": a status icon has no accessible name";
            }
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, WizardKeyboard,
                         ::testing::Values(LanguageCode::English, LanguageCode::Danish),
                         [](const auto &info) {
                             return info.param == LanguageCode::Danish ? std::string("Danish")
                                                                       : std::string("English");
                         });

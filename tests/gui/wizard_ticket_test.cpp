// For tickets and phone calls: the side panel with all six steps on every page, "Hide names and
// IDs" on every page and in every file, the one-file ticket, and the summary on the clipboard.

#include "identifier_scan.h"
#include "input/demo_captures.h"
#include "page_ids.h"
#include "step_overview.h"
#include "step_page.h"
#include "summary_page.h"
#include "test_checks.h"
#include "welcome_page.h"
#include "wizard_harness.h"

#include <gtest/gtest.h>
#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTextEdit>

using namespace jd;
using namespace jd::test;

namespace {

// Everything a page shows as text: labels, buttons, text boxes, the side panel.
QString textsOf(const QWidget *root)
{
    QStringList texts;
    for (const QLabel *w : root->findChildren<QLabel *>()) {
        texts << w->text() << w->toolTip();
    }
    for (const QAbstractButton *w : root->findChildren<QAbstractButton *>()) {
        texts << w->text();
    }
    for (const QLineEdit *w : root->findChildren<QLineEdit *>()) {
        texts << w->text();
    }
    for (const QPlainTextEdit *w : root->findChildren<QPlainTextEdit *>()) {
        texts << w->toPlainText();
    }
    for (const QTextEdit *w : root->findChildren<QTextEdit *>()) {
        texts << w->toPlainText();
    }
    for (const QListWidget *w : root->findChildren<QListWidget *>()) {
        for (int i = 0; i < w->count(); ++i) {
            texts << w->item(i)->text() << w->item(i)->data(Qt::AccessibleTextRole).toString();
        }
    }
    return texts.join(u'\n');
}

QCheckBox *hideNamesBox(QWidget *page)
{
    for (QCheckBox *box : page->findChildren<QCheckBox *>()) {
        if (box->text() == u"&Hide names and IDs") {
            return box;
        }
    }
    return nullptr;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

TEST(SidePanel, EveryPageShowsAllSixStepsAndGoesToOne)
{
    for (const LanguageCode language : {LanguageCode::English, LanguageCode::Danish}) {
        Harness h;
        h.create(language);
        StepOverview *panel = h.wizard->stepOverview();
        ASSERT_NE(panel, nullptr);
        EXPECT_FALSE(panel->isEnabled()); // nothing to go to before the first run
        ASSERT_TRUE(h.runOn(FactSource::demo(QStringLiteral("proxy-blocks-system"))));
        EXPECT_TRUE(panel->isEnabled());
        EXPECT_EQ(panel->count(), kStepCount);
        for (int page = stepPageId(1); page <= SummaryPageId; ++page) {
            if (h.wizard->currentId() != page) {
                h.wizard->next();
            }
            QApplication::processEvents();
            ASSERT_EQ(h.wizard->currentId(), page);
            EXPECT_TRUE(panel->isVisible());
            EXPECT_TRUE(panel->entryText(2).contains(QStringLiteral("S2-WINHTTP-PROXY-MISSING")))
                << panel->entryText(2).toStdString();
            for (int step = 1; step <= kStepCount; ++step) {
                EXPECT_TRUE(panel->entryText(step).contains(QStringLiteral("S%1-").arg(step)));
            }
            EXPECT_EQ(panel->currentRow(), page == SummaryPageId ? -1 : page - stepPageId(1));
        }
        // Any code, in bold, fits the panel's width on one line.
        QFont bold = panel->font();
        bold.setBold(true);
        for (int step = 1; step <= kStepCount; ++step) {
            const QString codeLine = panel->entryText(step).section(u'\n', -1);
            EXPECT_LT(QFontMetrics(bold).horizontalAdvance(codeLine), panel->viewport()->width())
                << codeLine.toStdString();
        }
        // Activating step 2 (click or Enter) goes there, from the summary, and runs nothing.
        const int runs = h.wizard->runner().runCount();
        emit panel->itemActivated(panel->item(1));
        EXPECT_EQ(h.wizard->currentId(), stepPageId(2));
        emit panel->itemActivated(panel->item(5));
        EXPECT_EQ(h.wizard->currentId(), stepPageId(6));
        EXPECT_EQ(h.wizard->runner().runCount(), runs);
        EXPECT_FALSE(panel->accessibleName().isEmpty());
        EXPECT_TRUE(panel->item(5)->data(Qt::AccessibleTextRole).toString().contains(u"S6-"));
    }
}

TEST(SidePanel, ChoosingAStepWhileChecksRunDoesNotStopThem)
{
    auto probe = std::make_shared<CheckProbe>();
    Harness h;
    h.create(LanguageCode::English,
             realChecksWith({busyCheck(4, std::chrono::milliseconds(500), probe)}));
    h.wizard->setSource(FactSource::demo(QStringLiteral("healthy")));
    QSignalSpy finished(&h.wizard->runner(), &CheckRunner::runFinished);
    h.wizard->next();
    h.wizard->next();
    h.wizard->next();
    ASSERT_EQ(h.wizard->currentId(), stepPageId(3));
    ASSERT_TRUE(h.wizard->runner().isRunning());
    emit h.wizard->stepOverview()->itemActivated(h.wizard->stepOverview()->item(0));
    EXPECT_EQ(h.wizard->currentId(), stepPageId(1));
    EXPECT_TRUE(h.wizard->runner().isRunning());
    EXPECT_TRUE(finished.wait(10000)); // not cancelled
}

TEST(HideNamesAndIds, EveryPageAndFileOfTheSessionHidesThem)
{
    Harness h;
    h.create(LanguageCode::English);
    const QByteArray input = *demoCaptureBytes(QStringLiteral("vpn-user"));
    const QStringList ids = identifiersOf(input);
    ASSERT_TRUE(ids.contains(QStringLiteral("pc-kbh-0142")));
    // A saved output named after the computer, as people name them.
    const QString file = h.dir.filePath(QStringLiteral("PC-KBH-0142-dsregcmd.txt"));
    QFile saved(file);
    ASSERT_TRUE(saved.open(QIODevice::WriteOnly));
    saved.write(input);
    saved.close();
    QCheckBox *welcomeBox = hideNamesBox(h.wizard->welcomePage());
    ASSERT_NE(welcomeBox, nullptr);
    welcomeBox->click();
    ASSERT_TRUE(h.runOn(FactSource::capture(file)));
    EXPECT_TRUE(h.wizard->redaction());
    for (int page = stepPageId(1); page <= SummaryPageId; ++page) {
        if (h.wizard->currentId() != page) {
            h.wizard->next();
        }
        EXPECT_EQ(identifiersShownIn(textsOf(h.wizard.get()), ids), QStringList())
            << "page " << page;
    }
    // The welcome page shows the file's name with the placeholder, and still reads the file.
    h.wizard->goToPage(WelcomePageId);
    EXPECT_EQ(identifiersShownIn(textsOf(h.wizard.get()), ids), QStringList());
    EXPECT_EQ(h.wizard->welcomePage()->source().name, file);
    h.wizard->goToPage(SummaryPageId);
    // The summary's box is the same switch; the capture and report follow it.
    QCheckBox *summaryBox = hideNamesBox(h.wizard->summaryPage());
    ASSERT_NE(summaryBox, nullptr);
    EXPECT_TRUE(summaryBox->isChecked());
    const QString capture = h.dir.filePath(QStringLiteral("c.jdcapture"));
    QString error;
    ASSERT_TRUE(h.wizard->saveCaptureTo(capture, false, &error)) << error.toStdString();
    EXPECT_EQ(identifiersShownIn(readText(capture), ids), QStringList());
    const QString report = h.dir.filePath(QStringLiteral("r.html"));
    ASSERT_TRUE(h.wizard->saveReportTo(report));
    EXPECT_EQ(identifiersShownIn(readText(report), ids), QStringList());

    // Off again on the summary: the checks run again and the names come back.
    QSignalSpy finished(&h.wizard->runner(), &CheckRunner::runFinished);
    summaryBox->click();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_FALSE(welcomeBox->isChecked());
    EXPECT_TRUE(identifiersShownIn(textsOf(h.wizard.get()), ids)
                    .contains(QStringLiteral("pc-kbh-0142.fabrikam.dk")));
}

TEST(Ticket, OneFileWithEveryPageTheCaptureAndNoReference)
{
    Harness h;
    h.create(LanguageCode::Danish);
    const QByteArray input = *demoCaptureBytes(QStringLiteral("proxy-blocks-system"));
    h.wizard->setRedaction(true);
    ASSERT_TRUE(h.runOn(FactSource::demo(QStringLiteral("proxy-blocks-system"))));
    while (h.wizard->currentId() != SummaryPageId) {
        h.wizard->next();
    }
    const QString path = h.dir.filePath(QStringLiteral("ticket.html"));
    QSignalSpy saved(h.wizard.get(), &JoinDoctorWizard::ticketSaved);
    h.wizard->saveTicketTo(path, true);
    ASSERT_TRUE(saved.wait(20000));
    ASSERT_TRUE(saved.first().at(0).toBool()) << saved.first().at(1).toString().toStdString();
    EXPECT_EQ(h.wizard->currentId(), SummaryPageId);

    const QString html = readText(path);
    EXPECT_TRUE(html.contains(QStringLiteral("S2-WINHTTP-PROXY-MISSING")));
    EXPECT_TRUE(html.contains(QStringLiteral("<html lang=\"da\"")));
    static const QRegularExpression image(QStringLiteral("<img [^>]*src=\"([^\"]*)\""));
    int images = 0;
    for (auto it = image.globalMatch(html); it.hasNext();) {
        EXPECT_TRUE(it.next().captured(1).startsWith(QLatin1String("data:image/png;base64,")));
        ++images;
    }
    EXPECT_EQ(images, 7); // step 1 to 6 and the summary
    static const QRegularExpression reference(QStringLiteral("(?:href|src)=\"([^\"]*)\""));
    for (auto it = reference.globalMatch(html); it.hasNext();) {
        const QString target = it.next().captured(1);
        EXPECT_TRUE(target.startsWith(u'#') || target.startsWith(QLatin1String("data:")))
            << target.left(80).toStdString();
    }
    EXPECT_TRUE(html.contains(QStringLiteral("download=\"ticket.jdcapture\"")));
    EXPECT_EQ(identifiersShownIn(html, identifiersOf(input)), QStringList());
    // The capture inside, as the technician saves it from the link.
    static const QRegularExpression captureLink(
        QStringLiteral("href=\"data:application/octet-stream;base64,([^\"]+)\""));
    const QByteArray capture =
        QByteArray::fromBase64(captureLink.match(html).captured(1).toLatin1());
    EXPECT_TRUE(capture.contains("\"redacted\": true")) << capture.left(200).toStdString();
    EXPECT_EQ(identifiersShownIn(QString::fromUtf8(capture), identifiersOf(input)), QStringList());
    QFile pdf(h.dir.filePath(QStringLiteral("ticket.pdf")));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(4) == "%PDF");
}

TEST(Ticket, CopySummaryGivesTextAndATable)
{
    Harness h;
    h.create(LanguageCode::English);
    ASSERT_TRUE(h.runOn(FactSource::demo(QStringLiteral("proxy-blocks-system"))));
    while (h.wizard->currentId() != SummaryPageId) {
        h.wizard->next();
    }
    for (QPushButton *b : h.wizard->summaryPage()->findChildren<QPushButton *>()) {
        if (b->text() == u"Cop&y summary") {
            b->click();
        }
    }
    const QMimeData *data = QApplication::clipboard()->mimeData();
    ASSERT_NE(data, nullptr);
    EXPECT_TRUE(data->text().contains(QStringLiteral("S2-WINHTTP-PROXY-MISSING")));
    ASSERT_TRUE(data->hasHtml());
    EXPECT_TRUE(data->html().contains(QStringLiteral("<table")));
    EXPECT_TRUE(data->html().contains(QStringLiteral("<b>S2-WINHTTP-PROXY-MISSING")));
    EXPECT_TRUE(data->html().contains(QStringLiteral("First thing to do")));
}

TEST(SidePanel, BackGoesOneStepAndAChangedSwitchRunsAgain)
{
    Harness h;
    h.create(LanguageCode::English);
    ASSERT_TRUE(h.runOn(FactSource::demo(QStringLiteral("vpn-user"))));
    h.wizard->goToPage(stepPageId(5));
    EXPECT_EQ(h.wizard->currentId(), stepPageId(5));
    h.wizard->back();
    EXPECT_EQ(h.wizard->currentId(), stepPageId(4)); // not the page the jump started from
    h.wizard->goToPage(WelcomePageId);
    EXPECT_EQ(h.wizard->currentId(), int(WelcomePageId));

    // "Hide names and IDs" ticked on the welcome page, then a step chosen in the panel: the
    // pages must not show the last run's names, so the checks run again first.
    hideNamesBox(h.wizard->welcomePage())->click();
    QSignalSpy finished(&h.wizard->runner(), &CheckRunner::runFinished);
    h.wizard->goToPage(stepPageId(3));
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(h.wizard->runner().runRedacted());
    EXPECT_EQ(identifiersShownIn(textsOf(h.wizard.get()),
                                 identifiersOf(*demoCaptureBytes(QStringLiteral("vpn-user")))),
              QStringList());
}

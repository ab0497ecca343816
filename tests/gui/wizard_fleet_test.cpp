// A folder with many devices on the welcome page: the fleet summary instead of the step pages,
// with the counts per step and a table that sorts and filters, in both languages and with names
// hidden; a device chosen there opens its six steps.

#include "fleet/fleet_model.h"
#include "fleet_folder.h"
#include "fleet_view.h"
#include "page_ids.h"
#include "wizard_harness.h"

#include <gtest/gtest.h>
#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace jd;
using namespace jd::test;

namespace {

// Opens the folder as the user does (welcome page, Next) and waits for every device.
FleetView *openFleet(Harness &h, const QString &folder)
{
    h.wizard->setSource(FactSource::capture(folder));
    h.wizard->next();
    FleetView *view = h.wizard->fleetView();
    if (!view) {
        return nullptr;
    }
    QSignalSpy finished(view, &FleetView::reportShown);
    if (view->isRunning() && !finished.wait(20000)) {
        return nullptr;
    }
    QApplication::processEvents();
    return view;
}

QStringList column(const QTableView *table, int column)
{
    QStringList values;
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        values << model->index(row, column).data().toString();
    }
    return values;
}

} // namespace

TEST(FleetView, AFolderOfDevicesOpensTheFleetSummary)
{
    for (const LanguageCode language : {LanguageCode::English, LanguageCode::Danish}) {
        QTemporaryDir dir;
        const QStringList names = writeDemoFleet(dir.path());
        Harness h;
        h.create(language);
        FleetView *view = openFleet(h, dir.path());
        ASSERT_NE(view, nullptr);
        EXPECT_EQ(h.wizard->currentId(), WelcomePageId); // not the step pages
        EXPECT_TRUE(view->isVisible());
        ASSERT_TRUE(view->report().has_value());
        QTableView *table = view->deviceTable();
        EXPECT_EQ(table->model()->rowCount(), names.size());
        EXPECT_EQ(column(table, 0), names); // by device name
        // The step table: one row per step, the four counts adding up to the devices.
        QTableWidget *steps = view->stepTable();
        ASSERT_EQ(steps->rowCount(), 6);
        for (int row = 0; row < 6; ++row) {
            int sum = 0;
            for (int c = 0; c < 4; ++c) {
                sum += steps->item(row, c)->text().toInt();
            }
            EXPECT_EQ(sum, names.size());
        }
        EXPECT_TRUE(steps->verticalHeaderItem(0)->text().contains(
            language == LanguageCode::Danish ? QStringLiteral("Opslag af lejer")
                                             : QStringLiteral("Tenant discovery")));
        EXPECT_EQ(view->windowTitle(), language == LanguageCode::Danish
                                           ? QStringLiteral("JoinDoctor – oversigt over enhederne")
                                           : QStringLiteral("JoinDoctor - fleet summary"));

        // The text filter and the verdict filter, together.
        view->filter()->setText(QStringLiteral("PC-03"));
        EXPECT_EQ(table->model()->rowCount(), 1);
        view->filter()->clear();
        QComboBox *verdict = view->verdictFilter();
        const int healthy = verdict->findData(QStringLiteral("healthy"));
        ASSERT_GE(healthy, 0);
        verdict->setCurrentIndex(healthy);
        EXPECT_GE(table->model()->rowCount(), 1);
        EXPECT_LT(table->model()->rowCount(), names.size());
        verdict->setCurrentIndex(0);
        EXPECT_EQ(table->model()->rowCount(), names.size());

        // Sorted by the first failing step, the devices with none come last.
        table->sortByColumn(2, Qt::AscendingOrder);
        const QStringList stepsColumn = column(table, 2);
        EXPECT_FALSE(stepsColumn.first().isEmpty());
        EXPECT_TRUE(stepsColumn.last().isEmpty());
    }
}

TEST(FleetView, ADeviceChosenThereOpensItsSixSteps)
{
    QTemporaryDir dir;
    writeDemoFleet(dir.path());
    Harness h;
    h.create();
    FleetView *view = openFleet(h, dir.path());
    ASSERT_NE(view, nullptr);
    QTableView *table = view->deviceTable();
    view->filter()->setText(QStringLiteral("PC-05"));
    ASSERT_EQ(table->model()->rowCount(), 1);
    QSignalSpy finished(&h.wizard->runner(), &CheckRunner::runFinished);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    emit table->activated(table->currentIndex()); // Enter, or a double-click
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(h.wizard->currentId(), stepPageId(1));
    EXPECT_EQ(h.wizard->runner().source().kind, FactSource::Kind::Capture);
    EXPECT_TRUE(h.wizard->runner().source().name.endsWith(QStringLiteral("devices/PC-05.txt")));
    EXPECT_TRUE(view->isVisible()); // for the next device

    // Another device from step 1: the wizard starts over on it.
    view->filter()->setText(QStringLiteral("PC-02"));
    QSignalSpy again(&h.wizard->runner(), &CheckRunner::runFinished);
    emit table->activated(table->model()->index(0, 0));
    ASSERT_TRUE(again.wait(10000));
    EXPECT_TRUE(h.wizard->runner().source().name.endsWith(QStringLiteral("devices/PC-02.txt")));
    EXPECT_EQ(h.wizard->currentId(), stepPageId(1));
}

TEST(FleetView, HiddenNamesAreHiddenThereToo)
{
    QTemporaryDir dir;
    const QStringList names = writeDemoFleet(dir.path());
    Harness h;
    h.create();
    h.wizard->setRedaction(true);
    FleetView *view = openFleet(h, dir.path());
    ASSERT_NE(view, nullptr);
    const QStringList devices = column(view->deviceTable(), 0);
    const QStringList sources = column(view->deviceTable(), 7);
    ASSERT_EQ(devices.size(), names.size());
    for (const QString &name : names) {
        EXPECT_FALSE(devices.join(u' ').contains(name));
        EXPECT_FALSE(sources.join(u' ').contains(name));
    }
    // Nor the folder: the subtitle shows no path.
    for (const QLabel *label : view->findChildren<QLabel *>()) {
        EXPECT_FALSE(label->text().contains(dir.path())) << label->text().toStdString();
    }
    // Turned off, the names come back.
    QSignalSpy finished(view, &FleetView::reportShown);
    h.wizard->setRedaction(false);
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(column(view->deviceTable(), 0), names);
}

TEST(FleetView, ADoubleClickOpensTheDeviceOnce)
{
    QTemporaryDir dir;
    writeDemoFleet(dir.path());
    Harness h;
    h.create();
    FleetView *view = openFleet(h, dir.path());
    ASSERT_NE(view, nullptr);
    QTableView *table = view->deviceTable();
    QSignalSpy started(&h.wizard->runner(), &CheckRunner::runStarted);
    QSignalSpy finished(&h.wizard->runner(), &CheckRunner::runFinished);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(view));
    const QModelIndex third = table->model()->index(2, 0);
    table->scrollTo(third);
    const QRect cell = table->visualRect(third);
    ASSERT_TRUE(cell.isValid());
    // As a mouse does it: a click, then the second click that makes it a double-click.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_TRUE(finished.wait(10000));
    QTest::qWait(200);
    EXPECT_EQ(started.count(), 1);
    EXPECT_TRUE(h.wizard->runner().source().name.endsWith(QStringLiteral("devices/PC-03.txt")));
}

// The start-up baseline: the smallest two-page QWizard, built like joindoctor and quitting after
// its first paint the same way (`joindoctor --exit-after-first-paint`).
#include "first_paint.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

namespace {

QWizardPage *page(const QString &title, const QString &text)
{
    auto *p = new QWizardPage;
    p->setTitle(title);
    auto *layout = new QVBoxLayout(p);
    layout->addWidget(new QLabel(text));
    return p;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWizard wizard;
    wizard.addPage(page(QStringLiteral("First"), QStringLiteral("The first page.")));
    wizard.addPage(page(QStringLiteral("Second"), QStringLiteral("The second page.")));
    wizard.show();
    new jd::QuitAfterFirstPaint(wizard.currentPage());
    return QApplication::exec();
}

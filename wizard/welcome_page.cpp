#include "welcome_page.h"

#include "input/demo_captures.h"
#include "text_widgets.h"
#include "ticket_info_bar.h"
#include "wizard_environment.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QUrl>
#include <QVBoxLayout>

namespace jd {

WelcomePage::WelcomePage(const WizardEnvironment &environment, QWidget *parent)
    : QWizardPage(parent), m_env(environment), m_intro(plainTextLabel(this, false)),
      m_languageLabel(plainTextLabel(this, false)), m_language(new QComboBox(this)),
      m_redact(new QCheckBox(this)), m_sourceLabel(plainTextLabel(this, false)),
      m_group(new QButtonGroup(this)), m_live(new QRadioButton(this)),
      m_liveReason(plainTextLabel(this, false)), m_file(new QRadioButton(this)),
      m_path(new QLineEdit(this)), m_browse(new QPushButton(this)),
      m_browseFolder(new QPushButton(this)), m_paste(new QRadioButton(this)),
      m_pasted(new QPlainTextEdit(this)), m_demo(new QRadioButton(this)),
      m_demoName(new QComboBox(this)), m_problem(plainTextLabel(this)),
      m_whyNoNext(plainTextLabel(this, false)), m_ticket(new TicketInfoBar(this))
{
    setAcceptDrops(true);
    m_language->addItem(QStringLiteral("Dansk"), int(LanguageCode::Danish));
    m_language->addItem(QStringLiteral("English"), int(LanguageCode::English));
    m_languageLabel->setBuddy(m_language);
    connect(m_language, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        emit languageChosen(LanguageCode(m_language->itemData(index).toInt()));
    });

    for (QRadioButton *button : {m_live, m_file, m_paste, m_demo}) {
        m_group->addButton(button);
    }
    m_liveReason->setForegroundRole(QPalette::PlaceholderText);
    for (const DemoCapture &demo : demoCaptures()) {
        m_demoName->addItem(QString::fromLatin1(demo.name), QString::fromLatin1(demo.name));
    }
    m_pasted->setTabChangesFocus(true);
    m_pasted->setMinimumHeight(fontMetrics().height() * 4);
    QFont bold = m_problem->font();
    bold.setBold(true);
    m_problem->setFont(bold);
    m_problem->setVisible(false);

    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addSpacing(fontMetrics().averageCharWidth() * 4);
    languageRow->addWidget(m_redact);
    languageRow->addStretch(1);
    connect(m_redact, &QCheckBox::toggled, this, &WelcomePage::redactionChosen);
    languageRow->addStretch();

    // Each choice on its own line with its field indented below it, so long labels never get cut.
    const int indent = fontMetrics().averageCharWidth() * 4;
    auto *fileRow = new QHBoxLayout;
    fileRow->setContentsMargins(indent, 0, 0, 0);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    fileRow->addWidget(m_browseFolder);
    auto *pasteRow = new QHBoxLayout;
    pasteRow->setContentsMargins(indent, 0, 0, 0);
    pasteRow->addWidget(m_pasted, 1);
    auto *demoRow = new QHBoxLayout;
    demoRow->setContentsMargins(indent, 0, 0, 0);
    demoRow->addWidget(m_demoName, 1);
    m_liveReason->setIndent(indent);
    auto *sources = new QVBoxLayout;
    sources->addWidget(m_live);
    sources->addWidget(m_liveReason);
    sources->addWidget(m_file);
    sources->addLayout(fileRow);
    sources->addWidget(m_paste);
    sources->addLayout(pasteRow, 1);
    sources->addWidget(m_demo);
    sources->addLayout(demoRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(languageRow);
    layout->addWidget(m_sourceLabel);
    layout->addLayout(sources, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_whyNoNext);
    layout->addWidget(m_ticket);

    m_live->setEnabled(bool(m_env.liveFacts) || liveSourceAvailable(&m_liveReasonText));
    m_liveReason->setVisible(!m_live->isEnabled());
    (m_live->isEnabled() ? m_live : m_demo)->setChecked(true);

    connect(this, &QWizardPage::completeChanged, this, &WelcomePage::updateWhyNoNext);
    connect(m_browse, &QPushButton::clicked, this, &WelcomePage::browse);
    connect(m_browseFolder, &QPushButton::clicked, this, [this]() {
        // A capture folder: dsregcmd output with registry exports next to it.
        const QString folder =
            m_env.existingDirectory(this, tr("Open a capture folder or a folder of devices"));
        if (!folder.isEmpty()) {
            m_path->setText(folder);
        }
    });
    connect(m_group, &QButtonGroup::buttonToggled, this, &WelcomePage::updateEnabled);
    connect(m_path, &QLineEdit::textChanged, this, [this]() {
        if (m_settingFields) {
            return;
        }
        m_inputMasked = false; // edited: what is in the fields now is the input
        m_file->setChecked(true);
        emit completeChanged();
    });
    connect(m_pasted, &QPlainTextEdit::textChanged, this, [this]() {
        if (m_settingFields) {
            return;
        }
        m_inputMasked = false;
        if (!m_pasted->document()->isEmpty()) {
            m_paste->setChecked(true);
        }
        emit completeChanged();
    });
    connect(m_demoName, qOverload<int>(&QComboBox::activated), this,
            [this]() { m_demo->setChecked(true); });
    updateEnabled();
}

void WelcomePage::retranslate(const Language &language)
{
    setTitle(tr("Welcome to JoinDoctor"));
    setSubTitle(tr("Why does this computer have no single sign-on to Microsoft 365?"));
    m_intro->setText(tr("JoinDoctor follows the six steps Windows takes to register a computer in "
                        "Microsoft Entra ID (Azure AD), called Microsoft Entra hybrid join "
                        "(hybrid Azure AD join), and shows, step by step, where it stops and what "
                        "to do. Each result has a short code you can read aloud to the "
                        "helpdesk."));
    m_languageLabel->setText(tr("&Language:"));
    m_redact->setText(tr("&Hide names and IDs"));
    m_redact->setToolTip(tr("For screenshots and files that others will read: user names, the "
                            "computer's name, tenant and device IDs, host names and IP addresses "
                            "are replaced with placeholders on every page and in every file. "
                            "Results and codes stay the same."));
    m_sourceLabel->setText(tr("Which computer should be examined?"));
    m_live->setText(tr("&This computer"));
    m_liveReason->setText(language.tr(m_liveReasonText));
    m_file->setText(tr("A saved dsregcmd /status output or capture &file:"));
    m_path->setPlaceholderText(tr("File or folder name, or drop one here"));
    m_browse->setText(tr("&Browse..."));
    m_browseFolder->setText(tr("F&older..."));
    m_browseFolder->setToolTip(tr("A folder with dsregcmd /status output and registry exports "
                                  "(.reg) saved next to it, or a folder of many devices' captures "
                                  "and outputs, which opens the fleet summary"));
    m_paste->setText(tr("&Paste the output of dsregcmd /status here:"));
    m_pasted->setPlaceholderText(tr("Paste the text from the Command Prompt here."));
    m_demo->setText(tr("A &demo example:"));
    for (int i = 0; i < m_demoName->count(); ++i) {
        const QString name = m_demoName->itemData(i).toString();
        for (const DemoCapture &demo : demoCaptures()) {
            if (name == QLatin1String(demo.name)) {
                m_demoName->setItemText(
                    i, QStringLiteral("%1 \u2013 %2").arg(name, language.tr(demo.description)));
            }
        }
    }
    m_path->setAccessibleName(tr("File name"));
    m_pasted->setAccessibleName(tr("Pasted dsregcmd output"));
    m_demoName->setAccessibleName(tr("Demo example"));
    m_language->setAccessibleName(tr("Language"));
    m_ticket->retranslate();
    updateWhyNoNext();
}

void WelcomePage::setRedaction(bool on)
{
    const QSignalBlocker blocker(m_redact);
    m_redact->setChecked(on);
}

void WelcomePage::setLanguage(LanguageCode code)
{
    m_language->setCurrentIndex(m_language->findData(int(code)));
}

FactSource WelcomePage::source() const
{
    if (m_live->isChecked()) {
        return FactSource::live();
    }
    if (m_file->isChecked()) {
        return FactSource::capture((m_inputMasked ? m_realPath : m_path->text()).trimmed());
    }
    if (m_paste->isChecked()) {
        return FactSource::paste(m_inputMasked ? m_realPaste : m_pasted->toPlainText());
    }
    return FactSource::demo(m_demoName->currentData().toString());
}

void WelcomePage::showInputRedacted(const std::function<QString(const QString &)> &redact)
{
    if (!m_inputMasked) {
        m_realPath = m_path->text();
        m_realPaste = m_pasted->toPlainText();
    }
    m_inputMasked = true;
    m_settingFields = true;
    m_path->setText(redact(m_realPath));
    m_pasted->setPlainText(redact(m_realPaste));
    m_settingFields = false;
}

void WelcomePage::showInputAsTyped()
{
    if (!m_inputMasked) {
        return;
    }
    m_settingFields = true;
    m_path->setText(m_realPath);
    m_pasted->setPlainText(m_realPaste);
    m_settingFields = false;
    m_inputMasked = false;
}

void WelcomePage::setSource(const FactSource &source)
{
    showInputAsTyped();
    switch (source.kind) {
    case FactSource::Kind::Live:
        if (m_live->isEnabled()) {
            m_live->setChecked(true);
        }
        break;
    case FactSource::Kind::Capture:
        m_path->setText(source.name);
        m_file->setChecked(true);
        break;
    case FactSource::Kind::Paste:
        m_pasted->setPlainText(QString::fromUtf8(source.pasted));
        m_paste->setChecked(true);
        break;
    case FactSource::Kind::Demo:
        m_demoName->setCurrentIndex(std::max(0, m_demoName->findData(source.name)));
        m_demo->setChecked(true);
        break;
    }
    emit completeChanged();
}

void WelcomePage::setInputProblem(const QString &message)
{
    m_problem->setText(message.isEmpty()
                           ? QString()
                           : QStringLiteral("\u26A0 ") +
                                 tr("The last input could not be used: %1").arg(message));
    m_problem->setVisible(!message.isEmpty());
}

bool WelcomePage::isComplete() const
{
    if (m_file->isChecked()) {
        return !m_path->text().trimmed().isEmpty();
    }
    if (m_paste->isChecked()) {
        return !m_pasted->toPlainText().trimmed().isEmpty();
    }
    return m_live->isChecked() || m_demo->isChecked();
}

void WelcomePage::updateWhyNoNext()
{
    QString why;
    if (m_file->isChecked() && m_path->text().trimmed().isEmpty()) {
        why = tr("To go on, choose a file (Browse...) or drop one here.");
    } else if (m_paste->isChecked() && m_pasted->toPlainText().trimmed().isEmpty()) {
        why = tr("To go on, paste the output of dsregcmd /status into the box.");
    }
    m_whyNoNext->setText(why);
    m_whyNoNext->setVisible(!why.isEmpty());
}

void WelcomePage::browse()
{
    const QString path = m_env.openFileName(this, tr("Open dsregcmd output"),
                                            tr("Text files (*.txt *.log);;JoinDoctor captures "
                                               "(*.jdcapture);;Intune exports (*.csv);;All "
                                               "files (*)"));
    if (!path.isEmpty()) {
        m_path->setText(path);
    }
}

void WelcomePage::updateEnabled()
{
    m_path->setEnabled(m_file->isChecked());
    m_browse->setEnabled(m_file->isChecked());
    m_browseFolder->setEnabled(m_file->isChecked());
    m_demoName->setEnabled(m_demo->isChecked());
    emit completeChanged();
}

void WelcomePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText()) {
        event->acceptProposedAction();
    }
}

void WelcomePage::dropEvent(QDropEvent *event)
{
    const QMimeData *data = event->mimeData();
    if (data->hasUrls() && data->urls().first().isLocalFile()) {
        setSource(FactSource::capture(data->urls().first().toLocalFile()));
    } else if (data->hasText()) {
        setSource(FactSource::paste(data->text()));
    }
    event->acceptProposedAction();
}

} // namespace jd

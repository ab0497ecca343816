#pragma once
// First page: what JoinDoctor does, the language, and where the facts come from (this computer,
// a saved file, pasted text or a demo).

#include "core/language.h"
#include "facts/fact_source.h"

#include <functional>
#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace jd {

class TicketInfoBar;
struct WizardEnvironment;

class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    WelcomePage(const WizardEnvironment &environment, QWidget *parent = nullptr);

    FactSource source() const;
    void setSource(const FactSource &source);
    void setLanguage(LanguageCode code); // shows it in the combo box without emitting
    void setRedaction(bool on);          // shows it in the check box without emitting
    // While names are hidden: the file name and the pasted text as `redact` gives them, so that
    // no screenshot shows them; the real ones stay the source until the user edits a field.
    void showInputRedacted(const std::function<QString(const QString &)> &redact);
    void showInputAsTyped();
    // Shown when the input of the last run was refused.
    void setInputProblem(const QString &message);
    void retranslate(const Language &language);
    TicketInfoBar *ticketInfo() const { return m_ticket; }

    bool isComplete() const override;
    void cleanupPage() override {}

signals:
    void languageChosen(jd::LanguageCode code);
    void redactionChosen(bool on);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void browse();
    void updateEnabled();
    void updateWhyNoNext();

    const WizardEnvironment &m_env;
    QLabel *m_intro;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QCheckBox *m_redact; // "Hide names and IDs": every page, screenshot and file of the session
    QLabel *m_sourceLabel;
    QButtonGroup *m_group;
    QRadioButton *m_live;
    QLabel *m_liveReason;
    QRadioButton *m_file;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QPushButton *m_browseFolder;
    QRadioButton *m_paste;
    QPlainTextEdit *m_pasted;
    QRadioButton *m_demo;
    QComboBox *m_demoName;
    QLabel *m_problem;
    QLabel *m_whyNoNext; // says why Next is disabled
    TicketInfoBar *m_ticket;
    TrText m_liveReasonText;
    bool m_inputMasked = false; // the fields show the redacted input; the real one is below
    bool m_settingFields = false;
    QString m_realPath;
    QString m_realPaste;
};

} // namespace jd

// The wizard and the fleet summary: a folder (or Intune export) with many devices opens the fleet
// summary instead of the step pages, and a device chosen there opens its six steps here.
#include "joindoctor_wizard.h"

#include "core/logging.h"
#include "display_language.h"
#include "fleet/fleet_inputs.h"
#include "fleet_view.h"
#include "page_ids.h"
#include "welcome_page.h"

namespace jd {

bool JoinDoctorWizard::openFleetIfMany(const FactSource &source)
{
    if (source.kind != FactSource::Kind::Capture || !holdsManyDevices(source.name)) {
        return false;
    }
    showFleet(source.name);
    return true;
}

bool JoinDoctorWizard::showFleetIfMany()
{
    return openFleetIfMany(m_welcome->source());
}

void JoinDoctorWizard::showFleet(const QString &path)
{
    if (!m_fleet) {
        // A window of its own, not owned by the wizard: on Windows an owned window always stays
        // above its owner, and the wizard must come to the front with a device's six steps.
        m_fleet = new FleetView(m_env, nullptr);
        connect(m_fleet, &FleetView::deviceChosen, this, &JoinDoctorWizard::openFleetDevice);
    }
    // The same folder with the same switch shows what was judged; anything else is judged anew.
    if (m_fleet->path() != path || m_fleet->redacted() != m_runner->redaction() ||
        (!m_fleet->report() && !m_fleet->isRunning())) {
        m_fleet->open(path, m_runner->redaction(), m_ui->language());
    }
    m_fleet->show();
    m_fleet->raise();
    m_fleet->activateWindow();
}

void JoinDoctorWizard::openFleetDevice(const QString &path)
{
    log::wizard()->info("fleet: opening one device");
    goToPage(WelcomePageId);
    m_welcome->setSource(FactSource::capture(path));
    next(); // runs the checks, as Next does
    raise();
    activateWindow();
}

} // namespace jd

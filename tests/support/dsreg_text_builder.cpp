#include "dsreg_text_builder.h"

namespace jd::test {

DsregTextBuilder &DsregTextBuilder::section(const QString &title)
{
    const QString border = QStringLiteral("+") + QString(70, u'-') + QStringLiteral("+");
    if (!m_lines.isEmpty()) {
        m_lines << QString();
    }
    m_lines << border << (QStringLiteral("| ") + title.leftJustified(69) + QStringLiteral("|"))
            << border << QString();
    return *this;
}

DsregTextBuilder &DsregTextBuilder::field(const QString &name, const QString &value)
{
    m_lines << name.rightJustified(26) + QStringLiteral(" : ") + value;
    return *this;
}

DsregTextBuilder &DsregTextBuilder::blank()
{
    m_lines << QString();
    return *this;
}

DsregTextBuilder &DsregTextBuilder::raw(const QString &line)
{
    m_lines << line;
    return *this;
}

QString DsregTextBuilder::text() const
{
    return m_lines.join(u'\n') +
           QStringLiteral(
               "\n\nFor more information, please visit https://www.microsoft.com/aadjerrors\n");
}

DsregTextBuilder DsregTextBuilder::domainJoinedNotRegistered(const QString &userContext)
{
    DsregTextBuilder b;
    b.section(QStringLiteral("Device State"))
        .field(QStringLiteral("AzureAdJoined"), QStringLiteral("NO"))
        .field(QStringLiteral("EnterpriseJoined"), QStringLiteral("NO"))
        .field(QStringLiteral("DomainJoined"), QStringLiteral("YES"))
        .field(QStringLiteral("DomainName"), QStringLiteral("FABRIKAM"))
        .field(QStringLiteral("Device Name"), QStringLiteral("PC-TEST.fabrikam.dk"))
        .section(QStringLiteral("SSO State"))
        .field(QStringLiteral("AzureAdPrt"), QStringLiteral("NO"))
        .section(QStringLiteral("Diagnostic Data"))
        .field(QStringLiteral("Diagnostics Reference"),
               QStringLiteral("www.microsoft.com/aadjerrors"))
        .field(QStringLiteral("User Context"), userContext)
        .field(QStringLiteral("Client Time"), QStringLiteral("2026-11-25 08:00:00.000 UTC"));
    return b;
}

DsregTextBuilder DsregTextBuilder::hybridJoined(const QString &prt)
{
    DsregTextBuilder b;
    b.section(QStringLiteral("Device State"))
        .field(QStringLiteral("AzureAdJoined"), QStringLiteral("YES"))
        .field(QStringLiteral("EnterpriseJoined"), QStringLiteral("NO"))
        .field(QStringLiteral("DomainJoined"), QStringLiteral("YES"))
        .field(QStringLiteral("DomainName"), QStringLiteral("FABRIKAM"))
        .section(QStringLiteral("Device Details"))
        .field(QStringLiteral("DeviceId"), QStringLiteral("3c9e1f7a-52b4-4d8e-9a61-7f0b2c4d8e13"))
        .field(QStringLiteral("DeviceAuthStatus"), QStringLiteral("SUCCESS"))
        .section(QStringLiteral("Tenant Details"))
        .field(QStringLiteral("TenantName"), QStringLiteral("Fabrikam"))
        .field(QStringLiteral("TenantId"), QStringLiteral("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"))
        .section(QStringLiteral("SSO State"))
        .field(QStringLiteral("AzureAdPrt"), prt);
    return b;
}

} // namespace jd::test

#!/usr/bin/env python3
"""A throw-away Active Directory look-alike on loopback for the directory tests.

Starts OpenLDAP slapd with an AD-compatible schema (keywords, serviceConnectionPoint, computer
objects with objectGUID and userCertificate;binary, a RootDSE with the naming contexts), dnsmasq
with the domain controller SRV records, and a TCP black hole (accepts, never answers).

  directory_fixture.py serve          print KEY=VALUE lines, then READY; stop on stdin EOF/SIGTERM
  directory_fixture.py run -- CMD...  run CMD with the KEY=VALUE lines in its environment

For the simulated Windows device (scripts/windows/simulated-device.sh), the good forest can carry
another tenant and one more computer: JD_FIXTURE_TENANT_ID, JD_FIXTURE_TENANT_NAME (the SCP's
azureADId and azureADName) and JD_FIXTURE_COMPUTER (a computer with a valid certificate).

The same data serves the native (libldap) and the Windows (wldap32 under Wine) test suites.
"""

import base64
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid

SCP_CN = "62a0ff2e-97b9-4513-943f-0d221bd30080"
TENANT_ID = os.environ.get("JD_FIXTURE_TENANT_ID", "11111111-2222-3333-4444-555555555555")
TENANT_NAME = os.environ.get("JD_FIXTURE_TENANT_NAME", "corp.example")
ADMIN_DN = "cn=admin,dc=example"
ADMIN_PASSWORD = "secret"

# Computers in DC=corp,DC=example: name -> (objectGUID, certificates)
# A certificate is (subject GUID or None for the computer's own, notBefore, notAfter) with
# dates as openssl wants them, or "days" for a fresh certificate valid that many days.
COMPUTERS = {
    "PC-HEALTHY": ("2b4ad0a8-41e6-4f3b-9b1c-5d0c7a3e9f01", [(None, "now", 3650)]),
    "PC-NOCERT": ("7c1f3e52-08d4-4a6e-b2f9-1e3d5c7a9b02", []),
    "PC-EXPIRED": ("9e8d7c6b-5a49-4838-a726-15f4e3d2c103",
                   [(None, "20200101000000Z", "20210101000000Z")]),
    "PC-WRONGSUBJECT": ("04030201-0605-0807-090a-0b0c0d0e0f10",
                        [("ffffffff-1111-2222-3333-444444444444", "now", 3650)]),
    "PC-RENEWED": ("5f6e7d8c-9bab-4cdb-8efd-0a1b2c3d4e05",
                   [(None, "20190101000000Z", "20200101000000Z"), (None, "now", 3650)]),
    "PC-NOTYETVALID": ("6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c06",
                       [(None, "20990101000000Z", "21000101000000Z")]),
}

# Forests with a broken SCP, one suffix each, all under dc=example.
BROKEN_SCP = {
    "noscp": None,                                    # no SCP object at all
    "nokeywords": [],                                 # the object, no keywords
    "badguid": ["azureADName:corp.example", "azureADId:not-a-guid"],
    "onlyname": ["azureADName:corp.example"],
    "otherkeywords": ["azureADName:corp.example", "azureADId:" + TENANT_ID,
                      "enterpriseDrsName:sts.corp.example"],
}

SCHEMA = """
attributetype ( 1.2.840.113556.1.4.48 NAME 'keywords' EQUALITY caseIgnoreMatch
    SUBSTR caseIgnoreSubstringsMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.15{256} )
attributetype ( 1.2.840.113556.1.4.1481 NAME 'serviceBindingInformation'
    EQUALITY caseIgnoreMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 )
attributetype ( 1.2.840.113556.1.4.2 NAME 'objectGUID'
    EQUALITY octetStringMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.40 SINGLE-VALUE )
attributetype ( 1.2.840.113556.1.4.221 NAME 'sAMAccountName'
    EQUALITY caseIgnoreMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 SINGLE-VALUE )
attributetype ( 1.2.840.113556.1.4.619 NAME 'dNSHostName'
    EQUALITY caseIgnoreMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 SINGLE-VALUE )
attributetype ( 1.2.840.113556.1.2.327 NAME 'configurationNamingContext'
    EQUALITY distinguishedNameMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.12 SINGLE-VALUE )
attributetype ( 1.2.840.113556.1.4.1.1 NAME 'rootDomainNamingContext'
    EQUALITY distinguishedNameMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.12 SINGLE-VALUE )
attributetype ( 1.2.840.113556.1.4.1.2 NAME 'defaultNamingContext'
    EQUALITY distinguishedNameMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.12 SINGLE-VALUE )
objectclass ( 1.2.840.113556.1.3.23 NAME 'container' SUP top STRUCTURAL MUST cn MAY description )
objectclass ( 1.2.840.113556.1.5.126 NAME 'serviceConnectionPoint' SUP top STRUCTURAL
    MUST cn MAY ( keywords $ serviceBindingInformation $ description ) )
objectclass ( 1.2.840.113556.1.3.30 NAME 'computer' SUP top STRUCTURAL
    MUST cn MAY ( sAMAccountName $ objectGUID $ userCertificate $ dNSHostName $ description ) )
objectclass ( 1.2.840.113556.1.4.1.99 NAME 'rootDseExtras' SUP top AUXILIARY
    MAY ( configurationNamingContext $ rootDomainNamingContext $ defaultNamingContext ) )
"""

CA_CONFIG = """
[ ca ]
default_ca = fixture
[ fixture ]
dir = {dir}
database = {dir}/index.txt
new_certs_dir = {dir}/new
serial = {dir}/serial
default_md = sha256
policy = any
unique_subject = no
[ any ]
commonName = supplied
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def guid_bytes(text):
    """objectGUID as AD stores it: the first three fields little-endian."""
    return uuid.UUID(text).bytes_le


def make_certificate(work, name, subject_guid, not_before, not_after):
    """A self-signed certificate like the one Windows writes, DER bytes."""
    d = os.path.join(work, "pki", name)
    os.makedirs(os.path.join(d, "new"))
    open(os.path.join(d, "index.txt"), "w").close()
    with open(os.path.join(d, "serial"), "w") as f:
        f.write(uuid.uuid4().hex[:16] + "\n")
    with open(os.path.join(d, "ca.cnf"), "w") as f:
        f.write(CA_CONFIG.format(dir=d))
    key, csr, pem, der = (os.path.join(d, n) for n in ("key.pem", "req.csr", "c.pem", "c.der"))
    run(["openssl", "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", key, "-subj", "/CN=" + subject_guid, "-out", csr])
    dates = (["-days", str(not_after)] if not_before == "now"
             else ["-startdate", not_before, "-enddate", not_after])
    run(["openssl", "ca", "-batch", "-notext", "-config", os.path.join(d, "ca.cnf"), "-selfsign",
         "-keyfile", key, "-in", csr, "-out", pem] + dates)
    run(["openssl", "x509", "-in", pem, "-outform", "DER", "-out", der])
    with open(der, "rb") as f:
        return f.read()


def run(cmd, **kw):
    result = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if result.returncode != 0:
        raise RuntimeError("%s failed: %s" % (cmd[0], result.stderr.decode(errors="replace")))
    return result


def ldif_entry(dn, attrs):
    lines = ["dn: " + dn]
    for name, value in attrs:
        if isinstance(value, bytes):
            lines.append("%s:: %s" % (name, base64.b64encode(value).decode()))
        else:
            lines.append("%s: %s" % (name, value))
    return "\n".join(lines) + "\n\n"


def forest_ldif(domain_dn, keywords, computers, work):
    out = ldif_entry(domain_dn, [("objectClass", "domain"), ("dc", domain_dn.split(",")[0][3:])])
    config = "CN=Configuration," + domain_dn
    services = "CN=Services," + config
    drc = "CN=Device Registration Configuration," + services
    out += ldif_entry(config, [("objectClass", "container"), ("cn", "Configuration")])
    out += ldif_entry(services, [("objectClass", "container"), ("cn", "Services")])
    if keywords is not None:
        out += ldif_entry(drc, [("objectClass", "container"),
                                ("cn", "Device Registration Configuration")])
        out += ldif_entry("CN=%s,%s" % (SCP_CN, drc),
                          [("objectClass", "serviceConnectionPoint"), ("cn", SCP_CN)] +
                          [("keywords", k) for k in keywords])
    if computers:
        container = "CN=Computers," + domain_dn
        out += ldif_entry(container, [("objectClass", "container"), ("cn", "Computers")])
        for name, (guid, certs) in computers.items():
            attrs = [("objectClass", "computer"), ("cn", name), ("sAMAccountName", name + "$"),
                     ("dNSHostName", name.lower() + ".corp.example"),
                     ("objectGUID", guid_bytes(guid))]
            for i, (subject, nb, na) in enumerate(certs):
                der = make_certificate(work, "%s-%d" % (name, i), subject or guid, nb, na)
                attrs.append(("userCertificate;binary", der))
            out += ldif_entry("CN=%s,%s" % (name, container), attrs)
    return out


class BlackHole:
    """Accepts TCP connections and never answers: a server slower than any time-out."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.held = []
        threading.Thread(target=self.loop, daemon=True).start()

    def loop(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.held.append(conn)


class Fixture:
    def __init__(self):
        self.work = tempfile.mkdtemp(prefix="jd-directory-")
        self.processes = []
        self.pidfiles = []
        self.env = {}

    def start(self):
        self.start_slapd()
        self.hole = BlackHole()
        self.env["JD_TEST_LDAP_SLOW_URL"] = "ldap://127.0.0.1:%d" % self.hole.port
        self.env["JD_TEST_LDAP_DOWN_URL"] = "ldap://127.0.0.1:%d" % free_port()
        self.closed_port = free_port()
        self.start_dnsmasq()

    def start_slapd(self):
        w = self.work
        self.computers = dict(COMPUTERS)
        extra = os.environ.get("JD_FIXTURE_COMPUTER", "").upper()
        if extra:
            self.computers[extra] = (str(uuid.uuid4()), [(None, "now", 3650)])
        os.makedirs(os.path.join(w, "db"))
        with open(os.path.join(w, "adcompat.schema"), "w") as f:
            f.write(SCHEMA)
        with open(os.path.join(w, "rootdse.ldif"), "w") as f:
            f.write("dn:\nobjectClass: rootDseExtras\n"
                    "configurationNamingContext: CN=Configuration,DC=corp,DC=example\n"
                    "rootDomainNamingContext: DC=corp,DC=example\n"
                    "defaultNamingContext: DC=corp,DC=example\n")
        with open(os.path.join(w, "slapd.conf"), "w") as f:
            f.write("\n".join([
                "include /etc/ldap/schema/core.schema",
                "include /etc/ldap/schema/cosine.schema",
                "include %s/adcompat.schema" % w,
                "pidfile %s/slapd.pid" % w,
                "argsfile %s/slapd.args" % w,
                "rootDSE %s/rootdse.ldif" % w,
                "modulepath /usr/lib/ldap",
                "moduleload back_mdb",
                "database mdb",
                "maxsize 16777216",
                'suffix "dc=example"',
                'rootdn "%s"' % ADMIN_DN,
                "rootpw %s" % ADMIN_PASSWORD,
                "directory %s/db" % w,
                "index objectClass eq",
                "index sAMAccountName eq",
                "access to * by * read",
                ""]))
        ldif = ldif_entry("dc=example", [("objectClass", "domain"), ("dc", "example")])
        good = ["azureADName:" + TENANT_NAME, "azureADId:" + TENANT_ID]
        ldif += forest_ldif("DC=corp,DC=example", good, self.computers, w)
        for name, keywords in BROKEN_SCP.items():
            ldif += forest_ldif("DC=%s,DC=example" % name, keywords, {}, w)
        with open(os.path.join(w, "data.ldif"), "w") as f:
            f.write(ldif)
        conf = os.path.join(w, "slapd.conf")
        run(["slapadd", "-q", "-f", conf, "-l", os.path.join(w, "data.ldif")])
        port = free_port()
        url = "ldap://127.0.0.1:%d" % port
        run(["slapd", "-f", conf, "-h", url + "/"])
        self.pidfiles.append(os.path.join(w, "slapd.pid"))
        wait_for_port(port)
        self.env.update({
            "JD_TEST_LDAP_URL": url,
            "JD_TEST_LDAP_PORT": str(port),
            "JD_TEST_LDAP_BIND_DN": ADMIN_DN,
            "JD_TEST_LDAP_PASSWORD": ADMIN_PASSWORD,
            "JD_TEST_TENANT_ID": TENANT_ID,
        })
        password_file = os.path.join(w, "password.txt")
        with open(password_file, "w") as f:
            f.write(ADMIN_PASSWORD + "\n")
        self.env["JD_TEST_LDAP_PASSWORD_FILE"] = password_file
        for name, (guid, _) in self.computers.items():
            self.env["JD_TEST_GUID_" + name.replace("-", "_")] = guid

    def start_dnsmasq(self):
        """SRV records on 127.0.0.x:53 (QDnsLookup only asks port 53); x is the first free."""
        ldap_port = self.env["JD_TEST_LDAP_PORT"]
        records = [
            "--srv-host=_ldap._tcp.dc._msdcs.corp.example,dc1.corp.example,%s,0,100" % ldap_port,
            "--srv-host=_kerberos._tcp.dc._msdcs.corp.example,dc1.corp.example,%d,0,100"
            % self.hole.port,
            "--host-record=dc1.corp.example,127.0.0.1",
            # A domain whose DC is published but down (the VPN case: DNS answers, the DC not).
            "--srv-host=_ldap._tcp.dc._msdcs.down.example,dc1.down.example,%s,0,100"
            % self.env["JD_TEST_LDAP_DOWN_URL"].rsplit(":", 1)[1],
            "--host-record=dc1.down.example,127.0.0.1",
            # A domain whose DC answers LDAP while its Kerberos port is closed.
            "--srv-host=_ldap._tcp.dc._msdcs.nokdc.example,dc1.corp.example,%s,0,100" % ldap_port,
            "--srv-host=_kerberos._tcp.dc._msdcs.nokdc.example,dc1.corp.example,%d,0,100"
            % self.closed_port,
        ]
        last_error = ""
        for x in range(77, 120):
            address = "127.0.0.%d" % x
            pidfile = os.path.join(self.work, "dnsmasq-%d.pid" % x)
            proc = subprocess.Popen(
                ["dnsmasq", "--keep-in-foreground", "--pid-file=" + pidfile, "--port=53",
                 "--listen-address=" + address, "--bind-interfaces", "--no-resolv", "--no-hosts",
                 "--no-poll", "--user=root"] + records,
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            time.sleep(0.05)
            if proc.poll() is None:
                self.processes.append(proc)
                self.env["JD_TEST_DNS_SERVER"] = address
                self.env["JD_TEST_DOMAIN"] = "corp.example"
                return
            last_error = proc.stderr.read().decode(errors="replace").strip()
        raise RuntimeError("dnsmasq could not start: " + last_error)

    def stop(self):
        for proc in self.processes:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
        for pidfile in self.pidfiles:
            try:
                with open(pidfile) as f:
                    os.kill(int(f.read().strip()), signal.SIGTERM)
            except (OSError, ValueError):
                pass
        shutil.rmtree(self.work, ignore_errors=True)


def wait_for_port(port, seconds=10):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.02)
    raise RuntimeError("slapd did not start listening on port %d" % port)


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ("serve", "run"):
        sys.stderr.write(__doc__)
        return 2
    for tool in ("slapd", "slapadd", "dnsmasq", "openssl"):
        if not shutil.which(tool) and not os.path.exists("/usr/sbin/" + tool):
            sys.stderr.write("directory fixture: %s is not installed "
                             "(scripts/install-deps.sh --tests)\n" % tool)
            return 3
    os.environ["PATH"] = os.environ.get("PATH", "") + ":/usr/sbin:/sbin"
    fixture = Fixture()
    signal.signal(signal.SIGTERM, lambda *_: (fixture.stop(), os._exit(0)))
    try:
        fixture.start()
        if sys.argv[1] == "serve":
            for key, value in sorted(fixture.env.items()):
                print("%s=%s" % (key, value))
            print("READY", flush=True)
            sys.stdin.read()  # until the test closes our stdin (or kills us)
            return 0
        cmd = sys.argv[sys.argv.index("--") + 1:] if "--" in sys.argv else sys.argv[2:]
        return subprocess.call(cmd, env=dict(os.environ, **fixture.env))
    except RuntimeError as e:
        sys.stderr.write("directory fixture: %s\n" % e)
        return 3
    finally:
        fixture.stop()


if __name__ == "__main__":
    sys.exit(main())

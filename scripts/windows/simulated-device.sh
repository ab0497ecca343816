#!/usr/bin/env bash
# The Windows build on a simulated device: a fresh Wine prefix made to look like a domain-joined
# Windows computer whose hybrid join has not finished (Azure AD Connect has not synced it yet),
# then JoinDoctor run live on it.
#
# The device (all written through the Windows APIs an administrator's tools use):
#  - dsregcmd.exe in C:\windows\system32: a stand-in (tests/windows/simulated_device/dsregcmd.cpp)
#    that prints the built-in demo captures in code page 850 for the device's state, and changes
#    the state on /join, /refreshprt and /leave;
#  - HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\CDJ\AAD: the client-side SCP (registry API);
#  - WinHTTP's default proxy (WinHttpSetDefaultProxyConfiguration): first a loopback port where
#    nothing listens (the stale proxy of a device away from the office), later the "office proxy"
#    in front of Microsoft's endpoints on a loopback HTTPS server (microsoft_endpoints.py), whose
#    private CA the device trusts (the machine's ROOT store, through CryptoAPI) — so step 2's
#    probe goes through WinHTTP's proxy and Schannel as on a real device;
#  - the Automatic-Device-Join task at \Microsoft\Windows\Workplace Join (Task Scheduler API), and
#    schtasks.exe replaced by a stand-in (simulated_device/schtasks.cpp) because Wine 8's does not
#    implement /Run (it exits 0 having done nothing);
#  - the domain: Active Directory is the directory fixture's slapd (tests/directory/, with this
#    device's computer object and the SCP of its tenant), found through DNS SRV records served by
#    its dnsmasq. Wine resolves names through the host's /etc/resolv.conf, so the whole run goes
#    into a private mount namespace with its own resolv.conf (this needs root, as CI has; without
#    it the directory part is left out, and said so). The user's USERDNSDOMAIN names the domain;
#  - no event log, no NetGetAadJoinInformation: Wine has neither (the capture's manifest says so),
#    and no logon session, so binding to AD as the signed-in user is refused plainly (the read
#    goes on anonymously).
#
# On it: "joindoctor-cli.exe --collect" writes a capture, which the Windows and the Linux build
# judge identically (the JSON reports are compared); the wizard's screenshot tour runs live in
# Danish and English (Windows style, under Xvfb); Retry join is pressed in the wizard (confirmed,
# elevated through ShellExecuteEx "runas", the task run by schtasks.exe /Run, the checks run again,
# the summary shows before -> after), and the next capture is judged as joined without a PRT.
#   scripts/windows/simulated-device.sh [WINDOWS_BUILD_DIR] [LINUX_BUILD_DIR]
#   (defaults: build-windows and build; results in WINDOWS_BUILD_DIR/simulated-device)
set -euo pipefail
if [ -z "${JOINDOCTOR_SIM_NAMESPACE:-}" ]; then
  if [ "$(id -u)" = 0 ] && unshare -m true 2>/dev/null; then
    exec env JOINDOCTOR_SIM_NAMESPACE=private unshare -m "$0" "$@"
  fi
  echo "simulated-device: no private mount namespace (needs root): the directory part is left out" >&2
  JOINDOCTOR_SIM_NAMESPACE=none
fi
cd "$(dirname "$0")/../.."
root=$PWD
out=$(cd "${1:-build-windows}" && pwd)
linux=${2:-${JOINDOCTOR_BUILD_DIR:-build}}
build=$out/build
native=$(cd "$linux" 2>/dev/null && pwd)/app/joindoctor
[ -x "$native" ] || { echo "simulated-device: $native is missing (build the Linux program first)" >&2; exit 2; }
for exe in app/joindoctor.exe app/joindoctor-cli.exe joindoctor_sim_dsregcmd.exe \
           joindoctor_sim_schtasks.exe joindoctor_sim_device_setup.exe; do
  [ -f "$build/$exe" ] || { echo "simulated-device: $build/$exe is missing (scripts/build-windows.sh)" >&2; exit 2; }
done

results=$out/simulated-device
rm -rf "$results"
mkdir -p "$results"
export JOINDOCTOR_WINDOWS_BUILD=$out
export WINEPREFIX=$results/prefix
# A Danish Windows: its console (OEM) code page is 850, the one dsregcmd.exe prints in.
export JOINDOCTOR_WINE_LOCALE=da_DK.UTF-8
run() { timeout 120 "$root/scripts/windows/wine-run.sh" "$@"; }
win() { printf 'Z:%s' "${1//\//\\}"; }
fail() { echo "simulated-device: $*" >&2; exit 1; }

# --- the device ---------------------------------------------------------------------------------
run "$build/joindoctor_sim_device_setup.exe" --tenant-id 6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f \
  --tenant-name fabrikam.dk >/dev/null # the prefix is made on first use
run winecfg /v win10 >/dev/null 2>&1 || true # what the device reports as its Windows version
system32=$WINEPREFIX/drive_c/windows/system32
cp "$build/joindoctor_sim_dsregcmd.exe" "$system32/dsregcmd.exe"
cp "$build/joindoctor_sim_schtasks.exe" "$system32/schtasks.exe"
# Wine prefers its own schtasks.exe to a file of the same name unless told otherwise.
run reg add 'HKCU\Software\Wine\DllOverrides' /v schtasks.exe /d native /f >/dev/null
state=$WINEPREFIX/drive_c/ProgramData/JoinDoctorSimulation
mkdir -p "$state"
for capture in not-synced joined-no-prt healthy; do
  iconv -f UTF-8 -t CP850 "resources/demos/$capture.txt" >"$state/$capture.txt"
done
echo not-synced >"$state/state"
dead_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
run "$build/joindoctor_sim_device_setup.exe" --winhttp-proxy "127.0.0.1:$dead_port" --bypass "<local>"
# Wine's Task Scheduler service starts with the prefix; registering can fail until it is up.
for attempt in 1 2 3 4 5; do
  run "$build/joindoctor_sim_device_setup.exe" --join-task 2>"$results/task.err" && break
  [ $attempt = 5 ] && { cat "$results/task.err" >&2; fail "the join task could not be registered"; }
  sleep 2
done

# Processes to stop at the end, whatever happens.
background=()
trap 'for p in "${background[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT

# --- the domain: slapd with this device's computer object, dnsmasq for the SRV records -----------
if [ "$JOINDOCTOR_SIM_NAMESPACE" = private ]; then
  computer=$(run cmd /c 'echo %COMPUTERNAME%' | tr -d '\r\n')
  exec {keep_open}< <(sleep 100000) # the fixture serves until its standard input ends
  background+=($!)
  JD_FIXTURE_COMPUTER=$computer JD_FIXTURE_TENANT_ID=6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f \
    JD_FIXTURE_TENANT_NAME=fabrikam.dk python3 tests/directory/directory_fixture.py serve \
    <&"$keep_open" >"$results/directory.env" 2>"$results/directory.err" &
  background+=($!)
  for _ in $(seq 300); do grep -qx READY "$results/directory.env" 2>/dev/null && break; sleep 0.1; done
  grep -qx READY "$results/directory.env" || fail "the directory fixture did not start ($(cat "$results/directory.err"))"
  dns=$(sed -n 's/^JD_TEST_DNS_SERVER=//p' "$results/directory.env")
  domain=$(sed -n 's/^JD_TEST_DOMAIN=//p' "$results/directory.env")
  printf 'nameserver %s\nsearch %s\n' "$dns" "$domain" >"$results/resolv.conf"
  mount --bind "$results/resolv.conf" /etc/resolv.conf # this namespace only
  export USERDNSDOMAIN=${domain^^}
  echo "simulated-device: domain $domain (DNS $dns), computer object $computer"
fi
echo "simulated-device: device ready (state not-synced, WinHTTP proxy 127.0.0.1:$dead_port)"

# --- Microsoft's endpoints on loopback, behind the office proxy ----------------------------------
# A private CA stands in for Microsoft's; its server certificate names the endpoints' hosts, and
# the proxy takes every CONNECT to the HTTPS server (tests/windows/simulated_device/).
pki=$results/pki
mkdir -p "$pki"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -keyout "$pki/ca.key" -out "$pki/ca.pem" \
  -subj "/O=Microsoft Corporation (simulated)/CN=Simulated Microsoft TLS CA" \
  -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout "$pki/server.key" -out "$pki/server.csr" \
  -subj "/CN=login.microsoftonline.com" 2>/dev/null
printf '%s\n' "subjectAltName=DNS:login.microsoftonline.com,DNS:device.login.microsoftonline.com,DNS:enterpriseregistration.windows.net,DNS:autologon.microsoftazuread-sso.com" \
  "extendedKeyUsage=serverAuth" "basicConstraints=CA:FALSE" >"$pki/server.ext"
openssl x509 -req -in "$pki/server.csr" -CA "$pki/ca.pem" -CAkey "$pki/ca.key" -CAcreateserial \
  -days 2 -extfile "$pki/server.ext" -out "$pki/server.pem" 2>/dev/null
openssl x509 -in "$pki/ca.pem" -outform der -out "$pki/ca.der"
python3 tests/windows/simulated_device/microsoft_endpoints.py "$pki/server.pem" "$pki/server.key" \
  6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f "$pki/ports" 2>"$pki/endpoints.log" &
background+=($!)
for _ in $(seq 100); do [ -s "$pki/ports" ] && break; sleep 0.1; done
read -r office_proxy_port _ <"$pki/ports" || fail "the endpoints did not start ($(cat "$pki/endpoints.log"))"

# Before the device trusts the CA, Schannel must refuse the endpoints: the check that the probe's
# TLS is really verified (and through the proxy).
rc=0
run "$build/app/joindoctor-cli.exe" --probe-connectivity --tenant fabrikam.dk \
  --proxy "http://127.0.0.1:$office_proxy_port" --format json >"$results/untrusted.json" \
  2>"$results/untrusted.err" || rc=$?
python3 - "$results/untrusted.json" "$rc" <<'EOF'
import json, sys
causes = {e["cause"] for e in json.load(open(sys.argv[1], encoding="utf-8"))["endpoints"]}
print(f"simulated-device: CA not yet trusted: {' '.join(sorted(causes))} (exit {sys.argv[2]})")
if causes != {"tls-untrusted"} or sys.argv[2] != "1":
    sys.exit("simulated-device: Schannel accepted a certificate from a CA the device does not trust")
EOF
run "$build/joindoctor_sim_device_setup.exe" --trust-root "$(win "$pki/ca.der")"

# --- collect, and judge on both systems --------------------------------------------------------
collect_and_compare() { # NAME EXPECTED_FIRST_CODE
  local name=$1 expected=$2 rc=0
  run "$build/app/joindoctor-cli.exe" --collect "$(win "$results/$name.jdcap")" \
    >"$results/$name.collect.txt" 2>&1 || rc=$?
  [ -s "$results/$name.jdcap" ] || { cat "$results/$name.collect.txt" >&2; fail "--collect wrote no capture ($name, exit $rc)"; }
  rc=0
  run "$build/app/joindoctor-cli.exe" --analyze "$(win "$results/$name.jdcap")" --format json \
    --lang en >"$results/$name.windows.json" 2>"$results/$name.windows.err" || rc=$?
  [ $rc -le 1 ] || { cat "$results/$name.windows.err" >&2; fail "Windows --analyze $name: exit $rc"; }
  rc=0
  "$native" --analyze "$results/$name.jdcap" --format json --lang en \
    >"$results/$name.linux.json" 2>"$results/$name.linux.err" || rc=$?
  [ $rc -le 1 ] || { cat "$results/$name.linux.err" >&2; fail "Linux --analyze $name: exit $rc"; }
  python3 - "$results/$name.windows.json" "$results/$name.linux.json" "$expected" <<'EOF'
import json, sys
windows, linux = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
for report in (windows, linux):  # when and from which path: the only fields that may differ
    report.pop("analysedAt", None)
    report.pop("source", None)
    trust = report.get("captureTrust", {})  # the capture's age at each analysis, a moment apart
    trust.pop("ageMinutes", None)
    trust.pop("summary", None)
if windows != linux:
    for key in sorted(set(windows) | set(linux)):
        if windows.get(key) != linux.get(key):
            print(f"  {key}:\n    Windows: {windows.get(key)}\n    Linux:   {linux.get(key)}")
    sys.exit("simulated-device: the Windows and the Linux build judge the capture differently")
codes = [s["code"] for s in windows["steps"]]
print(f"simulated-device: {sys.argv[1].rsplit('/', 1)[-1].split('.')[0]}: {' '.join(codes)}"
      f" (judged identically on Windows and Linux)")
# "A|B": either code will do.
if not set(sys.argv[3].split("|")) & set(codes):
    sys.exit(f"simulated-device: expected {sys.argv[3]} among the codes")
EOF
}

collect_and_compare before S4-NOT-SYNCED
# What the capture read through each Windows API, and what it says plainly that Wine lacks.
python3 - "$results/before.jdcap" "$dead_port" "$JOINDOCTOR_SIM_NAMESPACE" <<'EOF'
import json, sys
capture = json.load(open(sys.argv[1], encoding="utf-8"))
files = capture["files"]
manifest = {m["name"]: m for m in capture["manifest"]}
task = json.loads(files["task-automatic-device-join"])
checks = {
    "dsregcmd.exe ran in code page 850": "code page 850" in manifest["dsregcmd-status"]["detail"],
    "the client-side SCP from the registry":
        '"TenantId"="6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"' in files["registry-cdj-aad"],
    "the WinHTTP proxy from the API": json.loads(files["winhttp-proxy"])["proxy"] == f"127.0.0.1:{sys.argv[2]}",
    "the join task from the Task Scheduler": task["exists"] and task["enabled"],
    "the probe went through that proxy": "proxy-unreachable" in files["connectivity-probe"],
    "no NetGetAadJoinInformation, said so": "not available" in manifest["join-info"]["error"],
    "no event log, said so": "not available" in manifest["events-aad-operational"]["error"],
}
if sys.argv[3] == "private":
    directory = json.loads(files["directory-probe"])
    readout = directory["readout"]
    checks.update({
        "the domain controller from DNS SRV": bool(directory["discovery"]["records"]),
        "AD read through wldap32": readout["backend"] == "wldap32",
        "the SCP from AD, this tenant": "azureADId:6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f" in readout["scp"]["keywords"],
        "this computer's object and certificate": readout["computer"]["found"] and bool(readout["computer"]["certificates"]),
        "no logon session under Wine, said so": "Wine" in readout["bindError"]["message"],
    })
for what, ok in checks.items():
    print(f"simulated-device:   {'ok  ' if ok else 'FAIL'} {what}")
if not all(checks.values()):
    sys.exit("simulated-device: the capture misses what the device has")
EOF

# --- the wizard, live, in both languages -------------------------------------------------------
for lang in da en; do
  mkdir -p "$results/screenshots-$lang"
  timeout 240 xvfb-run -a -s "-screen 0 1280x1024x24" "$root/scripts/windows/wine-run.sh" \
    "$build/app/joindoctor.exe" --lang $lang --screenshots "$(win "$results/screenshots-$lang")" \
    >"$results/screenshots-$lang.log" 2>&1 || { cat "$results/screenshots-$lang.log" >&2; fail "screenshot tour ($lang)"; }
  count=$(ls "$results/screenshots-$lang"/*.png | wc -l)
  [ "$count" -ge 8 ] || fail "screenshot tour ($lang): $count pages"
  echo "simulated-device: $count live pages in $lang ($results/screenshots-$lang)"
done

# --- back in the office: the proxy fixed, then Retry join in the wizard ----------------------------
run "$build/joindoctor_sim_device_setup.exe" --winhttp-proxy "127.0.0.1:$office_proxy_port" \
  --bypass "<local>"
# Retry join: confirmed, elevated, the task run, the checks again.
# (tests/gui/simulated_device_test.cpp: the Windows build's own environment, the confirmation
# answered yes; it saves the summary after the join in both languages.)
(cd "$build" && JOINDOCTOR_SIMULATED_DEVICE="$(win "$results")" timeout 300 \
   "$root/scripts/windows/wine-run.sh" ./joindoctor_gui_tests.exe --gtest_filter='SimulatedDevice.*') \
  >"$results/retry-join.txt" 2>&1 || { cat "$results/retry-join.txt" >&2; fail "Retry join in the wizard"; }
grep -q '^\[  PASSED  \] 1 test' "$results/retry-join.txt" || { cat "$results/retry-join.txt" >&2; fail "Retry join in the wizard did not run"; }
grep -qx '/join' "$state/calls.log" || fail "the join task did not run dsregcmd /join"
# Through the proxy and Schannel, to the endpoints. Wine's network stack can take over 2 s on
# loopback, which JoinDoctor rightly calls slow: answered either way.
collect_and_compare after 'S2-ENDPOINTS-OK|S2-ENDPOINT-SLOW'
grep -q '"S6-PRT-PASSWORD"' "$results/after.linux.json" || fail "after the join: expected S6-PRT-PASSWORD"
python3 - "$results/after.jdcap" <<'EOF'
import json, sys
probe = json.loads(json.load(open(sys.argv[1], encoding="utf-8"))["files"]["connectivity-probe"])
unchecked = [e["kind"] for e in probe["system"]["endpoints"] if not e["tlsIssuer"]]
if unchecked:  # Schannel does not always report the session; the issuer check must still run
    sys.exit(f"simulated-device: no TLS issuer checked for {', '.join(unchecked)}")
print("simulated-device: every endpoint's TLS issuer checked (interception would be seen)")
EOF
echo "simulated-device: Retry join in the wizard: not-synced -> $(cat "$state/state") (dsregcmd calls: $(tr '\n' ' ' <"$state/calls.log"))"

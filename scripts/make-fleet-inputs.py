#!/usr/bin/env python3
"""Makes inputs for the fleet benchmark (`joindoctor --fleet`): a folder of dsregcmd outputs, one
device per file, and optionally an Intune-style export of the detection script's JSON lines.

    make-fleet-inputs.py OUT_DIR [--count 10000] [--seed 1] [--bad 0.01] [--now 2026-12-07]
    make-fleet-inputs.py [OUT_DIR] --intune-csv FILE ROWS [--intune-columns api|admin-center]

OUT_DIR (created, must be empty) gets OUT_DIR/batch-00/PC-00000.txt ... in folders of 1000.
Every file is one device, made from one of the demos (resources/demos/*.txt) or the test corpus
(tests/data/corpus/*.txt): dsregcmd /status outputs, some UTF-16, some pasted with chatter.
  - "Device Name :" gets a unique host name PC-NNNNN (the source's domain is kept); sources
    without the field keep none, and JoinDoctor names those devices by file.
  - "DeviceId :" gets a GUID of its own per device, so no two devices share one.
  - "Client Time :" moves to a random moment in the 30 days before --now; every other dsregcmd
    time in the file (PRT, certificate validity, ...) moves by the same amount, so the capture
    stays consistent with itself.
  - Encodings: about 60 % UTF-8 (LF), 25 % UTF-16LE with BOM (CRLF, what `dsregcmd /status >
    file` gives in Windows PowerShell 5.1), 15 % UTF-8 with CRLF.
  - About 1 % duplicates: a second file for a device already written, with an older or newer
    Client Time, so the fleet report has to keep the newest.
  - --bad (default 1 %) of the files are bad inputs spread among the others: random bytes, an
    empty file, a dsregcmd output cut after 200 bytes, a text with no dsregcmd fields, and
    exactly one file of 5 MiB (over JoinDoctor's 4 MiB input cap).

--intune-csv FILE ROWS writes ROWS rows of a Remediations device status export whose detection
output column holds the JSON line of docs/intune/Detect-HybridJoin.ps1, with result codes taken
from checks/steps/*.cpp. --intune-columns api (the default) uses the column names of the Intune
export API's DeviceRunStatesByProactiveRemediation report (PreRemediationDetectionScriptOutput,
...); admin-center uses the column titles of the device status list ("Pre-remediation detection
output", ...). About 1 % of the rows are error lines, 0.5 % script errors with no output, 1 %
duplicate device names.

The output depends only on the options: the same --seed and --now give the same bytes.
--now defaults to today (UTC, midnight).
"""
import argparse
import csv
import datetime as dt
import glob
import json
import os
import random
import re
import sys
import time
import uuid

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
BATCH_SIZE = 1000
HUGE_BYTES = 5 * 1024 * 1024  # JoinDoctor refuses inputs over 4 MiB
TRUNCATED_BYTES = 200
INTUNE_OUTPUT_LIMIT = 2048  # Microsoft Learn, "Remediations", Script requirements

# dsregcmd prints "Client Time : 2026-11-25 08:02:41.000 UTC"; every time field has that form.
TIME_RE = re.compile(r"\b(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{3})\b")
CLIENT_TIME_RE = re.compile(r"Client Time[ \t]*:[ \t]*(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\.\d{3}")
DEVICE_NAME_RE = re.compile(r"(Device Name[ \t]*:[ \t]*)([^\s<&]+)")
DEVICE_ID_RE = re.compile(
    r"(DeviceId[ \t]*:[ \t]*)\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
    r"[0-9a-fA-F]{12}\}?")
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"

ENCODINGS = [("utf-8", 60), ("utf-16le-bom", 25), ("utf-8-crlf", 15)]
BAD_KINDS = ["junk", "empty", "truncated", "foreign"]  # plus exactly one "huge"

FOREIGN_TEXT = """# Printer fleet notes

Second floor, east wing. The toner for the colour printers is ordered on the first Monday
of the month; the supplier needs the asset tag, not the serial number.

Known problems
--------------
* Tray 2 jams when the paper is older than a year: keep the boxes closed.
* Scanning to e-mail needs the relay on port 587; port 25 is closed since the spring.
* After a firmware update, set the time zone again (it falls back to UTC).

Contacts: facilities desk, extension 4410. Out of hours: the on-call phone.
"""


def read_sources():
    """The demos and the corpus as (name, text, line_end); UTF-16 and UTF-8 decoded."""
    paths = sorted(glob.glob(os.path.join(ROOT, "resources", "demos", "*.txt")))
    paths += sorted(glob.glob(os.path.join(ROOT, "tests", "data", "corpus", "*.txt")))
    sources = []
    for path in paths:
        with open(path, "rb") as f:
            raw = f.read()
        if raw.startswith(b"\xff\xfe"):
            text = raw[2:].decode("utf-16-le", errors="replace")
        elif raw.startswith(b"\xfe\xff"):
            text = raw[2:].decode("utf-16-be", errors="replace")
        elif raw.startswith(b"\xef\xbb\xbf"):
            text = raw[3:].decode("utf-8", errors="replace")
        else:
            text = raw.decode("utf-8", errors="replace")
        text = text.replace("\r\n", "\n")
        name = os.path.relpath(path, ROOT)
        sources.append({
            "name": name,
            "text": text,
            "has_name": bool(DEVICE_NAME_RE.search(text)),
            "client_time": client_time_of(text),
        })
    if not sources:
        sys.exit("no sources found under resources/demos and tests/data/corpus")
    return sources


def client_time_of(text):
    m = CLIENT_TIME_RE.search(text)
    return dt.datetime.strptime(m.group(1), TIME_FORMAT) if m else None


def device_name(number, old_value):
    """PC-NNNNN with the old value's domain part (everything after the first dot), if any."""
    host = "PC-%05d" % number
    dot = old_value.find(".")
    return host if dot < 0 else host + old_value[dot:]


def shift_times(text, delta):
    def shifted(m):
        try:
            t = dt.datetime(*(int(g) for g in m.groups()[:6]))
        except ValueError:
            return m.group(0)
        try:
            t += delta
        except OverflowError:
            return m.group(0)
        return t.strftime(TIME_FORMAT) + "." + m.group(7)
    return TIME_RE.sub(shifted, text)


def make_device_text(source, number, device_id, taken_at):
    """The source as device NUMBER: its name, its DeviceId and its Client Time replaced."""
    text = source["text"]
    if source["has_name"]:
        text = DEVICE_NAME_RE.sub(lambda m: m.group(1) + device_name(number, m.group(2)), text)
    text = DEVICE_ID_RE.sub(lambda m: m.group(1) + device_id, text)
    if source["client_time"] is not None and taken_at is not None:
        text = shift_times(text, taken_at - source["client_time"])
    return text


def encode(text, encoding):
    if encoding == "utf-8":
        return text.encode("utf-8")
    if encoding == "utf-8-crlf":
        return text.replace("\n", "\r\n").encode("utf-8")
    return b"\xff\xfe" + text.replace("\n", "\r\n").encode("utf-16-le")


def pick_weighted(rng, weighted):
    total = sum(w for _, w in weighted)
    r = rng.uniform(0, total)
    for value, weight in weighted:
        r -= weight
        if r <= 0:
            return value
    return weighted[-1][0]


def random_time(rng, now, days):
    return now - dt.timedelta(seconds=rng.randrange(days * 24 * 3600))


def write_inputs(args, now):
    rng = random.Random("fleet-inputs/%d" % args.seed)
    sources = read_sources()
    count = args.count
    bad_count = min(count, round(count * args.bad)) if args.bad > 0 else 0
    if args.bad > 0 and count > 0:
        bad_count = max(bad_count, 1)  # the one huge file is always there
    dup_count = min(count - bad_count, round(count * 0.01))
    positions = list(range(count))
    rng.shuffle(positions)
    bad_at = positions[:bad_count]
    huge_at = bad_at[0] if bad_at else None
    bad_kind = {i: BAD_KINDS[n % len(BAD_KINDS)] for n, i in enumerate(sorted(bad_at[1:]))}
    if huge_at is not None:
        bad_kind[huge_at] = "huge"
    # Duplicates come after their device; none in the first tenth so there is one to copy.
    dup_candidates = [i for i in positions[bad_count:] if i >= max(1, count // 10)]
    dup_at = set(sorted(dup_candidates)[::max(1, len(dup_candidates) // max(1, dup_count))]
                 [:dup_count]) if dup_count else set()

    width = max(2, len(str(max(0, count - 1) // BATCH_SIZE)))
    os.makedirs(args.out_dir, exist_ok=True)
    if os.listdir(args.out_dir):
        sys.exit("%s is not empty; give a new or empty folder" % args.out_dir)

    stats = {"devices": 0, "renamed": 0, "no name field": 0, "duplicates": 0, "bytes": 0}
    for name, _ in ENCODINGS:
        stats[name] = 0
    for kind in BAD_KINDS + ["huge"]:
        stats["bad: " + kind] = 0
    written = []  # (number, file name, source, device id, taken_at) of devices to copy later
    used_names = set()
    order = list(range(len(sources)))
    rng.shuffle(order)
    made = 0
    for i in range(count):
        folder = os.path.join(args.out_dir, "batch-%0*d" % (width, i // BATCH_SIZE))
        if i % BATCH_SIZE == 0:
            os.makedirs(folder, exist_ok=True)
        encoding = pick_weighted(rng, ENCODINGS)
        taken_at = None
        if i in bad_kind:
            kind = bad_kind[i]
            data = bad_input(rng, kind, sources, encoding)
            file_name = "PC-%05d.txt" % i
            stats["bad: " + kind] += 1
        elif i in dup_at and any(w[2]["has_name"] and w[2]["client_time"] for w in written):
            candidates = [w for w in written if w[2]["has_name"] and w[2]["client_time"]]
            number, file_name, source, device_id, taken_at = rng.choice(candidates)
            delta = dt.timedelta(days=rng.randint(1, 10), seconds=rng.randrange(3600))
            if rng.random() < 0.5 and taken_at + delta < now:
                taken_at += delta  # collected again later
            else:
                taken_at -= delta  # an older collection turns up
            data = encode(make_device_text(source, number, device_id, taken_at), encoding)
            stem, copy = file_name[:-4], 2
            while os.path.join(folder, file_name) in used_names:
                file_name = "%s (%d).txt" % (stem, copy)
                copy += 1
            stats["duplicates"] += 1
            stats[encoding] += 1
        else:
            source = sources[order[made % len(order)]]
            made += 1
            device_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            taken_at = random_time(rng, now, 30) if source["client_time"] else None
            data = encode(make_device_text(source, i, device_id, taken_at), encoding)
            file_name = "PC-%05d.txt" % i
            written.append((i, file_name, source, device_id, taken_at))
            stats["devices"] += 1
            stats["renamed" if source["has_name"] else "no name field"] += 1
            stats[encoding] += 1
        path = os.path.join(folder, file_name)
        used_names.add(path)
        with open(path, "wb") as f:
            f.write(data)
        # The file's time is when it was "collected": its Client Time, or a day in the window.
        stamp = taken_at or random_time(rng, now, 30)
        seconds = (stamp - dt.datetime(1970, 1, 1)).total_seconds()
        os.utime(path, (seconds, seconds))
        stats["bytes"] += len(data)
    stats["sources"] = len(sources)
    stats["sources with Device Name"] = sum(1 for s in sources if s["has_name"])
    return stats


def bad_input(rng, kind, sources, encoding):
    if kind == "empty":
        return b""
    if kind == "junk":
        return rng.randbytes(rng.randint(512, 16384))
    if kind == "foreign":
        return encode(FOREIGN_TEXT, encoding)
    source = rng.choice([s for s in sources if s["client_time"]] or sources)
    data = encode(source["text"], encoding)
    if kind == "truncated":
        return data[:TRUNCATED_BYTES]
    # huge: the same dsregcmd output again and again, cut at exactly 5 MiB
    return (data * (HUGE_BYTES // max(1, len(data)) + 1))[:HUGE_BYTES]


# --- Intune export ---------------------------------------------------------------------------

CODE_DEF_RE = re.compile(
    r'ResultCodeDef\s*(?:\w+\s*)?\{\s*([1-6]),\s*"(S[1-6]-[A-Z0-9-]+)",\s*StepStatus::(\w+)')
CODE_RE = re.compile(r'"(S[1-6]-[A-Z0-9-]+)"')
STATUS_IDS = {"Passed": "passed", "Warning": "warning", "Failed": "failed",
              "Unknown": "unknown", "NotApplicable": "notApplicable"}


def result_codes():
    """{step: {status id: [codes]}} from the result code definitions in checks/steps/*.cpp."""
    codes = {step: {} for step in range(1, 7)}
    seen = set()
    for path in sorted(glob.glob(os.path.join(ROOT, "checks", "steps", "*.cpp"))):
        with open(path, encoding="utf-8") as f:
            source = f.read()
        for step, code, status in CODE_DEF_RE.findall(source):
            if code not in seen and status in STATUS_IDS:
                seen.add(code)
                codes[int(step)].setdefault(STATUS_IDS[status], []).append(code)
        for code in CODE_RE.findall(source):  # the time-outs are made by a function
            if code.endswith("-TIMEOUT") and code not in seen:
                seen.add(code)
                codes[int(code[1])].setdefault("unknown", []).append(code)
    for step in range(1, 7):
        for status, fallback in (("passed", "S%d-OK"), ("failed", "S%d-FAILED"),
                                 ("unknown", "S%d-NOT-TESTED"),
                                 ("notApplicable", "S%d-NOT-APPLICABLE")):
            codes[step].setdefault(status, [fallback % step])
    return codes


def project_version():
    try:
        with open(os.path.join(ROOT, "CMakeLists.txt"), encoding="utf-8") as f:
            m = re.search(r"project\(\s*JoinDoctor\s+VERSION\s+([0-9.]+)", f.read())
        return m.group(1) if m else "0.1.0"
    except OSError:
        return "0.1.0"


def prefer(codes, wanted):
    return wanted if wanted in codes else codes[0]


def detection_result(rng, codes, device, taken_at, version):
    """One run of Detect-HybridJoin.ps1: (JSON line, exit code)."""
    kind = pick_weighted(rng, [("healthy", 66), ("warning", 6), ("problem", 24),
                               ("outOfScope", 2), ("unknown", 2)])
    status, step_codes = [], []
    first_failing = None
    join_type = "hybrid"
    verdict = "healthy"
    if kind in ("healthy", "warning"):
        warn_step = rng.randint(1, 6) if kind == "warning" else 0
        for step in range(1, 7):
            if step == warn_step and codes[step].get("warning"):
                status.append("warning")
                step_codes.append(rng.choice(codes[step]["warning"]))
            else:
                status.append("passed")
                step_codes.append(prefer(codes[step]["passed"], "S%d-OK" % step))
    elif kind == "problem":
        verdict = "problem"
        first_failing = pick_weighted(rng, [(1, 10), (2, 18), (3, 22), (4, 20), (5, 12), (6, 18)])
        join_type = "hybrid" if first_failing == 6 else pick_weighted(
            rng, [("domainOnly", 80), ("hybrid", 20)])
        for step in range(1, 7):
            if step < first_failing:
                status.append("passed")
                step_codes.append(prefer(codes[step]["passed"], "S%d-OK" % step))
            elif step == first_failing:
                status.append("failed")
                step_codes.append(rng.choice(codes[step]["failed"]))
            else:  # after the first failing step, mostly "could not be seen from here"
                status.append("unknown")
                unseen = [c for c in codes[step]["unknown"]
                          if c.endswith("-NOT-VISIBLE") or c.endswith("-NOT-TESTED")]
                step_codes.append(rng.choice(unseen if unseen and rng.random() < 0.8
                                             else codes[step]["unknown"]))
    elif kind == "outOfScope":
        verdict = "outOfScope"
        join_type = rng.choice(["workgroup", "registeredOnly"])
        for step in range(1, 7):
            status.append("notApplicable")
            step_codes.append(codes[step]["notApplicable"][0])
    else:
        verdict = "unknown"
        join_type = rng.choice(["hybrid", "domainOnly", "unknown"])
        for step in range(1, 7):
            if rng.random() < 0.5:
                status.append("unknown")
                step_codes.append(rng.choice(codes[step]["unknown"]))
            else:
                status.append("passed")
                step_codes.append(prefer(codes[step]["passed"], "S%d-OK" % step))
    code = step_codes[first_failing - 1] if first_failing else None
    line = {
        "jd": 1, "device": device, "joinType": join_type, "verdict": verdict,
        "firstFailingStep": first_failing, "code": code, "status": status,
        "codes": step_codes, "takenAt": taken_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "version": version,
    }
    exit_code = 0
    if verdict == "outOfScope":
        exit_code = 1
    elif first_failing and (first_failing <= 5 or code == "S6-DEVICE-DISABLED-OR-DELETED"):
        exit_code = 1
    return compact(line), exit_code


def compact(fields):
    text = json.dumps(fields, separators=(",", ":"), ensure_ascii=False)
    for optional in ("codes", "status"):  # as Detect-HybridJoin.ps1 does
        if len(text) <= INTUNE_OUTPUT_LIMIT:
            break
        fields.pop(optional, None)
        text = json.dumps(fields, separators=(",", ":"), ensure_ascii=False)
    return text


ERROR_REASONS = [
    "JoinDoctor is not installed",
    "joindoctor --collect failed with exit code 7",
    "joindoctor --collect failed with exit code 4",
    "JoinDoctor could not read the capture",
]
SCRIPT_ERROR = ("Program 'joindoctor-cli.exe' failed to run: Access is denied\r\nAt C:\\WINDOWS"
                "\\IMECache\\HealthScripts\\%s_1\\detect.ps1:63 char:5")

API_COLUMNS = ["DeviceId", "DeviceName", "UPN", "UserName", "UserEmail", "OSVersion", "PolicyId",
               "DetectionStatus", "DetectionScriptStatus", "RemediationStatus",
               "RemediationScriptStatus", "PreRemediationDetectionScriptOutput",
               "PreRemediationDetectionScriptError", "PostRemediationDetectionScriptOutput",
               "PostRemediationDetectionScriptError", "RemediationScriptErrorDetails",
               "ModifiedTime"]
ADMIN_CENTER_COLUMNS = ["Device name", "UPN", "Pre-remediation detection output",
                        "Pre-remediation detection error", "Post-remediation detection output",
                        "Post-remediation detection error", "Detection status",
                        "Remediation status", "Last sync"]
OS_VERSIONS = ["10.0.19045.5737", "10.0.22631.5335", "10.0.26100.4061", "10.0.26100.4349",
               "10.0.22621.4890"]
FIRST_NAMES = ["mette", "jens", "anna", "lars", "sofie", "peter", "ida", "mads", "karen", "ole"]


def write_intune_csv(args, now):
    rng = random.Random("fleet-intune/%d" % args.seed)
    codes = result_codes()
    version = project_version()
    rows = args.intune_csv_rows
    policy_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    dup_count = round(rows * 0.01)
    devices = []  # device number for each row; duplicates repeat an earlier one
    next_number = 0
    dup_rows = set(rng.sample(range(max(1, rows // 10), rows), min(dup_count, rows - rows // 10))
                   ) if rows > 1 and dup_count else set()
    for r in range(rows):
        if r in dup_rows and devices:
            devices.append(rng.choice(devices))
        else:
            devices.append(next_number)
            next_number += 1
    stats = {"rows": rows, "devices": next_number, "duplicate rows": rows - next_number,
             "with issues": 0, "without issues": 0, "error lines": 0, "script errors": 0,
             "post-remediation output": 0}
    columns = API_COLUMNS if args.intune_columns == "api" else ADMIN_CENTER_COLUMNS
    with open(args.intune_csv, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(columns)
        for number in devices:
            device = "PC-%05d" % number
            user = "%s.%05d" % (rng.choice(FIRST_NAMES), number)
            synced = random_time(rng, now, 7)
            taken_at = synced - dt.timedelta(seconds=rng.randrange(600))
            pre_out, pre_err, post_out, post_err, exit_code = "", "", "", "", 0
            roll = rng.random()
            if roll < 0.01:
                pre_out = compact({"jd": 1, "device": device, "error": rng.choice(ERROR_REASONS)})
                stats["error lines"] += 1
            elif roll < 0.015:
                pre_err = SCRIPT_ERROR % policy_id
                exit_code = -1
                stats["script errors"] += 1
            else:
                pre_out, exit_code = detection_result(rng, codes, device, taken_at, version)
            post_exit = None
            if exit_code == 1:
                stats["with issues"] += 1
                if rng.random() < 0.3:  # the remediation ran and detection ran again
                    post_out, post_exit = detection_result(
                        rng, codes, device, taken_at + dt.timedelta(minutes=6), version)
                    stats["post-remediation output"] += 1
            elif exit_code == 0:
                stats["without issues"] += 1
            detection = {0: ("Without issues", 1), 1: ("With issues", 2), -1: ("Failed", 3)}
            remediation = ("Not run", 1)
            if exit_code == 1:
                remediation = ("Issue fixed", 2) if post_exit == 0 else \
                    rng.choice([("Failed", 3), ("Recurred", 3)])
            values = {
                "DeviceId": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "DeviceName": device,
                "UPN": user + "@corp.example",
                "UserName": user.split(".")[0].capitalize(),
                "UserEmail": user + "@corp.example",
                "OSVersion": rng.choice(OS_VERSIONS),
                "PolicyId": policy_id,
                "DetectionStatus": detection[exit_code][1],
                "DetectionScriptStatus": detection[exit_code][0],
                "RemediationStatus": remediation[1],
                "RemediationScriptStatus": remediation[0],
                "PreRemediationDetectionScriptOutput": pre_out,
                "PreRemediationDetectionScriptError": pre_err,
                "PostRemediationDetectionScriptOutput": post_out,
                "PostRemediationDetectionScriptError": post_err,
                "RemediationScriptErrorDetails": "",
                "ModifiedTime": synced.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
            values.update({
                "Device name": device,
                "Pre-remediation detection output": pre_out,
                "Pre-remediation detection error": pre_err,
                "Post-remediation detection output": post_out,
                "Post-remediation detection error": post_err,
                "Detection status": detection[exit_code][0],
                "Remediation status": remediation[0],
                "Last sync": values["ModifiedTime"],
            })
            writer.writerow([values[c] for c in columns])
    stats["bytes"] = os.path.getsize(args.intune_csv)
    return stats


def main():
    parser = argparse.ArgumentParser(
        description="Make inputs for the fleet benchmark (joindoctor --fleet).",
        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("out_dir", metavar="OUT_DIR", nargs="?",
                        help="new or empty folder for the device files")
    parser.add_argument("--count", type=int, default=10000, help="files to write (10000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (1)")
    parser.add_argument("--bad", type=float, default=0.01,
                        help="share of bad inputs, 0 to 1 (0.01)")
    parser.add_argument("--now", metavar="YYYY-MM-DD",
                        help="times are in the 30 days before this date (today, UTC)")
    parser.add_argument("--intune-csv", nargs=2, metavar=("FILE", "ROWS"),
                        help="also write an Intune-style export with ROWS rows")
    parser.add_argument("--intune-columns", choices=["api", "admin-center"], default="api",
                        help="column names of the export (api)")
    args = parser.parse_args()
    if not args.out_dir and not args.intune_csv:
        parser.error("give OUT_DIR, --intune-csv FILE ROWS, or both")
    if args.count < 0 or not 0 <= args.bad <= 1:
        parser.error("--count must be 0 or more and --bad between 0 and 1")
    if args.intune_csv:
        args.intune_csv, rows = args.intune_csv
        try:
            args.intune_csv_rows = int(rows)
        except ValueError:
            parser.error("ROWS must be a number")
        if args.intune_csv_rows < 0:
            parser.error("ROWS must be 0 or more")
    if args.now:
        try:
            now = dt.datetime.strptime(args.now, "%Y-%m-%d")
        except ValueError:
            parser.error("--now must be YYYY-MM-DD")
    else:
        today = dt.datetime.now(dt.timezone.utc).date()
        now = dt.datetime(today.year, today.month, today.day)

    started = time.monotonic()
    if args.out_dir:
        stats = write_inputs(args, now)
        print("%s: %d files, %s bytes (seed %d, times before %s)"
              % (args.out_dir, args.count, format(stats.pop("bytes"), ","), args.seed,
                 now.strftime("%Y-%m-%d")))
        for key, value in stats.items():
            print("  %-26s %d" % (key, value))
    if args.intune_csv:
        stats = write_intune_csv(args, now)
        print("%s: %d rows, %s bytes (%s column names)"
              % (args.intune_csv, stats.pop("rows"), format(stats.pop("bytes"), ","),
                 args.intune_columns))
        for key, value in stats.items():
            print("  %-26s %d" % (key, value))
    print("done in %.1f s" % (time.monotonic() - started))


if __name__ == "__main__":
    main()

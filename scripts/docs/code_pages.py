#!/usr/bin/env python3
"""Writes the helpdesk wiki pages from JoinDoctor's own catalogue (`joindoctor --list-codes`).

One Markdown page per result code and language (docs/codes/<lang>/<CODE>.md), an index per
language (README.md, by step) and a page of the Windows/Azure AD error codes JoinDoctor decodes
(error-codes.md). The code a user reads aloud leads straight to its page.

    code_pages.py JOINDOCTOR OUT_DIR            write the pages into OUT_DIR/{en,da}
    code_pages.py JOINDOCTOR OUT_DIR --check    exit 1 when OUT_DIR differs from what would be written
"""
import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile

# Headings and fixed phrases; the texts themselves come from the catalogue, already translated.
WORDS = {
    "en": {
        "title": "JoinDoctor result codes",
        "intro": ("Every result in JoinDoctor has a short code, shown in large type on its step "
                  "page and in every report. Ask the user to read the code aloud, open its page "
                  "here, and follow **What to do**. The codes never change."),
        "step": "Step",
        "status": "Status",
        "user_sees": "What the user sees",
        "means": "What it means",
        "actions": "What to do",
        "nothing": "Nothing: this step is in order.",
        "errors": "Windows and Azure AD error codes of this step",
        "errors_title": "Windows and Azure AD error codes",
        "errors_intro": ("JoinDoctor recognises these codes in `dsregcmd /status` output and in "
                         "the event log, and shows their meaning on the step they belong to."),
        "code": "Code", "name": "Name", "meaning": "Meaning", "fix": "What to do",
        "phase": "Phase",
        "all": "All result codes", "all_errors": "All error codes",
        "generated": ("Generated from JoinDoctor {version}'s catalogue by "
                      "`scripts/make-docs.sh`; do not edit by hand."),
        "statuses": {"passed": "OK", "warning": "Warning", "failed": "Failed",
                     "unknown": "Unknown", "notApplicable": "Not applicable"},
    },
    "da": {
        "title": "JoinDoctors resultatkoder",
        "intro": ("Hvert resultat i JoinDoctor har en kort kode, som står med store bogstaver på "
                  "trinnets side og i hver rapport. Bed brugeren læse koden op, åbn dens side her, "
                  "og følg **Det skal du gøre**. Koderne ændres aldrig."),
        "step": "Trin",
        "status": "Status",
        "user_sees": "Det, brugeren ser",
        "means": "Hvad det betyder",
        "actions": "Det skal du gøre",
        "nothing": "Ingenting: dette trin er i orden.",
        "errors": "Fejlkoder fra Windows og Azure AD i dette trin",
        "errors_title": "Fejlkoder fra Windows og Azure AD",
        "errors_intro": ("JoinDoctor genkender disse koder i output fra `dsregcmd /status` og i "
                         "logbogen og viser deres betydning på det trin, de hører til."),
        "code": "Kode", "name": "Navn", "meaning": "Betydning", "fix": "Det skal du gøre",
        "phase": "Fase",
        "all": "Alle resultatkoder", "all_errors": "Alle fejlkoder",
        "generated": ("Lavet ud fra kataloget i JoinDoctor {version} af "
                      "`scripts/make-docs.sh`; ret ikke i hånden."),
        "statuses": {"passed": "OK", "warning": "Advarsel", "failed": "Fejl",
                     "unknown": "Ukendt", "notApplicable": "Ikke relevant"},
    },
}


def catalogue(joindoctor, lang):
    out = subprocess.run([joindoctor, "--list-codes", "--format", "json", "--lang", lang],
                         check=True, stdout=subprocess.PIPE).stdout
    return json.loads(out)


def version(joindoctor):
    out = subprocess.run([joindoctor, "--version"], check=True, stdout=subprocess.PIPE).stdout
    return out.decode().split()[-1]


def cell(text):
    """Text for one Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ")


def code_page(r, errors, w, footer):
    lines = [f"# {r['code']}", "",
             f"**{w['step']} {r['step']} – {r['stepTitle']}** · {w['status']}: "
             f"{w['statuses'].get(r['status'], r['status'])}", "",
             f"## {w['user_sees']}", "", r["summary"], "",
             f"## {w['means']}", "", r["explanation"], "",
             f"## {w['actions']}", ""]
    if r["nextSteps"]:
        lines += [f"{n}. {s}" for n, s in enumerate(r["nextSteps"], 1)]
    else:
        lines.append(w["nothing"])
    lines.append("")
    step_errors = [e for e in errors if e.get("step") == r["step"]]
    if step_errors and r["status"] != "passed":
        lines += [f"## {w['errors']}", "", f"| {w['code']} | {w['name']} | {w['meaning']} |",
                  "| --- | --- | --- |"]
        lines += [f"| `{e['hex']}` | {cell(e['name'])} | {cell(e['meaning'])} |"
                  for e in step_errors]
        lines += ["", f"[{w['all_errors']}](error-codes.md)", ""]
    lines += [f"[{w['all']}](README.md)", "", f"<sub>{footer}</sub>", ""]
    return "\n".join(lines)


def index_page(results, w, footer):
    lines = [f"# {w['title']}", "", w["intro"], ""]
    steps = sorted({r["step"] for r in results})
    for step in steps:
        in_step = [r for r in results if r["step"] == step]
        lines += [f"## {w['step']} {step} – {in_step[0]['stepTitle']}", "",
                  f"| {w['code']} | {w['status']} | {w['user_sees']} |", "| --- | --- | --- |"]
        lines += [f"| [`{r['code']}`]({r['code']}.md) | "
                  f"{w['statuses'].get(r['status'], r['status'])} | {cell(r['summary'])} |"
                  for r in in_step]
        lines.append("")
    lines += [f"[{w['all_errors']}](error-codes.md)", "", f"<sub>{footer}</sub>", ""]
    return "\n".join(lines)


def error_page(errors, w, footer):
    lines = [f"# {w['errors_title']}", "", w["errors_intro"], "",
             f"| {w['code']} | {w['name']} | {w['step']} | {w['meaning']} | {w['fix']} |",
             "| --- | --- | --- | --- | --- |"]
    for e in errors:
        step = str(e["step"]) if e.get("step") else "–"
        lines.append(f"| `{e['hex']}` | {cell(e['name'])} | {step} | {cell(e['meaning'])} | "
                     f"{cell(e.get('fix', ''))} |")
    lines += ["", f"[{w['all']}](README.md)", "", f"<sub>{footer}</sub>", ""]
    return "\n".join(lines)


def write_pages(joindoctor, out):
    v = version(joindoctor)
    for lang, w in WORDS.items():
        data = catalogue(joindoctor, lang)
        folder = os.path.join(out, lang)
        os.makedirs(folder, exist_ok=True)
        footer = w["generated"].format(version=v)
        pages = {"README.md": index_page(data["resultCodes"], w, footer),
                 "error-codes.md": error_page(data["errorCodes"], w, footer)}
        for r in data["resultCodes"]:
            pages[f"{r['code']}.md"] = code_page(r, data["errorCodes"], w, footer)
        for name, text in pages.items():
            with open(os.path.join(folder, name), "w", encoding="utf-8", newline="\n") as f:
                f.write(text)


def differences(expected, actual):
    """Names of files that differ, are missing or are left over between two trees."""
    compare = filecmp.dircmp(expected, actual)
    found = [os.path.join(actual, n) for n in compare.left_only + compare.right_only]
    found += [os.path.join(actual, n) for n in compare.diff_files + compare.funny_files]
    for sub in compare.common_dirs:
        found += differences(os.path.join(expected, sub), os.path.join(actual, sub))
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("joindoctor")
    parser.add_argument("out")
    parser.add_argument("--check", action="store_true")
    options = parser.parse_args()
    if not options.check:
        for lang in WORDS:
            shutil.rmtree(os.path.join(options.out, lang), ignore_errors=True)
        write_pages(options.joindoctor, options.out)
        return 0
    with tempfile.TemporaryDirectory() as fresh:
        write_pages(options.joindoctor, fresh)
        stale = differences(fresh, options.out) if os.path.isdir(options.out) else [options.out]
    if stale:
        print("The helpdesk pages are not those of this catalogue; run scripts/make-docs.sh:",
              file=sys.stderr)
        for name in stale:
            print(f"  {name}", file=sys.stderr)
        return 1
    print(f"helpdesk pages in {options.out} are current")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Runs every case of the bad-input corpus (tests/data/bad/cases.json) through privatesnn-cli.

usage: check_bad_inputs.py CLI CORPUS_DIR DEMO_MODEL TEST_MODELS TINY_WORKSPACE [CASE...]

Each case must end with a non-zero exit (not a signal), print its expected message (a regular
expression that names the file or option at fault), print nothing that looks like a crash, and
write nothing: its scratch folder, every workspace it was given and the corpus itself hold the
same files with the same bytes afterwards. The one file a refused run may leave is a
workspace's .lock: it is the lock's own file, kept on purpose (engine/workspace/workspacelock.h).

Placeholders in a case's arguments: {bad} the corpus folder, {demo} the demo model, {models} the
models tests/data/make_torchscript_models.py wrote (files PyTorch itself made bad), {tiny} the
tiny workspace of the test set-up (read only), {out} the case's empty scratch folder, {ws:NAME} a
fresh copy of the corpus folder NAME in the scratch folder.
"""
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

CRASH_SIGNS = ("terminate called", "Segmentation fault", "core dumped", "Assertion", "Traceback",
               "AddressSanitizer", "std::", "c10::Error")


def snapshot(folder):
    files = {}
    for root, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(root, name)
            if name == ".lock":
                continue
            with open(path, "rb") as f:
                files[os.path.relpath(path, folder)] = hashlib.sha256(f.read()).hexdigest()
    return files


def expand(arg, places, out):
    match = re.fullmatch(r"(.*)\{ws:([A-Za-z0-9_-]+)\}(.*)", arg)
    if match:
        copy = os.path.join(out, match.group(2))
        if not os.path.exists(copy):
            shutil.copytree(os.path.join(places["bad"], match.group(2)), copy)
        return match.group(1) + copy + match.group(3)
    for key, value in list(places.items()) + [("out", out)]:
        arg = arg.replace("{" + key + "}", value)
    return arg


def run_case(cli, places, case):
    corpus = places["bad"]
    with tempfile.TemporaryDirectory(prefix="psnn-bad-") as out:
        args = [expand(a, places, out) for a in case["args"]]
        before, corpus_before = snapshot(out), snapshot(corpus)
        try:
            proc = subprocess.run([cli] + args, cwd=out, capture_output=True, text=True, errors="replace", timeout=300)
        except subprocess.TimeoutExpired:
            return ["did not finish within 300 s"]
        output = proc.stdout + proc.stderr
        problems = []
        if proc.returncode < 0:
            problems.append(f"killed by signal {-proc.returncode}")
        elif proc.returncode == 0:
            problems.append("exit code 0")
        if not re.search(case["expect"], output):
            problems.append(f"expected /{case['expect']}/")
        problems += [f"crash sign '{s}'" for s in CRASH_SIGNS if s in output]
        after = snapshot(out)
        if after != before:
            changed = sorted(set(after) ^ set(before) | {f for f in after if f in before and after[f] != before[f]})
            problems.append("wrote " + ", ".join(changed))
        if snapshot(corpus) != corpus_before:
            problems.append("changed the corpus")
        if problems:
            problems.append("output: " + output.strip().replace("\n", "\n    "))
        return problems


def main():
    if len(sys.argv) < 6:
        sys.exit(__doc__)
    cli, corpus, demo, models, tiny = (os.path.abspath(a) for a in sys.argv[1:6])
    places = {"bad": corpus, "demo": demo, "models": models, "tiny": tiny}
    with open(os.path.join(corpus, "cases.json")) as f:
        cases = json.load(f)
    if sys.argv[6:]:
        cases = [c for c in cases if c["name"] in sys.argv[6:]]
    names = [c["name"] for c in cases]
    if len(set(names)) != len(names):
        sys.exit("cases.json: case names repeat")
    failed = 0
    for case in cases:
        problems = run_case(cli, places, case)
        print(("FAIL " if problems else "ok   ") + case["name"])
        for p in problems:
            print("    " + p)
        failed += bool(problems)
    print(f"{len(cases) - failed} of {len(cases)} bad inputs refused cleanly")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

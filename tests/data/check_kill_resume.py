#!/usr/bin/python3
"""Kills `privatesnn-cli pipeline` with SIGKILL inside every stage, resumes, and compares.

usage: check_kill_resume.py CLI SCRATCH KILLS_PER_STAGE SEED -- PIPELINE_ARGS...

PIPELINE_ARGS are the pipeline's options without --workspace. The script runs the pipeline once
uninterrupted (the reference), then, in a second workspace, for each stage in turn, starts the
pipeline, waits until that stage's staging folder appears, kills the process at a random moment
within the stage's reference duration, and starts again, KILLS_PER_STAGE times per stage. After
each kill it checks that every stage the manifest records as finished still has the outputs it
recorded; after each resume that no finished stage ran again. At the end the workspace must hold
the reference's files with the same SHA-256 (manifest.json and results.json compared without
their clock readings), and no temporary file or staging folder. Exit 0 when all hold; prints a
table of kills per stage either way.
"""
import hashlib
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time

# Readings of the clock, and what the last run did: not part of the result.
CLOCK_KEYS = re.compile(r"(seconds|per_second|started|finished|^stages_run|^stages_skipped)$")
LEFTOVER = re.compile(r"(^\.staging-)|(\.tmp-\d+$)")


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def without_clock(value, ws):
    """`value` without clock readings, and with the workspace's own path written as W."""
    if isinstance(value, dict):
        return {k: without_clock(v, ws) for k, v in value.items() if not CLOCK_KEYS.search(k)}
    if isinstance(value, list):
        return [without_clock(v, ws) for v in value]
    if isinstance(value, str):
        return value.replace(os.path.abspath(ws), "W")
    return value


def state(ws):
    """What must equal the reference: every file's hash; JSON files without their clock readings
    (run times, throughputs), and in the manifest no hash of a file that has such readings."""
    files, clocked = {}, set()
    for name in sorted(os.listdir(ws)):
        path = os.path.join(ws, name)
        if name == ".lock":
            continue
        if name.endswith(".json"):
            with open(path) as f:
                content = json.load(f)
            files[name] = without_clock(content, ws)
            if without_clock(content, "/nonexistent") != content:
                clocked.add(name)
        elif os.path.isdir(path):
            files[name + "/"] = "folder"
        else:
            files[name] = sha256(path)
    for record in files.get("manifest.json", {}).get("stages", {}).values():
        for table in ("inputs", "outputs"):
            for name in record.get(table, {}):
                if name in clocked:
                    record[table][name] = "has clock readings"
    return files


def manifest(ws):
    path = os.path.join(ws, "manifest.json")
    if not os.path.exists(path):
        return {}
    with open(path) as f:
        return json.load(f).get("stages", {})


def run(cli, ws, args):
    return subprocess.run([cli, "pipeline", "--workspace", ws] + args, capture_output=True, text=True)


def check_finished_intact(ws, problems, when):
    for stage, record in manifest(ws).items():
        for name, digest in record.get("outputs", {}).items():
            path = os.path.join(ws, name)
            if not os.path.exists(path) or sha256(path) != digest:
                problems.append(f"{when}: {stage}'s output {name} is missing or changed")


def check_not_rerun(before, after, problems, when):
    for stage, record in before.items():
        if after.get(stage, {}).get("finished") != record.get("finished"):
            problems.append(f"{when}: finished stage {stage} ran again")


def main():
    split = sys.argv.index("--")
    cli, scratch, kills, seed = sys.argv[1], os.path.abspath(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    args = sys.argv[split + 1:]
    rng = random.Random(seed)
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    reference = os.path.join(scratch, "reference")
    first = run(cli, reference, args)
    if first.returncode != 0:
        print("reference run failed:\n" + first.stderr)
        return 1
    stages = list(manifest(reference))
    with open(os.path.join(reference, "manifest.json")) as f:
        order = [s for s in json.load(f)["stage_order"] if s in stages]
    durations = {s: manifest(reference)[s]["seconds"] for s in order}

    ws = os.path.join(scratch, "killed")
    problems = []
    landed = {s: 0 for s in order}
    attempts = 0
    for stage in order:
        while landed[stage] < kills and attempts < 20 * kills * len(order):
            attempts += 1
            if stage in manifest(ws):
                # A kill meant for this stage landed after it finished: start again from nothing.
                shutil.rmtree(ws, ignore_errors=True)
            before = manifest(ws)
            proc = subprocess.Popen([cli, "pipeline", "--workspace", ws] + args,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            staging = os.path.join(ws, ".staging-" + stage)
            while proc.poll() is None and not os.path.isdir(staging):
                time.sleep(0.002)
            if proc.poll() is not None:
                if proc.returncode != 0:
                    problems.append(f"a run ended with exit code {proc.returncode} before {stage} started")
                # The stage was current already: start over in a fresh workspace.
                shutil.rmtree(ws, ignore_errors=True)
                continue
            time.sleep(rng.uniform(0, durations[stage]))
            running = [n[len(".staging-"):] for n in os.listdir(ws) if n.startswith(".staging-")]
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            if running:
                landed[running[0]] = landed.get(running[0], 0) + 1
            check_finished_intact(ws, problems, f"after a kill in {running or 'between stages'}")
            check_not_rerun(before, manifest(ws), problems, "during the killed run")

    before = manifest(ws)
    last = run(cli, ws, args)
    if last.returncode != 0:
        problems.append("the final resume failed:\n" + last.stderr)
    check_not_rerun(before, manifest(ws), problems, "final resume")
    leftovers = [n for n in os.listdir(ws) if LEFTOVER.search(n)]
    if leftovers:
        problems.append(f"left behind after the resume: {leftovers}")
    expected, got = state(reference), state(ws)
    for name in sorted(set(expected) | set(got)):
        if expected.get(name) != got.get(name):
            problems.append(f"{name} differs from the uninterrupted run")

    print("stage       kills  reference seconds")
    for s in order:
        print(f"{s:<11} {landed.get(s, 0):>5}  {durations[s]:.2f}")
    print(f"kills: {sum(landed.values())} in {attempts} attempts; files compared: {len(expected)}")
    short = [s for s in order if landed.get(s, 0) < kills]
    if short:
        problems.append(f"fewer than {kills} kills landed in: {short}")
    for p in problems:
        print("FAIL:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Runs every stage, the report and the exports with a full disk, and checks what is left.

usage: check_full_disk.py CLI SCRATCH -- PIPELINE_ARGS...

PIPELINE_ARGS are the pipeline's options without --workspace. The script makes the workspace
stage by stage on the normal disk (the reference), keeping a copy after each stage. Then for each
stage it puts the copy from before that stage on a tmpfs barely larger than the copy (in a user
and mount namespace: `unshare -rm`, no root needed) and runs the pipeline up to that stage. Where
no namespace can be made, RLIMIT_FSIZE stands in for the small disk. Each run must:
- fail with a non-zero exit (not a signal), with a message that says "no space" and names a file
  in the workspace;
- leave every file the workspace had with the same SHA-256, and no temporary file;
- leave a workspace that is usable: the same stage run again on the normal disk succeeds and
  writes what the reference has.
The report (`report`) and the exports (`export`, NIR and TorchScript) are run the same way on
the finished workspace. Prints one line per case; exit 0 when every case holds.
"""
import hashlib
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys

LEFTOVER = re.compile(r"(^\.staging-)|(\.tmp-\d+$)")
PAGE = 4096


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def files_of(ws):
    out = {}
    for root, _, names in os.walk(ws):
        for name in names:
            path = os.path.join(root, name)
            out[os.path.relpath(path, ws)] = sha256(path)
    return out


def pages(ws):
    return sum((os.path.getsize(os.path.join(r, n)) + PAGE - 1) // PAGE for r, _, ns in os.walk(ws) for n in ns)


def namespaces_work():
    try:
        return subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode == 0
    except FileNotFoundError:
        return False


def run_full(use_tmpfs, base, mount, copy_out, command, spare_pages):
    """Runs `command` (which names `mount` as the workspace) on a copy of `base` in a place that
    is full after `spare_pages` more pages; leaves what it left in `copy_out`."""
    shutil.rmtree(copy_out, ignore_errors=True)
    os.makedirs(mount, exist_ok=True)
    if use_tmpfs:
        size = (pages(base) + spare_pages + 1) * PAGE
        quoted = " ".join("'" + a.replace("'", "'\\''") + "'" for a in command)
        script = (f"mount -t tmpfs -o size={size} tmpfs '{mount}' && cp -a '{base}/.' '{mount}/' && "
                  f"{{ {quoted}; echo $? > '{mount}.rc'; }}; cp -a '{mount}/.' '{copy_out}/'")
        os.makedirs(copy_out)
        proc = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True)
        with open(mount + ".rc") as f:
            rc = int(f.read())
        return rc, proc.stdout + proc.stderr
    # A file-size limit instead of a small disk: writes past it fail with EFBIG. It lets the run
    # rewrite settings.json (as every run does) and nothing larger.
    shutil.rmtree(mount, ignore_errors=True)
    shutil.copytree(base, mount)
    settings = os.path.join(base, "settings.json")
    limit = (os.path.getsize(settings) if os.path.exists(settings) else 0) + 64 + spare_pages * PAGE

    def limited():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    proc = subprocess.run(command, capture_output=True, text=True, preexec_fn=limited)
    shutil.copytree(mount, copy_out)
    return proc.returncode, proc.stdout + proc.stderr


def check(name, rc, output, base, left, mount, problems, rewritten=()):
    """`rewritten`: files the run rewrites before it meets the full disk; they must be whole JSON."""
    found = []
    if rc == 0:
        found.append("succeeded")
    elif rc < 0 or rc >= 128:
        found.append(f"died with signal {rc if rc < 0 else rc - 128}")
    # "error: FILE: ..." from the pipeline and the exports, "privatesnn-cli report: FILE: ..."
    message = next((l for l in output.splitlines() if l.startswith(("error:", "privatesnn-cli "))), "")
    if "no space" not in message or mount not in message:
        found.append(f"message does not say 'no space' naming a file in {mount}: {message or output[-300:]!r}")
    before, after = files_of(base), files_of(left)
    for f, digest in before.items():
        if f in rewritten:
            try:
                with open(os.path.join(left, f)) as j:
                    json.load(j)
            except (OSError, ValueError):
                found.append(f"{f}, rewritten by the run, is not whole")
        elif f not in (".lock", "settings.json") and after.get(f) != digest:
            found.append(f"{f} changed or went")
    leftovers = [f for f in after if LEFTOVER.search(os.path.basename(f))]
    if leftovers:
        found.append(f"left behind: {leftovers}")
    print(f"{name:<28} {'ok' if not found else 'FAIL'}  {message[:150]}")
    problems += [f"{name}: {p}" for p in found]


def main():
    split = sys.argv.index("--")
    cli, scratch = sys.argv[1], os.path.abspath(sys.argv[2])
    args = sys.argv[split + 1:]
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    use_tmpfs = namespaces_work()
    print("small disk:", "a tmpfs in a user and mount namespace" if use_tmpfs else "RLIMIT_FSIZE (no namespaces here)")

    # The reference, one stage at a time, with a copy before each stage.
    growing = os.path.join(scratch, "reference")
    proc = subprocess.run([cli, "pipeline", "--workspace", growing] + args, capture_output=True, text=True)
    if proc.returncode != 0:
        print("reference run failed:\n" + proc.stderr)
        return 1
    with open(os.path.join(growing, "manifest.json")) as f:
        made = json.load(f)
    stages = [s for s in made["stage_order"] if s in made["stages"]]
    shutil.rmtree(growing)
    os.makedirs(growing)
    before = {}
    for stage in stages:
        before[stage] = os.path.join(scratch, "before-" + stage)
        shutil.copytree(growing, before[stage])
        extra = ["--stop-after", stage] if stage != stages[-1] else []
        proc = subprocess.run([cli, "pipeline", "--workspace", growing] + args + extra, capture_output=True, text=True)
        if proc.returncode != 0:
            print(f"reference run up to {stage} failed:\n" + proc.stderr)
            return 1
    with open(os.path.join(growing, "manifest.json")) as f:
        reference = json.load(f)["stages"]

    problems = []
    mount = os.path.join(scratch, "disk")
    for stage in stages:
        left = os.path.join(scratch, "left-" + stage)
        extra = ["--stop-after", stage] if stage != stages[-1] else []
        rc, output = run_full(use_tmpfs, before[stage], mount, left,
                              [cli, "pipeline", "--workspace", mount] + args + extra, 0)
        check(f"pipeline, stage {stage}", rc, output, before[stage], left, mount, problems)
        # Still usable: the same run on the normal disk finishes the stage as the reference did.
        proc = subprocess.run([cli, "pipeline", "--workspace", left] + args + extra, capture_output=True, text=True)
        if proc.returncode != 0:
            problems.append(f"{stage}: the workspace is not usable afterwards:\n{proc.stderr[-500:]}")
            continue
        with open(os.path.join(left, "manifest.json")) as f:
            record = json.load(f)["stages"].get(stage, {})
        for name, digest in record.get("outputs", {}).items():
            if not name.endswith(".json") and reference[stage]["outputs"].get(name) != digest:
                problems.append(f"{stage}: {name} differs from the reference after the rerun")

    # In the pipeline the audit's first write is results.json, which the stages before it fill
    # in. With room for that (a workspace that ran without the audit has one), the audit's own
    # files meet the full disk.
    stage = stages[-1]
    base = os.path.join(scratch, "before-audit-results")
    shutil.copytree(before[stage], base)
    proc = subprocess.run([cli, "pipeline", "--workspace", base, "--no-audit"] + args, capture_output=True, text=True)
    if proc.returncode != 0:
        print("the run without the audit failed:\n" + proc.stderr)
        return 1
    room = (os.path.getsize(os.path.join(base, "results.json")) + PAGE - 1) // PAGE + 1
    left = os.path.join(scratch, "left-audit-files")
    rc, output = run_full(use_tmpfs, base, mount, left, [cli, "pipeline", "--workspace", mount] + args, room)
    check(f"pipeline, {stage}'s own files", rc, output, base, left, mount, problems, rewritten=("results.json",))

    # The report and the exports, writing into the finished workspace. NIR needs an SNN without
    # signed spikes or pixel coding: one converted beside the workspace.
    exportable = os.path.join(scratch, "direct.psnn")
    proc = subprocess.run([cli, "convert", "--model", os.path.join(growing, "ann.psnn"), "--synthetic",
                           os.path.join(growing, "synthetic.bin"), "--out", exportable, "--coding", "direct",
                           "--timesteps", "8", "--balance-images", "16"], capture_output=True, text=True)
    if proc.returncode != 0:
        print("conversion for the NIR export failed:\n" + proc.stderr)
        return 1
    has_report = subprocess.run([cli, "report", "--help"], capture_output=True).returncode == 0
    for name, command in [
        ("report", [cli, "report", "--workspace", mount] if has_report else None),
        ("export NIR", [cli, "export", "--model", exportable, "--format", "nir",
                        "--out", os.path.join(mount, "encrypted.nir")]),
        ("export TorchScript", [cli, "export", "--model", os.path.join(mount, "encrypted.psnn"), "--format",
                                "torchscript", "--out", os.path.join(mount, "encrypted.pt")]),
    ]:
        if command is None:
            print(f"{name:<28} not built (no GUI libraries)")
            continue
        left = os.path.join(scratch, "left-" + name.replace(" ", "-"))
        rc, output = run_full(use_tmpfs, growing, mount, left, command, 0)
        check(name, rc, output, growing, left, mount, problems)

    for p in problems:
        print("FAIL:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Writes the seed corpora of tests/fuzz/<harness>/ (run once; the seeds are committed).

usage: make_seeds.py BUILD_DIR
BUILD_DIR is a normal build whose tests have run: model seeds are made from its TorchScript and
ONNX test models with its privatesnn-cli, workspace seeds from its tiny workspace. Crashes found
by fuzzing are added by hand, as crash-<sha1> beside the seeds, and never removed.
"""
import gzip
import hashlib
import json
import os
import shutil
import struct
import subprocess
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SEPARATOR = b"\n=====\n"


def put(harness, name, data):
    os.makedirs(os.path.join(HERE, harness), exist_ok=True)
    with open(os.path.join(HERE, harness, name), "wb") as f:
        f.write(data)


def archive(entries):
    """The packed folder fuzz::unpackArchive() reads: path, newline, content; separated."""
    return SEPARATOR.join(path.encode() + b"\n" + data for path, data in entries)


def png(width, height, grey):
    rows = b"".join(b"\0" + bytes([(grey + x * 16 + y) % 256 for x in range(width)]) for y in range(height))

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def idx_pair(count, size):
    images = struct.pack(">IIII", 0x803, count, size, size) + bytes((i * 7) % 256 for i in range(count * size * size))
    labels = struct.pack(">II", 0x801, count) + bytes(i % 10 for i in range(count))
    return images, labels


def seal_psnn(header, data):
    text = json.dumps(header).encode()
    digest = hashlib.sha256(text + data).hexdigest().encode()
    return b"PSNNMODL" + struct.pack("<II", 2, len(text)) + digest + text + data


def read_psnn(path):
    raw = open(path, "rb").read()
    (length,) = struct.unpack("<I", raw[12:16])
    return json.loads(raw[80:80 + length]), raw[80 + length:]


def main(build):
    cli = os.path.join(build, "app", "privatesnn-cli")
    models = os.path.join(build, "tests", "torchscript-models")
    tiny = os.path.join(build, "tests", "tiny-workspace")

    text = b"name,mac_pj,ac_pj\n45nm,4.6,0.9\n"
    put("gzip", "plain", text)
    put("gzip", "gzipped", gzip.compress(text))
    put("gzip", "truncated", gzip.compress(text * 20)[:30])

    images, labels = idx_pair(3, 4)
    put("idx", "raw", images + labels)
    put("idx", "one-image", b"".join(idx_pair(1, 2)))

    put("cifar", "cifar10-two-records", b"".join(bytes([i]) + bytes((i + j) % 256 for j in range(3072)) for i in (3, 9)))
    put("cifar", "cifar100-one-record", bytes([4, 71]) + bytes(j % 256 for j in range(3072)))

    put("datasettree", "class-folders", archive([
        ("train/cat/a.png", png(4, 4, 10)), ("train/cat/b.png", png(4, 4, 60)),
        ("train/dog/c.png", png(4, 4, 120)), ("test/cat/d.png", png(4, 4, 30)), ("test/dog/e.png", png(4, 4, 200))]))
    put("datasettree", "flat-class-folders", archive([("ant/a.png", png(3, 3, 5)), ("bee/b.png", png(3, 3, 90))]))
    put("datasettree", "tinyimagenet", archive([
        ("wnids.txt", b"n01443537\nn01629819\n"),
        ("words.txt", b"n01443537\tgoldfish, Carassius auratus\nn01629819\tEuropean fire salamander\n"),
        ("train/n01443537/images/n01443537_0.JPEG", png(4, 4, 40)),
        ("train/n01629819/images/n01629819_0.JPEG", png(4, 4, 140)),
        ("val/images/val_0.JPEG", png(4, 4, 70)), ("val/images/val_1.JPEG", png(4, 4, 170)),
        ("val/val_annotations.txt", b"val_0.JPEG\tn01443537\t0\t0\t3\t3\nval_1.JPEG\tn01629819\t0\t0\t3\t3\n")]))

    put("energy", "named-columns", b"name,mac_pj,ac_pj,neuron_update_pj,source\n45nm,4.6,0.9,0.1,Horowitz 2014\nloihi,23.6,23.6,52,Davies 2018\n")
    put("energy", "no-header", b"custom,3.1,0.3\nother,1e1,2.5e-1,0\n")

    for name in ("onnx_pools", "onnx_sequential_op9", "onnx_resnet_cifar"):
        shutil.copy(os.path.join(models, name + ".onnx"), os.path.join(HERE, "onnx", name))

    os.makedirs(os.path.join(HERE, "psnn"), exist_ok=True)
    for source, norm in (("onnx_pools.onnx", []), ("scripted_resnet_cifar.pt", [])):
        out = os.path.join(HERE, "psnn", os.path.splitext(source)[0])
        subprocess.run([cli, "import", os.path.join(models, source), out + ".psnn"] + norm, check=True,
                       stdout=subprocess.DEVNULL)
        os.rename(out + ".psnn", out)
    header, data = read_psnn(os.path.join(HERE, "psnn", "onnx_pools"))
    header["snn"] = read_psnn(os.path.join(tiny, "converted.psnn"))[0]["snn"]
    put("psnn", "onnx_pools-snn-header", seal_psnn(header, data))

    shutil.copy(os.path.join(tiny, "synthetic.bin"), os.path.join(HERE, "synthetic", "tiny-workspace"))
    pixels = bytes(range(8))
    header = {"format": "privatesnn-synthetic", "channels": 1, "height": 2, "width": 2, "count": 2,
              "class_names": ["a", "b"], "labels": [0, 1], "intended": [0, 1], "confidence": [0.9, 0.8],
              "model_sha256": "0" * 64, "pixels_sha256": hashlib.sha256(pixels).hexdigest()}
    text = json.dumps(header).encode()
    put("synthetic", "two-images", b"PSNNSYNT" + struct.pack("<I", len(text)) + text + pixels)

    def workspace_files(names):
        return [(n, open(os.path.join(tiny, n), "rb").read()) for n in names]
    put("workspace", "tiny-workspace", archive(workspace_files(["manifest.json", "settings.json", "results.json"])))
    put("workspace", "manifest-only", archive(workspace_files(["manifest.json"])))
    put("report", "tiny-workspace-results", archive(workspace_files(
        ["manifest.json", "results.json", "evaluation.json", "energy.json"])))
    put("report", "tiny-workspace-audit", archive(workspace_files(["manifest.json", "audit.json"])))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])

#!/usr/bin/python3
"""The exported SNN in the tools it was exported for, on real test images: NIR through NIR's
reference reader and the NumPy simulation of tests/data/check_nir.py, TorchScript through
torch.jit.load. Prints each one's accuracy and how often its prediction agrees with the other's.

    PYTHONPATH=../shared/tools/nir-1.0.7 bench/export_check.py MODEL.nir MODEL.pt [N]
(Fashion-MNIST test split from Debian's dataset-fashion-mnist; the first N images, default 500.)
"""
import gzip
import os
import sys

import numpy as np
import torch

import nir

# The NumPy simulation the tests use; its file ends by checking the files it was given, which this
# script does not give it, so that last call is left out.
here = os.path.dirname(os.path.abspath(__file__))
checker = os.path.join(here, "..", "tests", "data", "check_nir.py")
check_nir = {}
exec(compile(open(checker).read().replace("\nmain()\n", "\n"), checker, "exec"), check_nir)


def idx(path):
    data = gzip.open(path).read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


nir_file, ts_file = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 500
root = "/usr/share/datasets/fashion-mnist"
images = idx(os.path.join(root, "t10k-images-idx3-ubyte.gz"))[:n].astype(np.float64) / 255.0
labels = idx(os.path.join(root, "t10k-labels-idx1-ubyte.gz"))[:n]
graph = nir.read(nir_file)
mean = np.asarray(graph.metadata["normalization_mean"]).reshape(1, -1, 1, 1)
std = np.asarray(graph.metadata["normalization_std"]).reshape(1, -1, 1, 1)
x = (images[:, None] - mean) / std
T = int(graph.metadata["timesteps"])
nir_pred = np.concatenate([check_nir["simulate"](graph, x[i:i + 100], T)[0].sum(0).argmax(1) for i in range(0, n, 100)])
module = torch.jit.load(ts_file)
with torch.no_grad():
    ts_pred = module(torch.tensor(x, dtype=torch.float32), T).sum(0).argmax(1).numpy()
print(f"{n} test images, T = {T}, {len(graph.nodes)} NIR nodes")
print(f"NIR (reference reader + NumPy): accuracy {np.mean(nir_pred == labels):.2%}")
print(f"TorchScript (torch.jit.load):   accuracy {np.mean(ts_pred == labels):.2%}")
print(f"the two agree on {np.mean(nir_pred == ts_pred):.2%} of the images")

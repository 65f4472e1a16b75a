#!/usr/bin/python3
"""Loads an exported TorchScript SNN with one torch.jit.load, runs forward(images, timesteps,
draws) and compares its output with the engine's simulation, given as raw float32 files.

    check_torchscript_snn.py FILE.pt CASE.json   (CASE.json: input, output, draws files, shapes)
Exit 0 when every step's output is identical, 1 with the largest difference otherwise.
"""
import json
import sys

import numpy as np
import torch

module = torch.jit.load(sys.argv[1])
with open(sys.argv[2]) as f:
    case = json.load(f)


def tensor(name):
    return torch.from_numpy(np.fromfile(case[name], dtype="<f4").reshape(case[name + "_shape"]).copy())


images, expected = tensor("input"), tensor("output")
draws = tensor("draws") if "draws" in case else None
with torch.no_grad():
    output = module(images, expected.shape[0], draws)
if output.shape != expected.shape or not torch.equal(output, expected):
    diff = (output - expected).abs().max().item() if output.shape == expected.shape else "shape " + str(output.shape)
    raise SystemExit(f"the TorchScript SNN's output differs from the engine's: {diff}")
print(f"{module.coding} coding, {expected.shape[0]} steps: the output equals the engine's")

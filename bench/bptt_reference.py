#!/usr/bin/python3
"""The PyTorch reference for bench_bptt: the same converted SNN (read from the .psnn that
bench_bptt wrote), the same T, batch, surrogate and soft reset, written as a PyTorch user writes an
SNN: every layer once per timestep, autograd through time. Prints image-steps per second for the
encryption step (BPTT with Adam) and for scenario-2 inversion (gradient to the pixels).
    bptt_reference.py SNN.psnn T BATCH STEPS [CODING=poisson] [THREADS=2]
Run with Debian's python3-torch (/usr/bin/python3)."""
import json
import struct
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F


def read_psnn(path):
    with open(path, "rb") as f:
        raw = f.read()
    if raw[:8] != b"PSNNMODL":
        raise SystemExit(f"bptt_reference.py: {path} is not a .psnn model")
    header_size = struct.unpack_from("<I", raw, 12)[0]
    header = json.loads(raw[16 + 64:16 + 64 + header_size])
    data = raw[16 + 64 + header_size:]
    tensors = {}
    for t in header["tensors"]:
        count = int(np.prod(t["shape"])) if t["shape"] else 1
        values = np.frombuffer(data, dtype="<f4", count=count, offset=t["offset"])
        tensors[t["name"]] = torch.from_numpy(values.copy()).reshape(t["shape"])
    return header, tensors


class Spike(torch.autograd.Function):
    """Heaviside forward, 0.3 * max(0, 1 - |x|) backward: the engine's surrogate."""

    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return (x > 0).to(x.dtype)

    @staticmethod
    def backward(ctx, grad):
        (x,) = ctx.saved_tensors
        return grad * 0.3 * torch.clamp(1.0 - x.abs(), min=0.0)


def make_forward(header, tensors, params):
    layers = header["layers"]
    start = header.get("snn", {}).get("initial_membrane", 0.0)

    def run(x, timesteps, coding, generator):
        membranes = {}
        total = 0
        for t in range(timesteps):
            if coding == "direct":
                h = x
            else:
                fire = torch.rand(x.shape, generator=generator) < x.abs()
                h = fire.to(x.dtype) * x.sign()
            for i, l in enumerate(layers):
                kind, name = l["type"], l["name"]
                if kind == "Conv2d":
                    h = F.conv2d(h, params[name + ".weight"], params.get(name + ".bias"), l["stride"], l["padding"],
                                 l.get("dilation", [1, 1]), l.get("groups", 1))
                elif kind == "Linear":
                    h = F.linear(h, params[name + ".weight"], params.get(name + ".bias"))
                elif kind == "AvgPool2d":
                    h = F.avg_pool2d(h, l["kernel"], l["stride"], l["padding"], l["ceil_mode"], l["count_include_pad"])
                elif kind == "Flatten":
                    h = h.flatten(1)
                elif kind == "Dropout":
                    pass
                elif kind == "ReLU":
                    theta = l["threshold"]
                    u = membranes.get(i)
                    u = h + start * theta if u is None else u + h
                    s = Spike.apply(u / theta - 1.0)
                    membranes[i] = u - s.detach() * theta
                    h = s * theta
                else:
                    raise SystemExit(f"bptt_reference.py: no {kind} layer here ({name})")
            total = total + h
        return total / timesteps

    return run


def main():
    path, T, batch, steps = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    coding = sys.argv[5] if len(sys.argv) > 5 else "poisson"
    torch.set_num_threads(int(sys.argv[6]) if len(sys.argv) > 6 else 2)
    header, tensors = read_psnn(path)
    classes = len(header["class_names"])
    torch.manual_seed(2)
    x = torch.randn([batch] + header["input_shape"])
    y = torch.randint(0, classes, (batch,))
    params = {k: v.clone().requires_grad_(True) for k, v in tensors.items()}
    run = make_forward(header, tensors, params)
    adam = torch.optim.Adam(list(params.values()), lr=1e-4, amsgrad=True)
    gen = torch.Generator().manual_seed(0)

    def train_step():
        loss = F.cross_entropy(run(x, T, coding, gen), y)
        adam.zero_grad()
        loss.backward()
        adam.step()

    frozen = {k: v.detach() for k, v in tensors.items()}
    invert_run = make_forward(header, tensors, frozen)

    def invert_step():
        pixels = x.detach().clone().requires_grad_(True)
        F.cross_entropy(invert_run(pixels, T, "direct", gen), y).backward()

    with torch.no_grad():
        check = invert_run(x[:1], 64, "direct", gen)[0]
    print("check: direct-coding output of image 0 at T = 64: " + " ".join(f"{v:.5f}" for v in check[:3].tolist()))
    for name, step in (("train (BPTT)", train_step), ("inversion", invert_step)):
        step()
        t0 = time.perf_counter()
        for _ in range(steps):
            step()
        seconds = time.perf_counter() - t0
        print(f"reference {name}: {batch * T * steps / seconds:.1f} image-steps/s")


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Loads an exported NIR file with NIR's reference reader and simulates the graph in NumPy with
NIR's documented semantics (edges into one node are summed; IF: v += r * I, spike when
v > v_threshold) and the conventions in the graph's metadata (reset by subtraction, dt = 1,
membrane start as a fraction of the threshold, direct input every step). Compares the output of
every step and each neuron node's spike count with the engine's, given as raw float32 files.

    check_nir.py FILE.nir CASE.json    (CASE.json: input, output files and shapes, spikes per neuron layer)
Exit 0 when they agree exactly, 1 with the first difference otherwise.
"""
import json
import sys

import numpy as np

import nir


def conv2d(x, node):
    w = node.weight.astype(np.float64)
    assert node.groups == 1, "the check handles groups = 1"
    (sh, sw), (ph, pw), (dh, dw) = node.stride, node.padding, node.dilation
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    kh, kw = w.shape[2:]
    oh = (xp.shape[2] - dh * (kh - 1) - 1) // sh + 1
    ow = (xp.shape[3] - dw * (kw - 1) - 1) // sw + 1
    out = np.zeros((x.shape[0], w.shape[0], oh, ow))
    for i in range(kh):
        for j in range(kw):
            patch = xp[:, :, i * dh:i * dh + sh * (oh - 1) + 1:sh, j * dw:j * dw + sw * (ow - 1) + 1:sw]
            out += np.einsum("bchw,oc->bohw", patch, w[:, :, i, j])
    return out + node.bias.astype(np.float64).reshape(1, -1, 1, 1)


def avg_pool2d(x, node):
    (kh, kw), (sh, sw) = node.kernel_size, node.stride
    assert tuple(node.padding) == (0, 0)
    oh, ow = (x.shape[2] - kh) // sh + 1, (x.shape[3] - kw) // sw + 1
    out = np.zeros((x.shape[0], x.shape[1], oh, ow))
    for i in range(kh):
        for j in range(kw):
            out += x[:, :, i:i + sh * (oh - 1) + 1:sh, j:j + sw * (ow - 1) + 1:sw]
    return out / (kh * kw)


def order(graph):
    incoming = {k: [a for a, b in graph.edges if b == k] for k in graph.nodes}
    done, out = set(), []
    while len(out) < len(graph.nodes):
        ready = [k for k in graph.nodes if k not in done and all(a in done for a in incoming[k])]
        assert ready, "the graph has a cycle"
        for k in sorted(ready):
            done.add(k)
            out.append(k)
    return out, incoming


def simulate(graph, images, timesteps):
    meta = graph.metadata
    assert meta["reset"] in ("subtract", b"subtract")
    start = float(meta["initial_membrane"])
    names, incoming = order(graph)
    membrane = {}
    spikes = {k: 0.0 for k, n in graph.nodes.items() if isinstance(n, (nir.IF, nir.LIF))}
    outputs = []
    for _ in range(timesteps):
        value = {}
        for k in names:
            n = graph.nodes[k]
            x = images if isinstance(n, nir.Input) else sum(value[a] for a in incoming[k])
            if isinstance(n, (nir.Input, nir.Output)):
                y = x
            elif isinstance(n, nir.Conv2d):
                y = conv2d(x, n)
            elif isinstance(n, nir.Affine):
                y = x @ n.weight.astype(np.float64).T + n.bias.astype(np.float64)
            elif isinstance(n, nir.Scale):
                y = x * n.scale.astype(np.float64)
            elif isinstance(n, nir.AvgPool2d):
                y = avg_pool2d(x, n)
            elif isinstance(n, nir.Flatten):
                y = x.reshape(x.shape[0], -1)
            elif isinstance(n, nir.IF):
                theta = n.v_threshold.astype(np.float64)
                v = membrane.get(k, np.broadcast_to(start * theta, x.shape).copy())
                v = v + n.r * x
                y = (v > theta).astype(np.float64)
                membrane[k] = v - y * theta
                spikes[k] += y.sum()
            else:
                raise SystemExit(f"node {k}: {type(n).__name__} is not simulated by this check")
            value[k] = y
            if isinstance(n, nir.Output):
                outputs.append(y)
    return np.stack(outputs), spikes


def main():
    graph = nir.read(sys.argv[1])
    with open(sys.argv[2]) as f:
        case = json.load(f)
    images = np.fromfile(case["input"], dtype="<f4").reshape(case["input_shape"]).astype(np.float64)
    expected = np.fromfile(case["output"], dtype="<f4").reshape(case["output_shape"]).astype(np.float64)
    expected_spikes = case["spikes"]
    assert graph.metadata["input_coding"] in ("direct", b"direct"), "the check feeds the image every step"
    output, spikes = simulate(graph, images, expected.shape[0])
    kinds = sorted({type(n).__name__ for n in graph.nodes.values()})
    adds = sum(1 for k in graph.nodes if sum(1 for a, b in graph.edges if b == k) == 2)
    print(f"read {len(graph.nodes)} nodes ({', '.join(kinds)}), {len(graph.edges)} edges, {adds} nodes with two inputs")
    if not np.array_equal(output, expected):
        diff = np.abs(output - expected).max()
        raise SystemExit(f"outputs differ from the engine's: largest difference {diff}")
    if spikes != expected_spikes:
        raise SystemExit(f"spike counts differ: NIR {spikes}, engine {expected_spikes}")
    if adds != case["residual_adds"]:
        raise SystemExit(f"{adds} nodes with two inputs, expected {case['residual_adds']}")
    print(f"outputs of {expected.shape[0]} steps and {len(spikes)} neuron layers' spike counts equal the engine's")


main()

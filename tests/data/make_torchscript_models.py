#!/usr/bin/python3
"""Writes the TorchScript and ONNX test models, as a PyTorch user would, into OUTDIR.

For every importable model it also writes the reference input and PyTorch's output as raw
little-endian float32 (<name>.input.f32, <name>.output.f32) with their shapes in models.json, so
the C++ tests compare against PyTorch itself. Run with Debian's /usr/bin/python3 (python3-torch, python3-onnx).
"""
import io
import json
import os
import sys
import zipfile
from typing import List, Tuple

import torch
import torch.nn as nn

torch.manual_seed(0)
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
index = {}


class VggLike(nn.Module):
    """features / avgpool / classifier with a view() in forward, like torchvision's VGG."""

    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 8, 3, padding=1, bias=False), nn.BatchNorm2d(8), nn.ReLU(inplace=True),
            nn.AvgPool2d(2), nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2, 2))
        self.avgpool = nn.AdaptiveAvgPool2d((2, 2))
        self.classifier = nn.Sequential(nn.Dropout(0.5), nn.Linear(16 * 2 * 2, 32), nn.ReLU(), nn.Linear(32, 5))

    def forward(self, x):
        x = self.features(x)
        x = self.avgpool(x)
        x = x.view(x.size(0), -1)
        return self.classifier(x)


class Misordered(nn.Module):
    """Declares fc before conv but runs conv first: not importable as a chain."""

    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4 * 8 * 8, 3)
        self.conv = nn.Conv2d(1, 4, 3, padding=1)

    def forward(self, x):
        return self.fc(torch.flatten(torch.relu(self.conv(x)) * 2.0, 1))


class Doubled(nn.Module):
    """Runs its submodules in order but doubles the result: shapes fit, numbers do not."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 4, 3, padding=1)
        self.flatten = nn.Flatten()
        self.fc = nn.Linear(4 * 8 * 8, 3)

    def forward(self, x):
        return self.fc(self.flatten(self.conv(x))) * 2.0


def randomize_bn(model):
    for m in model.modules():
        if isinstance(m, nn.BatchNorm2d):
            m.running_mean.uniform_(-0.5, 0.5)
            m.running_var.uniform_(0.5, 2.0)
            m.weight.data.uniform_(0.5, 1.5)
            m.bias.data.uniform_(-0.3, 0.3)


def write_reference(name, module, x):
    """The input x and PyTorch's output for it, for the C++ tests to compare against."""
    with torch.no_grad():
        y = module(x)
    x.numpy().astype("<f4").tofile(os.path.join(out, name + ".input.f32"))
    y.numpy().astype("<f4").tofile(os.path.join(out, name + ".output.f32"))
    index[name] = {"input_shape": list(x.shape), "output_shape": list(y.shape)}


def save(name, module, input_shape, how, reference=True):
    module.eval()
    x = torch.randn(*input_shape)
    scripted = torch.jit.script(module) if how == "script" else torch.jit.trace(module, x)
    path = os.path.join(out, name + ".pt")
    scripted.save(path)
    if reference:
        write_reference(name, module, x)


seq = nn.Sequential(nn.Conv2d(1, 6, 3, padding=1), nn.BatchNorm2d(6), nn.ReLU(), nn.MaxPool2d(2),
                    nn.Dropout(0.25), nn.Conv2d(6, 8, 3, stride=2, padding=1), nn.ReLU(), nn.Flatten(),
                    nn.Linear(8 * 7 * 7, 10))
randomize_bn(seq)
save("scripted_sequential", seq, (3, 1, 28, 28), "script")
save("traced_sequential", seq, (3, 1, 28, 28), "trace")

vgg = VggLike()
randomize_bn(vgg)
save("scripted_vgg_view", vgg, (2, 3, 32, 32), "script")
save("traced_vgg_view", vgg, (2, 3, 32, 32), "trace")

save("unsupported_gelu",
     nn.Sequential(nn.Conv2d(1, 4, 3), nn.ReLU(), nn.Conv2d(4, 4, 3), nn.GELU(), nn.Flatten(), nn.Linear(4 * 24 * 24, 2)),
     (1, 1, 28, 28), "script", reference=False)

nan_model = nn.Sequential(nn.Conv2d(1, 4, 3), nn.ReLU(), nn.Flatten(), nn.Linear(4 * 26 * 26, 3))
with torch.no_grad():
    nan_model[3].weight[0, 5] = float("nan")
save("nan_weights", nan_model, (1, 1, 28, 28), "script", reference=False)

save("misordered", Misordered(), (1, 1, 8, 8), "script", reference=False)
save("doubled", Doubled(), (1, 1, 8, 8), "script", reference=False)


# Hostile files: TorchScript runs a module's exported __setstate__ while loading it, and LibTorch's
# unpickler trusts its input. The workbench must survive each of these (model/importsandbox.h).
class Restoring(nn.Module):
    """A plain model whose state restores itself through __setstate__ when loaded."""

    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(784, 10)
        self.n = 0

    def forward(self, x):
        return self.fc(torch.flatten(x, 1))

    @torch.jit.export
    def __getstate__(self) -> Tuple[int, bool]:
        return (self.n, self.training)


class EndlessRestore(Restoring):
    """Loading never ends."""

    @torch.jit.export
    def __setstate__(self, state: Tuple[int, bool]) -> None:
        i = state[0]
        while i >= 0:
            i += 1
        self.n = i
        self.training = state[1]


class GreedyRestore(Restoring):
    """Loading allocates 64 MiB after 64 MiB, without end."""

    @torch.jit.export
    def __setstate__(self, state: Tuple[int, bool]) -> None:
        hoard: List[torch.Tensor] = []
        while state[0] >= 0:
            hoard.append(torch.ones(1 << 24))
        self.n = len(hoard)
        self.training = state[1]


torch.jit.script(EndlessRestore()).save(os.path.join(out, "hostile_endless_load.pt"))
torch.jit.script(GreedyRestore()).save(os.path.join(out, "hostile_greedy_load.pt"))

# A valid archive whose pickled module is one TUPLE1 opcode on an empty stack: LibTorch 1.13's
# unpickler reads below its stack and dies with SIGSEGV.
buffer = io.BytesIO()
torch.jit.save(torch.jit.script(nn.Sequential(nn.Flatten(), nn.Linear(784, 10))), buffer)
with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, \
        zipfile.ZipFile(os.path.join(out, "hostile_loader_crash.pt"), "w") as crafted:
    for item in source.infolist():
        data = b"\x80\x02\x85." if item.filename.endswith("/data.pkl") else source.read(item)
        crafted.writestr(item, data)



# Residual networks as PyTorch users write them.
class TorchvisionBlock(nn.Module):
    """torchvision's BasicBlock: one `relu` module called twice, `downsample` None or a Sequential."""

    def __init__(self, inplanes, planes, stride=1, downsample=None):
        super().__init__()
        self.conv1 = nn.Conv2d(inplanes, planes, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.relu = nn.ReLU(inplace=True)
        self.conv2 = nn.Conv2d(planes, planes, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)
        self.downsample = downsample

    def forward(self, x):
        identity = x
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        if self.downsample is not None:
            identity = self.downsample(x)
        out += identity
        return self.relu(out)


class TorchvisionResNet(nn.Module):
    def __init__(self, classes=10):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 8, 3, 1, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(8)
        self.relu = nn.ReLU(inplace=True)
        self.layer1 = nn.Sequential(TorchvisionBlock(8, 8))
        self.layer2 = nn.Sequential(TorchvisionBlock(8, 16, 2, nn.Sequential(nn.Conv2d(8, 16, 1, 2, bias=False),
                                                                              nn.BatchNorm2d(16))),
                                    TorchvisionBlock(16, 16))
        self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(16, classes)

    def forward(self, x):
        x = self.relu(self.bn1(self.conv1(x)))
        x = self.layer2(self.layer1(x))
        x = torch.flatten(self.avgpool(x), 1)
        return self.fc(x)


class CifarBlock(nn.Module):
    """The common CIFAR ResNet block: F.relu in forward, `shortcut` an empty or 1x1-conv Sequential."""

    def __init__(self, inp, out, stride=1):
        super().__init__()
        self.conv1 = nn.Conv2d(inp, out, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(out)
        self.conv2 = nn.Conv2d(out, out, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(out)
        self.shortcut = nn.Sequential()
        if stride != 1 or inp != out:
            self.shortcut = nn.Sequential(nn.Conv2d(inp, out, 1, stride, bias=False), nn.BatchNorm2d(out))

    def forward(self, x):
        out = torch.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        out = out + self.shortcut(x)
        return torch.relu(out)


class CifarResNet(nn.Module):
    def __init__(self, channels=1, classes=10):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(channels, 8, 3, 1, 1, bias=False), nn.BatchNorm2d(8), nn.ReLU())
        self.blocks = nn.Sequential(CifarBlock(8, 8), CifarBlock(8, 16, 2))
        self.head = nn.Sequential(nn.AvgPool2d(2), nn.Flatten(), nn.Linear(16 * 7 * 7, classes))

    def forward(self, x):
        return self.head(self.blocks(self.stem(x)))


class ScaledBlock(CifarBlock):
    """Halves the sum: not a plain add, so the importer must name the op it cannot follow."""

    def forward(self, x):
        return torch.relu((self.bn2(self.conv2(torch.relu(self.bn1(self.conv1(x))))) + self.shortcut(x)) * 0.5)


tv = TorchvisionResNet()
randomize_bn(tv)
save("scripted_resnet_torchvision", tv, (2, 3, 32, 32), "script")
save("traced_resnet_torchvision", tv, (2, 3, 32, 32), "trace")
cifar = CifarResNet()
randomize_bn(cifar)
save("scripted_resnet_cifar", cifar, (2, 1, 28, 28), "script")
save("traced_resnet_cifar", cifar, (2, 1, 28, 28), "trace")
scaled = nn.Sequential(nn.Conv2d(1, 8, 3, 1, 1), nn.ReLU(), ScaledBlock(8, 8), nn.Flatten(), nn.Linear(8 * 28 * 28, 3))
save("residual_scaled", scaled, (1, 1, 28, 28), "script", reference=False)

# ONNX files as torch.onnx.export writes them: fixed and dynamic batch, opsets 9 to 17, BN folded
# into the convs (the exporter's default in eval mode) or kept, and PyTorch's shape arithmetic.
import onnx  # noqa: E402


def save_onnx(name, module, input_shape, opset, dynamic=True, reference=True, **options):
    module.eval()
    x = torch.randn(*input_shape)
    axes = {"images": {0: "batch"}, "scores": {0: "batch"}} if dynamic is True else dynamic
    torch.onnx.export(module, x, os.path.join(out, name + ".onnx"), opset_version=opset, input_names=["images"],
                      output_names=["scores"], dynamic_axes=axes, **options)
    if reference:
        write_reference(name, module, x)


class MatMulHead(nn.Module):
    """A hand-written linear layer: x @ W + b exports as MatMul and Add, not Gemm."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 4, 3, stride=2)
        self.w = nn.Parameter(torch.randn(4 * 13 * 13, 6) * 0.05)
        self.b = nn.Parameter(torch.randn(6))

    def forward(self, x):
        return torch.flatten(torch.relu(self.conv(x)), 1) @ self.w + self.b


save_onnx("onnx_sequential_op9", seq, (3, 1, 28, 28), 9, dynamic=None)
save_onnx("onnx_sequential_bn_op13", seq, (3, 1, 28, 28), 13, training=torch.onnx.TrainingMode.PRESERVE,
          do_constant_folding=False)
save_onnx("onnx_sequential_op17", seq, (3, 1, 28, 28), 17)
save_onnx("onnx_vgg_view", vgg, (2, 3, 32, 32), 11)
pools = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(), nn.AvgPool2d(3, 2, 1),
                      nn.Conv2d(8, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.AdaptiveAvgPool2d(1),
                      nn.Flatten(), nn.Linear(8, 4))
randomize_bn(pools)
save_onnx("onnx_pools", pools, (2, 3, 16, 16), 13)
save_onnx("onnx_matmul_add", MatMulHead(), (2, 1, 28, 28), 13)
save_onnx("onnx_resnet_torchvision", tv, (2, 3, 32, 32), 13)
save_onnx("onnx_resnet_cifar", cifar, (2, 1, 28, 28), 17)
save_onnx("onnx_resnet_cifar_bn_op9", cifar, (2, 1, 28, 28), 9, training=torch.onnx.TrainingMode.PRESERVE,
          do_constant_folding=False)

# Files the importer must refuse, each with the node or reason it must name.
save_onnx("onnx_unsupported_gelu",
          nn.Sequential(nn.Conv2d(1, 4, 3), nn.ReLU(), nn.Conv2d(4, 4, 3), nn.GELU(), nn.Flatten(),
                        nn.Linear(4 * 24 * 24, 2)), (1, 1, 28, 28), 13, reference=False)
save_onnx("onnx_nan_weights", nan_model, (1, 1, 28, 28), 13, reference=False)
save_onnx("onnx_residual_scaled", scaled, (1, 1, 28, 28), 13, reference=False)
save_onnx("onnx_dynamic_size", seq, (1, 1, 28, 28), 13, reference=False,
          dynamic={"images": {0: "batch", 2: "height", 3: "width"}, "scores": {0: "batch"}})
with open(os.path.join(out, "onnx_sequential_op17.onnx"), "rb") as f:
    whole = f.read()
with open(os.path.join(out, "onnx_truncated.onnx"), "wb") as f:
    f.write(whole[:len(whole) // 2])
old = onnx.load(os.path.join(out, "onnx_sequential_op9.onnx"))
old.opset_import[0].version = 8
onnx.save(old, os.path.join(out, "onnx_opset8.onnx"))

# For the import check (model/importcheck.cpp): a classifier whose accuracy under each
# normalisation is known analytically, and one trained on normalised Fashion-MNIST images.
class Brightness(nn.Module):
    """Class 1 when the mean of the normalised pixels is positive: with pixels mapped to [-1, 1]
    (mean 0.5, std 0.5) that is a mean brightness above 0.5; with mean m, std s it is above m.
    Ten outputs, as an IDX test split has ten classes; classes 2-9 never win."""

    def __init__(self):
        super().__init__()
        self.flat = nn.Flatten()
        self.fc = nn.Linear(64, 10)
        with torch.no_grad():
            self.fc.weight.zero_()
            self.fc.weight[0].fill_(-1.0 / 64)
            self.fc.weight[1].fill_(1.0 / 64)
            self.fc.bias.fill_(-100.0)
            self.fc.bias[:2].zero_()

    def forward(self, x):
        return self.fc(self.flat(x))


torch.jit.script(Brightness().eval()).save(os.path.join(out, "brightness_minus_one_one.pt"))


def read_idx(path):
    import gzip
    import numpy as np
    with gzip.open(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


fashion = "/usr/share/datasets/fashion-mnist"
if os.path.exists(os.path.join(fashion, "train-images-idx3-ubyte.gz")):
    # A PyTorch user's script: torchvision-style Normalize((0.2860,), (0.3530,)) before the model.
    images = torch.tensor(read_idx(os.path.join(fashion, "train-images-idx3-ubyte.gz"))[:6000], dtype=torch.float32)
    labels = torch.tensor(read_idx(os.path.join(fashion, "train-labels-idx1-ubyte.gz"))[:6000], dtype=torch.int64)
    x = ((images / 255.0 - 0.2860) / 0.3530).unsqueeze(1)
    net = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.AvgPool2d(2),
                        nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(), nn.AvgPool2d(2), nn.Flatten(),
                        nn.Linear(16 * 7 * 7, 10))
    torch.set_num_threads(2)
    opt = torch.optim.Adam(net.parameters(), lr=2e-3)
    for epoch in range(2):
        perm = torch.randperm(len(x))
        for i in range(0, len(x), 64):
            idx = perm[i:i + 64]
            opt.zero_grad()
            nn.functional.cross_entropy(net(x[idx]), labels[idx]).backward()
            opt.step()
    torch.jit.script(net.eval()).save(os.path.join(out, "fmnist_normalised.pt"))

with open(os.path.join(out, "models.json"), "w") as f:
    json.dump(index, f, indent=1)
print("wrote", len(os.listdir(out)), "files to", out)

#!/usr/bin/env python3
"""Trains the models the conversion benchmarks hold the workbench to, as a PyTorch user would, and
saves them as TorchScript and ONNX, the same weights in both (run with Debian's python3-torch:
/usr/bin/python3).

  make_bench_models.py OUT_DIR [--epochs N] [--tiny] [--only NAME]

vgg_bn_maxpool.pt   torchvision-style VGG for Fashion-MNIST: Conv-BN-ReLU blocks, MaxPool2d,
                    AdaptiveAvgPool2d, Flatten, Dropout (features / avgpool / classifier)
paper_avgpool.pt    the paper's style: no BatchNorm, no biases, average pooling
resnet_basicblock.pt  a torchvision-style ResNet: BasicBlocks (one relu module called twice,
                    downsample None or 1x1 conv + BN), 16-32-64 wide, global average pooling
Each NAME.pt has a NAME.onnx beside it (torch.onnx.export, opset 13, batch size dynamic).
All take images normalised with Fashion-MNIST's mean 0.2860 and std 0.3530; OUT_DIR/models.json
records their accuracy on the test set as PyTorch computes it. --tiny trains narrow versions on
6,000 images for the test suite.
"""
import argparse, gzip, json, os, time
import numpy as np
import torch
import torch.nn as nn

MEAN, STD = 0.2860, 0.3530
DATA = '/usr/share/datasets/fashion-mnist'


def idx(path):
    with gzip.open(path, 'rb') as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], 'big') for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def load(split):
    prefix = 'train' if split == 'train' else 't10k'
    x = idx(f'{DATA}/{prefix}-images-idx3-ubyte.gz').astype(np.float32) / 255.0
    y = idx(f'{DATA}/{prefix}-labels-idx1-ubyte.gz').astype(np.int64)
    return torch.from_numpy((x[:, None] - MEAN) / STD), torch.from_numpy(y)


class VGG(nn.Module):
    def __init__(self, w):
        super().__init__()
        def block(i, o):
            return [nn.Conv2d(i, o, 3, padding=1), nn.BatchNorm2d(o), nn.ReLU(inplace=True)]
        self.features = nn.Sequential(*block(1, w), *block(w, w), nn.MaxPool2d(2, 2),
                                      *block(w, 2 * w), *block(2 * w, 2 * w), nn.MaxPool2d(2, 2))
        self.avgpool = nn.AdaptiveAvgPool2d((7, 7))
        self.classifier = nn.Sequential(nn.Linear(2 * w * 49, 128), nn.ReLU(True), nn.Dropout(0.3), nn.Linear(128, 10))

    def forward(self, x):
        x = self.features(x)
        x = self.avgpool(x)
        x = torch.flatten(x, 1)
        return self.classifier(x)


class BasicBlock(nn.Module):
    def __init__(self, inp, out, stride):
        super().__init__()
        self.conv1 = nn.Conv2d(inp, out, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(out)
        self.relu = nn.ReLU(inplace=True)
        self.conv2 = nn.Conv2d(out, out, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(out)
        self.downsample = None
        if stride != 1 or inp != out:
            self.downsample = nn.Sequential(nn.Conv2d(inp, out, 1, stride, bias=False), nn.BatchNorm2d(out))

    def forward(self, x):
        identity = x
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        if self.downsample is not None:
            identity = self.downsample(x)
        out += identity
        return self.relu(out)


class ResNet(nn.Module):
    def __init__(self, w):
        super().__init__()
        self.conv1 = nn.Conv2d(1, w, 3, 1, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(w)
        self.relu = nn.ReLU(inplace=True)
        self.layer1 = nn.Sequential(BasicBlock(w, w, 1))
        self.layer2 = nn.Sequential(BasicBlock(w, 2 * w, 2))
        self.layer3 = nn.Sequential(BasicBlock(2 * w, 4 * w, 2))
        self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(4 * w, 10)

    def forward(self, x):
        x = self.relu(self.bn1(self.conv1(x)))
        x = self.layer3(self.layer2(self.layer1(x)))
        return self.fc(torch.flatten(self.avgpool(x), 1))


def paper(w):
    return nn.Sequential(nn.Conv2d(1, w, 3, padding=1, bias=False), nn.ReLU(), nn.AvgPool2d(2),
                         nn.Conv2d(w, 2 * w, 3, padding=1, bias=False), nn.ReLU(), nn.AvgPool2d(2),
                         nn.Flatten(), nn.Dropout(0.2), nn.Linear(2 * w * 49, 128, bias=False), nn.ReLU(),
                         nn.Linear(128, 10, bias=False))


def train(model, x, y, epochs, seed):
    torch.manual_seed(seed)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, epochs * ((len(x) + 127) // 128))
    for _ in range(epochs):
        model.train()
        perm = torch.randperm(len(x))
        for i in range(0, len(x), 128):
            b = perm[i:i + 128]
            opt.zero_grad()
            nn.functional.cross_entropy(model(x[b]), y[b]).backward()
            opt.step()
            sched.step()
    model.eval()


def accuracy(model, x, y):
    with torch.no_grad():
        return float(sum((model(x[i:i + 500]).argmax(1) == y[i:i + 500]).sum() for i in range(0, len(x), 500)) / len(x))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('out')
    ap.add_argument('--epochs', type=int, default=3)
    ap.add_argument('--tiny', action='store_true')
    ap.add_argument('--only', help='train only this model')
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    torch.set_num_threads(os.cpu_count())
    x, y = load('train')
    xt, yt = load('test')
    if a.tiny:
        x, y, xt, yt = x[:6000], y[:6000], xt[:1000], yt[:1000]
    width = 8 if a.tiny else 32
    record = {}
    models = [('vgg_bn_maxpool', lambda: VGG(width)), ('paper_avgpool', lambda: paper(width)),
              ('resnet_basicblock', lambda: ResNet(width // 2))]
    for name, make in models:
        if a.only and name != a.only:
            continue
        t0 = time.time()
        torch.manual_seed(1)
        model = make()
        train(model, x, y, a.epochs, 1)
        torch.jit.script(model).save(os.path.join(a.out, name + '.pt'))
        torch.onnx.export(model, x[:2], os.path.join(a.out, name + '.onnx'), opset_version=13,
                          input_names=['images'], output_names=['scores'],
                          dynamic_axes={'images': {0: 'batch'}, 'scores': {0: 'batch'}})
        record[name] = {'test_accuracy': accuracy(model, xt, yt), 'test_images': len(xt), 'epochs': a.epochs,
                        'train_images': len(x), 'seconds': round(time.time() - t0, 1), 'width': width}
        print(name, record[name], flush=True)
    path = os.path.join(a.out, 'models.json')
    if os.path.exists(path):  # --only keeps what the other models recorded
        with open(path) as f:
            record = {**json.load(f), **record}
    with open(path, 'w') as f:
        json.dump(record, f, indent=1)


if __name__ == '__main__':
    main()

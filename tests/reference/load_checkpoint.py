#!/usr/bin/python3
"""PyTorch side of tests/Siamese.Lib.Tests/Training/CheckpointPyTorchTests.cs: loads a checkpoint the suite wrote
(safetensors) into the same Siamese network built in PyTorch, runs it on the inputs the test saved, and writes the
distances it computes, so the C# test can compare them with its own.

    /usr/bin/python3 tests/reference/load_checkpoint.py CHECKPOINT INPUTS OUTPUT_JSON

CHECKPOINT and INPUTS are safetensors files (INPUTS holds "left" and "right", (batch, 1, 28, 28) float32). The
network is Siamese.Lib's SiameseNetwork(SmallCnn(embeddingSize 8, channels (4, 8), hidden 16), EuclideanDistanceHead)
with the same parameter names; load_state_dict(strict=True) fails on any missing or extra name. Debian's PyTorch 1.13
has no safetensors package, so the format (an 8-byte header length, a JSON header, raw little-endian data) is read here.
"""
import json
import struct
import sys

import numpy as np
import torch
from torch import nn

DTYPES = {"F32": np.float32, "F64": np.float64, "I64": np.int64, "I32": np.int32, "U8": np.uint8}


def read_safetensors(path):
    with open(path, "rb") as f:
        blob = f.read()
    size, = struct.unpack_from("<Q", blob, 0)
    header = json.loads(blob[8:8 + size])
    data = blob[8 + size:]
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        array = np.frombuffer(data[start:end], dtype=DTYPES[info["dtype"]]).reshape(info["shape"])
        tensors[name] = torch.from_numpy(array.copy())
    return tensors


class SmallCnn(nn.Module):
    def __init__(self, embedding=8, channels=(4, 8), hidden=16, side=28):
        super().__init__()
        c1, c2 = channels
        flat = c2 * (side // 4) * (side // 4)
        self.layers = nn.Sequential()
        for name, module in [("conv1", nn.Conv2d(1, c1, 3, padding=1)), ("relu1", nn.ReLU()), ("pool1", nn.MaxPool2d(2)),
                             ("conv2", nn.Conv2d(c1, c2, 3, padding=1)), ("relu2", nn.ReLU()), ("pool2", nn.MaxPool2d(2)),
                             ("flatten", nn.Flatten()), ("fc1", nn.Linear(flat, hidden)), ("relu3", nn.ReLU()),
                             ("embedding", nn.Linear(hidden, embedding))]:
            self.layers.add_module(name, module)

    def forward(self, x):
        return self.layers(x)


class Siamese(nn.Module):
    def __init__(self, epsilon):
        super().__init__()
        self.encoder = SmallCnn()
        self.epsilon = epsilon

    def forward(self, left, right):
        return nn.functional.pairwise_distance(self.encoder(left), self.encoder(right), 2.0, self.epsilon)


def main(checkpoint, inputs, output):
    io = read_safetensors(inputs)
    model = Siamese(float(io["epsilon"].item()))
    model.load_state_dict(read_safetensors(checkpoint), strict=True)
    model.eval()
    with torch.no_grad():
        distances = model(io["left"], io["right"])
    json.dump({"distances": distances.double().tolist(), "torch": torch.__version__}, open(output, "w"))


if __name__ == "__main__":
    main(*sys.argv[1:4])

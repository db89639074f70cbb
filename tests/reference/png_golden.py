#!/usr/bin/python3
"""Golden PNG fixtures for tests/Siamese.Lib.Tests/Data/PngReaderTests.cs.

Writes small PNGs with PIL (an independent encoder) in every colour type / bit depth the decoder claims,
with the pixel values PIL decodes them to (reduced to 8 bits the way the decoder documents: 1/2/4-bit gray
scaled to 0-255, 16-bit -> high byte, palette -> RGB). Run with Debian's python3 (PIL 9.4):
    /usr/bin/python3 tests/reference/png_golden.py > tests/Siamese.Lib.Tests/Data/png_golden.json
"""
import base64, io, json, random
from PIL import Image

W, H = 13, 7  # rows not byte-aligned at low bit depths
rng = random.Random(1234)
cases = []

def add(name, img, expected, channels, **save):
    buf = io.BytesIO()
    img.save(buf, format="PNG", **save)
    # "gray": what PIL's convert("L") gives (ITU-R BT.601 luma, alpha dropped); for 16-bit gray PIL clips instead
    # of scaling, so the high byte stands in (what an 8-bit pipeline sees).
    gray = [v >> 8 for v in expected] if img.mode == "I;16" else list(img.convert("L").getdata())
    cases.append({"name": name, "width": W, "height": H, "channels": channels,
                  "png": base64.b64encode(buf.getvalue()).decode(), "expected": expected, "gray": gray})

# 1-bit grayscale (Omniglot's format)
bits = [rng.randrange(2) for _ in range(W * H)]
img = Image.new("1", (W, H)); img.putdata([b * 255 for b in bits])
add("gray1", img, [b * 255 for b in bits], 1)
# 8-bit grayscale
vals = [rng.randrange(256) for _ in range(W * H)]
img = Image.new("L", (W, H)); img.putdata(vals)
add("gray8", img, vals, 1)
# 16-bit grayscale
vals16 = [rng.randrange(65536) for _ in range(W * H)]
img = Image.new("I;16", (W, H)); img.putdata(vals16)
add("gray16", img, [v >> 8 for v in vals16], 1)
# (PIL cannot write 2/4-bit grayscale or Adam7; the tests' own encoder covers those.)
# RGB, RGBA, LA
rgb = [tuple(rng.randrange(256) for _ in range(3)) for _ in range(W * H)]
img = Image.new("RGB", (W, H)); img.putdata(rgb)
add("rgb8", img, [c for p in rgb for c in p], 3)
rgba = [tuple(rng.randrange(256) for _ in range(4)) for _ in range(W * H)]
img = Image.new("RGBA", (W, H)); img.putdata(rgba)
add("rgba8", img, [c for p in rgba for c in p], 4)
la = [tuple(rng.randrange(256) for _ in range(2)) for _ in range(W * H)]
img = Image.new("LA", (W, H)); img.putdata(la)
add("graya8", img, [c for p in la for c in p], 2)
# palette at 1, 2, 4, 8 bits
for depth in (1, 2, 4, 8):
    n = 1 << depth
    pal = [rng.randrange(256) for _ in range(3 * n)]
    idx = [rng.randrange(n) for _ in range(W * H)]
    img = Image.new("P", (W, H)); img.putpalette(pal + [0] * (768 - len(pal))); img.putdata(idx)
    add(f"palette{depth}", img, [pal[3 * i + c] for i in idx for c in range(3)], 3, bits=depth)

# check: what PIL itself reads back (8-bit reduction) equals the expectation, and record the header's depth/type
for c in cases:
    raw = base64.b64decode(c["png"])
    c["bit_depth"], c["color_type"], c["interlace"] = raw[24], raw[25], raw[28]
print(json.dumps({"generator": "tests/reference/png_golden.py (PIL " + Image.__version__ + ")", "cases": cases}, separators=(",", ":")))

#!/usr/bin/python3
"""Golden values for AffineMatrix.ToAffineGridTheta and ImageAugmenter's CPU warp (AugmentationTests.cs).

For forward maps in pixel coordinates (about the image centre), theta = N . inverse(M) . N^-1 with
N the pixel->normalized map of align_corners=False; PyTorch's affine_grid + grid_sample (bilinear, zeros
padding) then produces the expected warped image.
    /usr/bin/python3 tests/reference/affine_golden.py > tests/Siamese.Lib.Tests/Data/affine_golden.json
"""
import json, math
import torch
import torch.nn.functional as F

W, H = 15, 11
cx, cy = (W - 1) / 2, (H - 1) / 2

def mat(a, b, c, d, e, f): return torch.tensor([[a, b, c], [d, e, f], [0, 0, 1]], dtype=torch.float64)
def about(m): return mat(1, 0, cx, 0, 1, cy) @ m @ mat(1, 0, -cx, 0, 1, -cy)
def rot(deg):
    r = math.radians(deg); return mat(math.cos(r), -math.sin(r), 0, math.sin(r), math.cos(r), 0)

cases = {
    "translate(2,-1)": mat(1, 0, 2, 0, 1, -1),
    "rotate(90)": about(rot(90)),
    "rotate(-17)": about(rot(-17)),
    "scale(1.2,0.8)": about(mat(1.2, 0, 0, 0, 0.8, 0)),
    "shear(0.3,-0.2)": about(mat(1, 0.3, 0, -0.2, 1, 0)),
}
to_pixel = mat(W / 2, 0, (W - 1) / 2, 0, H / 2, (H - 1) / 2)
g = torch.Generator().manual_seed(0)
image = torch.rand(1, 1, H, W, generator=g, dtype=torch.float64)
out = {"width": W, "height": H, "image": image.flatten().tolist(), "cases": []}
for name, m in cases.items():
    theta = torch.linalg.inv(to_pixel) @ torch.linalg.inv(m) @ to_pixel
    grid = F.affine_grid(theta[:2].unsqueeze(0), (1, 1, H, W), align_corners=False)
    warped = F.grid_sample(image, grid, mode="bilinear", padding_mode="zeros", align_corners=False)
    out["cases"].append({"name": name, "forward": m[:2].flatten().tolist(), "theta": theta[:2].flatten().tolist(),
                         "warped": warped.flatten().tolist()})
print(json.dumps(out, separators=(",", ":")))

namespace Siamese.Lib.Data;

/// <summary>
/// A 2-D affine map in pixel coordinates (x to the right, y down, pixel centres at integers):
/// <c>x' = A·x + B·y + C</c>, <c>y' = D·x + E·y + F</c>. Augmentations build the forward map (where a
/// source pixel goes) and warp by sampling the source at the inverse map of each output pixel.
/// </summary>
/// <param name="A">x coefficient of x'.</param>
/// <param name="B">y coefficient of x'.</param>
/// <param name="C">constant of x'.</param>
/// <param name="D">x coefficient of y'.</param>
/// <param name="E">y coefficient of y'.</param>
/// <param name="F">constant of y'.</param>
public readonly record struct AffineMatrix(double A, double B, double C, double D, double E, double F)
{
    /// <summary>The identity map.</summary>
    public static AffineMatrix Identity => new(1, 0, 0, 0, 1, 0);

    /// <summary>A shift by (<paramref name="dx"/>, <paramref name="dy"/>) pixels.</summary>
    public static AffineMatrix Translation(double dx, double dy) => new(1, 0, dx, 0, 1, dy);

    /// <summary>
    /// A rotation by <paramref name="degrees"/> about the origin; positive turns x towards y, which on screen
    /// (y down) is clockwise.
    /// </summary>
    public static AffineMatrix Rotation(double degrees)
    {
        var r = degrees * Math.PI / 180;
        return new(Math.Cos(r), -Math.Sin(r), 0, Math.Sin(r), Math.Cos(r), 0);
    }

    /// <summary>A shear: x' = x + <paramref name="shearX"/>·y, y' = <paramref name="shearY"/>·x + y.</summary>
    public static AffineMatrix Shear(double shearX, double shearY) => new(1, shearX, 0, shearY, 1, 0);

    /// <summary>A scaling about the origin.</summary>
    public static AffineMatrix Scale(double sx, double sy) => new(sx, 0, 0, 0, sy, 0);

    /// <summary>The map that applies <paramref name="first"/> and then this one.</summary>
    public AffineMatrix After(AffineMatrix first) => new(
        A * first.A + B * first.D, A * first.B + B * first.E, A * first.C + B * first.F + C,
        D * first.A + E * first.D, D * first.B + E * first.E, D * first.C + E * first.F + F);

    /// <summary>This map conjugated to act about (<paramref name="cx"/>, <paramref name="cy"/>) instead of the origin.</summary>
    public AffineMatrix About(double cx, double cy) => Translation(cx, cy).After(this).After(Translation(-cx, -cy));

    /// <summary>The inverse map; throws when the map is singular.</summary>
    public AffineMatrix Inverse()
    {
        var det = A * E - B * D;
        if (Math.Abs(det) < 1e-12)
        {
            throw new InvalidOperationException("singular affine map");
        }
        var ia = E / det;
        var ib = -B / det;
        var id = -D / det;
        var ie = A / det;
        return new(ia, ib, -(ia * C + ib * F), id, ie, -(id * C + ie * F));
    }

    /// <summary>The image of the point (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public (double X, double Y) Apply(double x, double y) => (A * x + B * y + C, D * x + E * y + F);

    /// <summary>
    /// The 2 × 3 <c>theta</c> of PyTorch's <c>affine_grid(theta, size, align_corners: false)</c> that makes
    /// <c>grid_sample</c> perform this forward map on a <paramref name="width"/> × <paramref name="height"/>
    /// image: theta maps OUTPUT normalized coordinates (−1 … 1 across the pixel edges) to INPUT ones, so it
    /// is the inverse map expressed in normalized coordinates. Row-major [t00, t01, t02, t10, t11, t12].
    /// </summary>
    public float[] ToAffineGridTheta(int width, int height)
    {
        // pixel x = ((u + 1)·W − 1) / 2  <=>  u = (2x + 1) / W − 1
        var toPixel = new AffineMatrix(width / 2.0, 0, (width - 1) / 2.0, 0, height / 2.0, (height - 1) / 2.0);
        var theta = toPixel.Inverse().After(Inverse()).After(toPixel);
        return [(float)theta.A, (float)theta.B, (float)theta.C, (float)theta.D, (float)theta.E, (float)theta.F];
    }
}

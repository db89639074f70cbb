using static TorchSharp.torch;

namespace Siamese.Lib.Evaluation;

/// <summary>
/// Principal component analysis of a set of row vectors (embeddings), for looking at them in two dimensions.
/// The engine has no SVD or eigen-solver, so the leading eigenvectors of the covariance matrix (D x D) are found
/// by power iteration with deflation, in float64: each iteration is one matrix-vector product, and for the
/// handful of components a plot needs this converges in well under a second for D up to a few thousand.
/// Signs follow scikit-learn's convention (each component's largest-magnitude entry is positive), so results are
/// deterministic. Holds three tensors; dispose it.
/// </summary>
public sealed class Pca : IDisposable
{
    /// <summary>Power-iteration steps per component before giving up on the tolerance.</summary>
    public const int DefaultMaxIterations = 2000;

    /// <summary>Convergence: change of the unit eigenvector estimate (L2) between two iterations.</summary>
    public const double DefaultTolerance = 1e-10;

    /// <summary>Seed of the power iteration's start vector, fixed so that results are reproducible.</summary>
    private const int StartSeed = 12345;

    private Pca(Tensor mean, Tensor components, double[] variance, double totalVariance)
    {
        Mean = mean;
        Components = components;
        ExplainedVariance = variance;
        TotalVariance = totalVariance;
    }

    /// <summary>The mean of the fitted rows, shape (D), float64.</summary>
    public Tensor Mean { get; }

    /// <summary>The principal axes as rows, shape (k, D), float64, unit length, in order of decreasing variance.</summary>
    public Tensor Components { get; }

    /// <summary>Variance of the data along each component (the covariance eigenvalues, n - 1 denominator).</summary>
    public IReadOnlyList<double> ExplainedVariance { get; }

    /// <summary>The total variance (trace of the covariance).</summary>
    public double TotalVariance { get; }

    /// <summary>Each component's share of the total variance.</summary>
    public IReadOnlyList<double> ExplainedVarianceRatio =>
        [.. ExplainedVariance.Select(v => TotalVariance > 0 ? v / TotalVariance : 0)];

    /// <summary>Fits <paramref name="components"/> principal axes to the rows of <paramref name="data"/> (N, D).</summary>
    /// <param name="data">At least two rows of any floating dtype, on any device (copied to the CPU in float64).</param>
    /// <param name="components">Number of axes, 1..D.</param>
    /// <param name="maxIterations">Power-iteration steps per component at most.</param>
    /// <param name="tolerance">Stop when the estimate moves less than this.</param>
    public static Pca Fit(Tensor data, int components = 2, int maxIterations = DefaultMaxIterations, double tolerance = DefaultTolerance)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.ndim != 2 || data.shape[0] < 2)
        {
            throw new ArgumentException($"PCA needs a matrix of at least two rows (N, D); got [{string.Join(", ", data.shape)}].", nameof(data));
        }
        var dimensions = data.shape[1];
        ArgumentOutOfRangeException.ThrowIfLessThan(components, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(components, dimensions);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);

        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var x = data.detach().to(ScalarType.Float64, CPU);
        var mean = x.mean([0L]);
        var centred = x - mean;
        var covariance = centred.t().mm(centred) / (double)(data.shape[0] - 1);
        var total = centred.square().sum().item<double>() / (data.shape[0] - 1);
        var axes = new List<Tensor>();
        var variances = new double[components];
        for (var k = 0; k < components; k++)
        {
            var (axis, eigenvalue) = LeadingEigenvector(covariance, axes, maxIterations, tolerance);
            axes.Add(axis);
            variances[k] = Math.Max(0, eigenvalue);
            // Deflation: remove the found direction so the next power iteration finds the next one.
            covariance = covariance - eigenvalue * axis.unsqueeze(1).mm(axis.unsqueeze(0));
        }
        var result = new Pca(mean.MoveToOuterDisposeScope(), stack(axes).MoveToOuterDisposeScope(), variances, total);
        return result;
    }

    /// <summary>Projects rows (N, D) onto the components: (N, k), float64 on the CPU.</summary>
    /// <param name="data">Rows with the fitted dimension D.</param>
    public Tensor Transform(Tensor data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.ndim != 2 || data.shape[1] != Mean.shape[0])
        {
            throw new ArgumentException($"expected rows of {Mean.shape[0]} values (N, {Mean.shape[0]}); got [{string.Join(", ", data.shape)}].", nameof(data));
        }
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var projected = (data.detach().to(ScalarType.Float64, CPU) - Mean).mm(Components.t());
        return projected.MoveToOuterDisposeScope();
    }

    /// <summary>Fits and projects in one go: the (N, k) coordinates of <paramref name="data"/>'s rows.</summary>
    /// <param name="data">The rows (N, D).</param>
    /// <param name="components">Number of axes.</param>
    public static Tensor Project(Tensor data, int components = 2)
    {
        using var pca = Fit(data, components);
        return pca.Transform(data);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Mean.Dispose();
        Components.Dispose();
    }

    private static (Tensor Axis, double Eigenvalue) LeadingEigenvector(Tensor matrix, List<Tensor> found, int maxIterations, double tolerance)
    {
        // A fixed pseudo-random start: a structured one (a column, a coordinate axis) can be an exact eigenvector
        // of a lower eigenvalue, and power iteration would stay there.
        var random = new Random(StartSeed + found.Count);
        var start = Enumerable.Range(0, (int)matrix.shape[0]).Select(_ => random.NextDouble() - 0.5).ToArray();
        var v = Orthogonalize(tensor(start), found);
        v = v / v.norm().item<double>();
        for (var i = 0; i < maxIterations; i++)
        {
            // Keeping the estimate orthogonal to the axes already found protects against rounding left by the
            // deflation, and against degenerate data (zero variance) returning the same axis twice.
            var next = Orthogonalize(MatVec(matrix, v), found);
            var length = next.norm().item<double>();
            if (length == 0)
            {
                break;
            }
            next = next / length;
            // The eigenvalue may be negative after deflation rounding; compare up to sign.
            var change = Math.Min((next - v).norm().item<double>(), (next + v).norm().item<double>());
            v = next;
            if (change < tolerance)
            {
                break;
            }
        }
        var eigenvalue = v.dot(MatVec(matrix, v)).item<double>();
        return (SignFixed(v), eigenvalue);
    }

    private static Tensor Orthogonalize(Tensor v, List<Tensor> found)
    {
        foreach (var axis in found)
        {
            v = v - v.dot(axis).item<double>() * axis;
        }
        return v;
    }

    private static Tensor MatVec(Tensor matrix, Tensor v) => matrix.mm(v.unsqueeze(1)).squeeze(1);

    private static Tensor SignFixed(Tensor v)
    {
        var largest = v.abs().argmax().item<long>();
        return v[largest].item<double>() < 0 ? -v : v;
    }
}

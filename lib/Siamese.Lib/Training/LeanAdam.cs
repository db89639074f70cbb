using Siamese.Lib.Runtime;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Siamese.Lib.Training;

/// <summary>
/// Adam (Kingma and Ba 2015) as PyTorch 1.13's <c>torch.optim.Adam</c> computes it (no AMSGrad; weight decay as an
/// L2 term added to the gradient), in 6 passes over each parameter's memory instead of the 8 that TorchSharp 0.107's
/// <c>optim.Adam</c> and PyTorch 1.13's single-tensor loop make, and without a native <see cref="Scalar"/> per
/// constant per parameter: the first moment is one <c>lerp_</c> instead of <c>mul_</c> + <c>add_</c>, and the bias
/// correction of the second moment is folded into ε and the step size instead of a division pass:
/// <c>m/(√v/√c₂ + ε)·lr/c₁ = m/(√v + ε√c₂)·lr√c₂/c₁</c>. On large layers (the Koch net's 9216×4096 linear layer,
/// 151 MB of weights) the step is memory-bound, so fewer passes is faster (environment/README.md, "Speed").
/// Results match <c>optim.Adam</c> to float32 rounding (tests/Siamese.Lib.Speed.Tests).
/// </summary>
public sealed class LeanAdam : IDisposable
{
    private readonly Parameter[] parameters;
    private readonly Tensor[] expAvg;
    private readonly Tensor[] expAvgSq;
    private readonly long[] steps;
    private readonly Tensor firstMomentWeight; // 1 − β₁, a 0-dim tensor: lerp_ takes its weight as a tensor
    private readonly Scalar beta2;
    private readonly Scalar oneMinusBeta2;
    private readonly Scalar? weightDecay;
    private readonly double beta1Value;
    private readonly double beta2Value;
    private readonly double eps;

    /// <summary>Creates the optimizer with PyTorch's defaults; the moments start at zero.</summary>
    /// <param name="parameters">The parameters to update (gradients are read from <c>.grad</c>).</param>
    /// <param name="lr">Learning rate.</param>
    /// <param name="beta1">Decay of the first-moment average.</param>
    /// <param name="beta2">Decay of the second-moment average.</param>
    /// <param name="eps">Added to the denominator for numerical stability.</param>
    /// <param name="weightDecay">L2 penalty added to the gradient (0: none).</param>
    public LeanAdam(IEnumerable<Parameter> parameters, double lr = 1e-3, double beta1 = 0.9, double beta2 = 0.999,
        double eps = 1e-8, double weightDecay = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lr);
        ArgumentOutOfRangeException.ThrowIfNegative(eps);
        ArgumentOutOfRangeException.ThrowIfNegative(weightDecay);
        if (beta1 is < 0 or >= 1 || beta2 is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(beta1), "β₁ and β₂ must lie in [0, 1).");
        }
        this.parameters = parameters.ToArray();
        LearningRate = lr;
        beta1Value = beta1;
        beta2Value = beta2;
        this.eps = eps;
        using (no_grad())
        {
            expAvg = this.parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
            expAvgSq = this.parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
            var dtype = this.parameters.Length > 0 ? this.parameters[0].dtype : ScalarType.Float32;
            firstMomentWeight = tensor(1 - beta1, dtype).DetachFromDisposeScope();
        }
        steps = new long[this.parameters.Length];
        this.beta2 = beta2.ToScalar();
        oneMinusBeta2 = (1 - beta2).ToScalar();
        this.weightDecay = weightDecay == 0 ? null : weightDecay.ToScalar();
    }

    /// <summary>The learning rate of the next <see cref="Step"/> (schedulers may change it between steps).</summary>
    public double LearningRate { get; set; }

    /// <summary>The parameters this optimizer updates.</summary>
    public IReadOnlyList<Parameter> Parameters => parameters;

    /// <summary>Fills every existing gradient with zeros, as PyTorch 1.13's <c>zero_grad()</c> (set_to_none=False).</summary>
    public void ZeroGrad() => GradientReset.Zero(parameters);

    /// <summary>One Adam update of every parameter that has a gradient (those without one are skipped).</summary>
    public void Step()
    {
        using var noGrad = no_grad();
        using var scope = NewDisposeScope(); // the gradient handles and the per-step temporaries
        for (var i = 0; i < parameters.Length; i++)
        {
            var grad = parameters[i].grad;
            if (grad is null)
            {
                continue;
            }
            var t = ++steps[i];
            var correction1 = 1 - Math.Pow(beta1Value, t);
            var sqrtCorrection2 = Math.Sqrt(1 - Math.Pow(beta2Value, t));
            if (weightDecay is not null)
            {
                grad = grad.add(parameters[i], weightDecay);
            }
            expAvg[i].lerp_(grad, firstMomentWeight);
            expAvgSq[i].mul_(beta2).addcmul_(grad, grad, oneMinusBeta2);
            using var scaledEps = (eps * sqrtCorrection2).ToScalar();
            using var stepSize = (-LearningRate * sqrtCorrection2 / correction1).ToScalar();
            var denominator = expAvgSq[i].sqrt().add_(scaledEps);
            parameters[i].addcdiv_(expAvg[i], denominator, stepSize);
        }
    }

    /// <summary>Frees the moments and the cached scalars.</summary>
    public void Dispose()
    {
        foreach (var t in expAvg.Concat(expAvgSq))
        {
            t.Dispose();
        }
        firstMomentWeight.Dispose();
        beta2.Dispose();
        oneMinusBeta2.Dispose();
        weightDecay?.Dispose();
    }
}

using static Siamese.Torch.torch.optim;

namespace Siamese.Torch.Modules;

/// <summary>
/// AdamW (<c>torch.optim.AdamW</c>, Loshchilov and Hutter 2019): Adam with weight decay decoupled from the
/// gradient (the weights shrink by <c>lr * weight_decay</c> each step). PyTorch 1.13's single-tensor algorithm;
/// same state as <see cref="Adam"/>. Created by <c>optim.AdamW(...)</c>.
/// </summary>
public sealed class AdamW : Adam
{
    internal AdamW(IEnumerable<ParamGroup> groups, double lr, double beta1, double beta2, double eps,
        double weight_decay, bool amsgrad, bool maximize)
        : base(nameof(AdamW), groups, lr, beta1, beta2, eps, weight_decay, amsgrad, maximize, decoupled: true)
    {
    }
}

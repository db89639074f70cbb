using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Models;

/// <summary>Masked pooling shared by the sequence encoders.</summary>
internal static class SequenceMath
{
    /// <summary>Mean of [batch, time, features] over the true positions of a [batch, time] mask → [batch, features].</summary>
    public static Tensor MaskedMean(Tensor states, Tensor mask)
    {
        using var scope = NewDisposeScope();
        var weights = mask.to(states.dtype).unsqueeze(-1);
        var count = weights.sum(1).clamp_min(1);
        return ((states * weights).sum(1) / count).MoveToOuterDisposeScope();
    }
}

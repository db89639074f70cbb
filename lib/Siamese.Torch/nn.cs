namespace Siamese.Torch;

public static partial class torch
{
    /// <summary>
    /// Neural-network building blocks (<c>torch.nn</c>): modules, layers, parameters, initialisation,
    /// <c>nn.functional</c> and <c>nn.utils</c>. Factory methods (<c>nn.Linear(...)</c>) create the layer
    /// classes of <c>Siamese.Torch.Modules</c>, as in TorchSharp.
    /// </summary>
    public static partial class nn
    {
    }
}

using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Models;

/// <summary>A model that is a plain chain of single-input layers, so that a summary can trace each layer's output shape.</summary>
public interface ISequentialModel
{
    /// <summary>The layers in order, with their names.</summary>
    IEnumerable<(string Name, nn.Module<Tensor, Tensor> Layer)> Layers { get; }
}

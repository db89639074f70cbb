using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Models;

/// <summary>
/// A small convolutional encoder for 28×28 digits (MNIST, Fashion-MNIST): two blocks of 3×3 convolution (padding 1)
/// → ReLU → 2×2 max-pool, then a hidden fully connected layer and a linear embedding.
/// Input [batch, 1, 28, 28] → output [batch, <see cref="EmbeddingSize"/>]. Sizes follow from the input side.
/// </summary>
public sealed class SmallCnn : nn.Module<Tensor, Tensor>, ISequentialModel
{
    /// <summary>MNIST's image side.</summary>
    public const int MnistSize = 28;

    private const int Kernel = 3;
    private const int SamePadding = 1;
    private const int PoolSize = 2;

    private readonly TorchSharp.Modules.Sequential layers;

    /// <summary>Builds the encoder.</summary>
    /// <param name="embeddingSize">Output width. Default 32: plenty for ten digit classes, small enough to train in seconds.</param>
    /// <param name="channels">Channels of the two convolution blocks (default 32 and 64, the classic MNIST net).</param>
    /// <param name="hiddenSize">Width of the hidden fully connected layer (default 128).</param>
    /// <param name="inputSize">Image side (default 28).</param>
    /// <param name="inChannels">Image channels (default 1).</param>
    public SmallCnn(int embeddingSize = 32, (int First, int Second)? channels = null, int hiddenSize = 128, int inputSize = MnistSize, int inChannels = 1)
        : base(nameof(SmallCnn))
    {
        var (c1, c2) = channels ?? (32, 64);
        InputSize = inputSize;
        long side = inputSize;
        var stack = new List<(string, nn.Module<Tensor, Tensor>)>();
        stack.Add(("conv1", nn.Conv2d(inChannels, c1, Kernel, padding: SamePadding)));
        stack.Add(("relu1", nn.ReLU()));
        stack.Add(("pool1", nn.MaxPool2d(PoolSize)));
        side = ConvArithmetic.OutputSize(ConvArithmetic.OutputSize(side, Kernel, 1, SamePadding), PoolSize, PoolSize);
        stack.Add(("conv2", nn.Conv2d(c1, c2, Kernel, padding: SamePadding)));
        stack.Add(("relu2", nn.ReLU()));
        stack.Add(("pool2", nn.MaxPool2d(PoolSize)));
        side = ConvArithmetic.OutputSize(ConvArithmetic.OutputSize(side, Kernel, 1, SamePadding), PoolSize, PoolSize);
        FlattenedSize = c2 * side * side;
        stack.Add(("flatten", nn.Flatten()));
        stack.Add(("fc1", nn.Linear(FlattenedSize, hiddenSize)));
        stack.Add(("relu3", nn.ReLU()));
        stack.Add(("embedding", nn.Linear(hiddenSize, embeddingSize)));
        EmbeddingSize = embeddingSize;
        layers = nn.Sequential(stack.ToArray());
        RegisterComponents();
    }

    /// <summary>The input side this encoder was built for.</summary>
    public int InputSize { get; }

    /// <summary>Width of the flattened convolutional features (64·7·7 = 3136 for 28×28).</summary>
    public long FlattenedSize { get; }

    /// <summary>Width of the output embedding.</summary>
    public long EmbeddingSize { get; }

    /// <inheritdoc />
    public IEnumerable<(string Name, nn.Module<Tensor, Tensor> Layer)> Layers => layers.named_children().Select(c => (c.name, (nn.Module<Tensor, Tensor>)c.module));

    /// <inheritdoc />
    public override Tensor forward(Tensor input)
    {
        if (input.ndim != 4 || input.shape[2] != InputSize || input.shape[3] != InputSize)
        {
            throw new ArgumentException(
                $"{nameof(SmallCnn)} was built for [batch, channels, {InputSize}, {InputSize}] images; got [{string.Join(", ", input.shape)}].", nameof(input));
        }
        return layers.call(input);
    }
}

using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Models;

/// <summary>
/// The convolutional encoder of Koch, Zemel &amp; Salakhutdinov (2015), for square grey images:
/// conv 64@10×10 → ReLU → max-pool 2 → conv 128@7×7 → ReLU → pool → conv 128@4×4 → ReLU → pool →
/// conv 256@4×4 → ReLU (no fourth pool) → flatten → fully connected 4096 → sigmoid.
/// For 105×105 inputs the flattened width is 256·6·6 = 9216; here it is computed from the input size.
/// The PyTorch article's variant continues 4096 → 1024 → 128 (<see cref="ArticleVariant"/>).
/// Input [batch, channels, size, size] → output [batch, <see cref="EmbeddingSize"/>].
/// </summary>
public sealed class KochCnn : nn.Module<Tensor, Tensor>, ISequentialModel
{
    /// <summary>Omniglot's image side, the paper's input size.</summary>
    public const int PaperInputSize = 105;

    /// <summary>Width of the paper's fully connected embedding layer.</summary>
    public const int PaperEmbeddingSize = 4096;

    private const int PoolSize = 2;

    /// <summary>The paper's four convolution stages: 64@10×10, 128@7×7, 128@4×4 (each pooled), 256@4×4.</summary>
    public static IReadOnlyList<KochConvStage> PaperStages { get; } =
        [new(64, 10, Pool: true), new(128, 7, Pool: true), new(128, 4, Pool: true), new(256, 4, Pool: false)];

    /// <summary>
    /// Koch's layer pattern and widths scaled down for small inputs (e.g. 35×35, Omniglot shrunk 3×): the
    /// same four convolutions (64, 128, 128, 256 channels; three pools, none after the last), with 3×3 kernels
    /// padded to keep the size, so every stage sees the whole image at a ninth of the paper's arithmetic.
    /// </summary>
    public static IReadOnlyList<KochConvStage> CompactStages { get; } =
        [new(64, 3, Pool: true, Padding: 1), new(128, 3, Pool: true, Padding: 1), new(128, 3, Pool: true, Padding: 1), new(256, 3, Pool: false, Padding: 1)];

    private readonly TorchSharp.Modules.Sequential layers;

    /// <summary>Builds the encoder.</summary>
    /// <param name="inputSize">Image side in pixels (default 105; with the paper stages at least 65, the smallest side the four convolutions and three pools accept; <see cref="CompactStages"/> take 35×35 and smaller sides, which train far faster on a CPU).</param>
    /// <param name="inChannels">Image channels (1 for Omniglot).</param>
    /// <param name="hiddenSizes">Fully connected widths after the convolutions; default Koch's single 4096.</param>
    /// <param name="widthScale">Multiplies every convolution's channel count (1 = paper); below 1 gives a narrower, faster net.</param>
    /// <param name="stages">The convolution stages; default <see cref="PaperStages"/> (<see cref="CompactStages"/> for small inputs).</param>
    /// <param name="batchNorm">Insert batch normalisation after each convolution (not in the paper; it lets a short CPU budget train faster).</param>
    public KochCnn(int inputSize = PaperInputSize, int inChannels = 1, IReadOnlyList<int>? hiddenSizes = null, double widthScale = 1.0,
        IReadOnlyList<KochConvStage>? stages = null, bool batchNorm = false)
        : base(nameof(KochCnn))
    {
        stages ??= PaperStages;
        hiddenSizes ??= [PaperEmbeddingSize];
        if (hiddenSizes.Count == 0)
        {
            throw new ArgumentException("At least one fully connected layer is needed.", nameof(hiddenSizes));
        }
        InputSize = inputSize;
        var stack = new List<(string, nn.Module<Tensor, Tensor>)>();
        long side = inputSize;
        long channels = inChannels;
        for (var i = 0; i < stages.Count; i++)
        {
            var (c, k, pool, padding) = stages[i];
            var outChannels = Math.Max(1, (long)Math.Round(c * widthScale));
            stack.Add(($"conv{i + 1}", nn.Conv2d(channels, outChannels, k, padding: padding)));
            if (batchNorm)
            {
                stack.Add(($"bn{i + 1}", nn.BatchNorm2d(outChannels)));
            }
            stack.Add(($"relu{i + 1}", nn.ReLU()));
            side = ConvArithmetic.OutputSize(side, k, padding: padding);
            if (pool)
            {
                stack.Add(($"pool{i + 1}", nn.MaxPool2d(PoolSize)));
                side = ConvArithmetic.OutputSize(side, PoolSize, PoolSize);
            }
            channels = outChannels;
        }
        FlattenedSize = channels * side * side;
        stack.Add(("flatten", nn.Flatten()));
        long width = FlattenedSize;
        for (var i = 0; i < hiddenSizes.Count; i++)
        {
            stack.Add(($"fc{i + 1}", nn.Linear(width, hiddenSizes[i])));
            width = hiddenSizes[i];
            if (i == 0)
            {
                // Koch's embedding layer is sigmoidal; the article's extra layers are ReLU-separated, the last one linear.
                stack.Add(("sigmoid", nn.Sigmoid()));
            }
            else if (i < hiddenSizes.Count - 1)
            {
                stack.Add(($"relu_fc{i + 1}", nn.ReLU()));
            }
        }
        EmbeddingSize = width;
        layers = nn.Sequential(stack.ToArray());
        RegisterComponents();
    }

    /// <summary>The article's variant: Koch's encoder followed by 1024 and 128 fully connected units.</summary>
    public static KochCnn ArticleVariant(int inputSize = PaperInputSize, int inChannels = 1) =>
        new(inputSize, inChannels, [PaperEmbeddingSize, 1024, 128]);

    /// <summary>The input side this encoder was built for.</summary>
    public int InputSize { get; }

    /// <summary>Width of the flattened convolutional features (9216 for the paper's 105×105 input).</summary>
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
                $"{nameof(KochCnn)} was built for [batch, channels, {InputSize}, {InputSize}] images; got [{string.Join(", ", input.shape)}].", nameof(input));
        }
        return layers.call(input);
    }
}

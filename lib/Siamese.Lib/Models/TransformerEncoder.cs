using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Models;

/// <summary>
/// A Transformer sequence encoder: an input projection (or token embedding) to the model width, sinusoidal positional
/// encoding, <see cref="TransformerBlock"/> layers with a padding mask, then the mean over real positions.
/// Defaults follow the model-comparison article: 4 heads × 64 dimensions (model width 256).
/// Input: a <see cref="SequenceInput"/>; output [batch, <see cref="ModelSize"/>].
/// </summary>
public sealed class TransformerEncoder : nn.Module<SequenceInput, Tensor>
{
    /// <summary>The article's head count.</summary>
    public const int ArticleHeads = 4;

    /// <summary>The article's per-head width.</summary>
    public const int ArticleHeadSize = 64;

    /// <summary>The conventional base of the sinusoid wavelengths (Vaswani et al. 2017).</summary>
    private const double WavelengthBase = 10000.0;

    private readonly nn.Module<Tensor, Tensor> input;
    private readonly Tensor positions;
    private readonly TorchSharp.Modules.ModuleList<TransformerBlock> blocks;

    /// <summary>Builds the encoder.</summary>
    /// <param name="inputSize">Features per step, or the vocabulary size when <paramref name="tokens"/> is true.</param>
    /// <param name="heads">Attention heads (default 4).</param>
    /// <param name="headSize">Width per head (default 64); the model width is heads × headSize.</param>
    /// <param name="layers">Encoder layers (default 2: enough for the short sequences of the comparison, cheap on a CPU).</param>
    /// <param name="maxLength">Longest sequence the positional table covers (default 512).</param>
    /// <param name="dropout">Dropout inside the layers (default 0.1, PyTorch's).</param>
    /// <param name="tokens">Whether the values are token indices (an embedding) rather than feature vectors (a projection).</param>
    public TransformerEncoder(long inputSize, int heads = ArticleHeads, int headSize = ArticleHeadSize, int layers = 2,
        int maxLength = 512, double dropout = 0.1, bool tokens = false)
        : base(nameof(TransformerEncoder))
    {
        ModelSize = (long)heads * headSize;
        MaxLength = maxLength;
        input = tokens ? nn.Embedding(inputSize, ModelSize) : nn.Linear(inputSize, ModelSize);
        positions = PositionalEncoding(maxLength, ModelSize);
        // The feed-forward width is 4 × the model width, as in the original Transformer and PyTorch's examples.
        blocks = nn.ModuleList(Enumerable.Range(0, layers).Select(_ => new TransformerBlock(ModelSize, heads, 4 * ModelSize, dropout)).ToArray());
        RegisterComponents();
    }

    /// <summary>Width of the model and of the output embedding.</summary>
    public long ModelSize { get; }

    /// <summary>Longest supported sequence.</summary>
    public int MaxLength { get; }

    /// <summary>
    /// The sinusoidal table [length, size]: PE[t, 2i] = sin(t / 10000^(2i/size)), PE[t, 2i+1] = cos(the same).
    /// </summary>
    public static Tensor PositionalEncoding(int length, long size)
    {
        var values = new float[length * size];
        for (var t = 0; t < length; t++)
        {
            for (var i = 0; i < size; i++)
            {
                var angle = t / Math.Pow(WavelengthBase, 2 * (i / 2) / (double)size);
                values[t * size + i] = (float)(i % 2 == 0 ? Math.Sin(angle) : Math.Cos(angle));
            }
        }
        return tensor(values, [length, size]);
    }

    /// <inheritdoc />
    public override Tensor forward(SequenceInput batch)
    {
        batch.Validate();
        var length = batch.Values.shape[1];
        if (length > MaxLength)
        {
            throw new ArgumentException($"Sequences of {length} steps exceed the positional table ({MaxLength}); build the encoder with a larger maxLength.");
        }
        using var scope = NewDisposeScope();
        var x = input.call(batch.Values) + positions.narrow(0, 0, length);
        var padding = batch.Mask.logical_not();
        foreach (var block in blocks)
        {
            x = block.call(x, padding);
        }
        return SequenceMath.MaskedMean(x, batch.Mask).MoveToOuterDisposeScope();
    }
}

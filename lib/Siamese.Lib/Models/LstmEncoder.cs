using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Models;

/// <summary>
/// A recurrent sequence encoder: an optional embedding (token indices → vectors), then an LSTM over the real steps
/// of each padded sequence (packed by length, so padding never enters the state), pooled by <see cref="Pooling"/>.
/// Input: a <see cref="SequenceInput"/> with values [batch, time] (indices, with an embedding) or [batch, time, features].
/// Output: [batch, <see cref="OutputSize"/>] = hidden × (2 if bidirectional).
/// </summary>
public sealed class LstmEncoder : nn.Module<SequenceInput, Tensor>
{
    /// <summary>MaLSTM's hidden size (Mueller &amp; Thyagarajan 2016).</summary>
    public const int MaLstmHiddenSize = 50;

    private readonly nn.Module<Tensor, Tensor>? embedding;
    private readonly nn.Module<Tensor, Tensor>? dropout;
    private readonly TorchSharp.Modules.LSTM lstm;

    /// <summary>Builds the encoder.</summary>
    /// <param name="inputSize">Features per step (the embedding width when <paramref name="embedding"/> is given).</param>
    /// <param name="hiddenSize">LSTM units per direction.</param>
    /// <param name="numLayers">Stacked LSTM layers (default 1, as MaLSTM).</param>
    /// <param name="bidirectional">Read the sequence both ways (default false, as MaLSTM).</param>
    /// <param name="pooling">How states become the embedding (default the last hidden state, as MaLSTM).</param>
    /// <param name="embedding">Optional token embedding applied to the values first.</param>
    /// <param name="inputDropout">Dropout on the LSTM's input vectors while training (0: none, as MaLSTM).</param>
    public LstmEncoder(long inputSize, long hiddenSize, int numLayers = 1, bool bidirectional = false,
        SequencePooling pooling = SequencePooling.LastHidden, nn.Module<Tensor, Tensor>? embedding = null, double inputDropout = 0)
        : base(nameof(LstmEncoder))
    {
        this.embedding = embedding;
        dropout = inputDropout > 0 ? nn.Dropout(inputDropout) : null;
        lstm = nn.LSTM(inputSize, hiddenSize, numLayers, batchFirst: true, bidirectional: bidirectional);
        Pooling = pooling;
        Bidirectional = bidirectional;
        OutputSize = hiddenSize * (bidirectional ? 2 : 1);
        RegisterComponents();
    }

    /// <summary>
    /// The MaLSTM text encoder: word vectors from a pretrained matrix [vocabulary, dimension] (e.g. GloVe),
    /// frozen or fine-tuned, then one LSTM of <see cref="MaLstmHiddenSize"/> units; the last hidden state is the embedding.
    /// </summary>
    public static LstmEncoder MaLstm(Tensor pretrained, bool fineTune = false, int hiddenSize = MaLstmHiddenSize, double inputDropout = 0)
    {
        if (pretrained.ndim != 2)
        {
            throw new ArgumentException($"Pretrained vectors must be [vocabulary, dimension]; got [{string.Join(", ", pretrained.shape)}].", nameof(pretrained));
        }
        // Not nn.Embedding_from_pretrained: in TorchSharp 0.107 its registered parameter is a fresh random matrix,
        // trainable even with freeze: true (only its `weight` property holds the vectors), so training and
        // state_dict would see the wrong tensor. A plain embedding with the vectors copied in has one weight.
        var words = nn.Embedding(pretrained.shape[0], pretrained.shape[1], dtype: pretrained.dtype);
        using (no_grad())
        {
            words.weight!.copy_(pretrained);
        }
        words.weight!.requires_grad = fineTune;
        return new LstmEncoder(pretrained.shape[1], hiddenSize, embedding: words, inputDropout: inputDropout);
    }

    /// <summary>
    /// Sets every layer's forget-gate bias to <paramref name="value"/> (the paper: 2.5, "to facilitate modeling of long
    /// range dependence"); PyTorch's LSTM adds two biases, so the input one holds the value and the hidden one zero.
    /// </summary>
    public void InitializeForgetBias(double value)
    {
        using var noGrad = no_grad();
        var hidden = OutputSize / (Bidirectional ? 2 : 1);
        foreach (var (name, parameter) in lstm.named_parameters())
        {
            // Gates are stacked i, f, g, o along the first dimension: the forget gate is rows [hidden, 2·hidden).
            if (name.StartsWith("bias_", StringComparison.Ordinal))
            {
                parameter.narrow(0, hidden, hidden).fill_(name.StartsWith("bias_ih", StringComparison.Ordinal) ? value : 0);
            }
        }
    }

    /// <summary>The pooling rule.</summary>
    public SequencePooling Pooling { get; }

    /// <summary>Whether the LSTM is bidirectional.</summary>
    public bool Bidirectional { get; }

    /// <summary>Width of the output embedding.</summary>
    public long OutputSize { get; }

    /// <inheritdoc />
    public override Tensor forward(SequenceInput input)
    {
        input.Validate();
        using var scope = NewDisposeScope();
        var x = embedding is null ? input.Values : embedding.call(input.Values);
        x = dropout is null ? x : dropout.call(x);
        if (x.ndim != 3)
        {
            throw new ArgumentException(
                $"The LSTM needs [batch, time, features]; got [{string.Join(", ", x.shape)}] (token indices need an embedding).");
        }
        var lengths = input.Mask.to(ScalarType.Int64).sum(1).cpu();
        // Unsorted packing keeps the batch order: h comes back with row b = sequence b's state at its last real step.
        var packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first: true, enforce_sorted: false);
        var (packedOutput, h, _) = lstm.call(packed);
        var (output, _) = nn.utils.rnn.pad_packed_sequence(packedOutput, batch_first: true, total_length: x.shape[1]);
        Tensor result;
        if (Pooling == SequencePooling.MaskedMean)
        {
            result = SequenceMath.MaskedMean(output, input.Mask);
        }
        else
        {
            // h: [layers · directions, batch, hidden]; the last layer's directions are the last rows.
            var layers = h.shape[0];
            result = Bidirectional ? cat([h.select(0, layers - 2), h.select(0, layers - 1)], 1) : h.select(0, layers - 1);
        }
        return result.MoveToOuterDisposeScope();
    }
}

using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>
/// A multi-layer gated recurrent unit network, as <c>nn.GRU</c>. Input <c>(L, N, input_size)</c>
/// (<c>(N, L, input_size)</c> with <see cref="RNNBase{THidden,TResult}.batch_first"/>, or unbatched
/// <c>(L, input_size)</c>); output <c>(L, N, D·hidden_size)</c> with D = 2 if bidirectional; h_n
/// <c>(D·num_layers, N, hidden_size)</c>. Variable lengths: pass <c>lengths</c> (the sequences are packed
/// internally) or a <see cref="nn.utils.rnn.PackedSequence"/>.
/// </summary>
public sealed class GRU : RNNBase<Tensor?, (Tensor output, Tensor h_n)>
{
    /// <summary>Creates the network; see <see cref="nn.GRU"/>.</summary>
    internal GRU(long input_size, long hidden_size, long num_layers, bool bias, bool batch_first, double dropout,
        bool bidirectional, Device? device, ScalarType? dtype)
        : base(nameof(GRU), 1, 3, input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional, device, dtype)
    {
    }

    /// <summary>Runs over a padded batch from <paramref name="h0"/> <c>(D·num_layers, N, hidden_size)</c> (zeros when null).</summary>
    public override (Tensor output, Tensor h_n) forward(Tensor input, Tensor? h0)
    {
        var (output, h, _) = Run(input, null, h0, null);
        return (output, h);
    }

    /// <summary>Runs from a zero state.</summary>
    public (Tensor output, Tensor h_n) forward(Tensor input) => forward(input, null);

    /// <summary>Runs from a zero state (TorchSharp's entry point).</summary>
    public (Tensor output, Tensor h_n) call(Tensor input) => forward(input, null);

    /// <summary>
    /// Runs over a padded batch whose sequence b has <c>lengths[b]</c> real steps (int64, any order), as
    /// PyTorch's pack_padded_sequence(enforce_sorted=False) → GRU → pad_packed_sequence(total_length=L):
    /// outputs past each length are zero and h_n is each sequence's state at its last real step.
    /// </summary>
    public (Tensor output, Tensor h_n) forward(Tensor input, Tensor? h0, Tensor lengths)
    {
        var (output, h, _) = RunWithLengths(input, lengths, h0, null);
        return (output, h);
    }

    /// <summary>Variable-length forward with the lengths as an array (see the tensor overload).</summary>
    public (Tensor output, Tensor h_n) forward(Tensor input, Tensor? h0, long[] lengths)
    {
        using var lengthTensor = tensor(lengths);
        return forward(input, h0, lengthTensor);
    }

    /// <summary>Runs over a packed batch; the output is packed the same way (h_n in the caller's batch order).</summary>
    public (nn.utils.rnn.PackedSequence output, Tensor h_n) forward(nn.utils.rnn.PackedSequence input, Tensor? h0 = null)
    {
        var (data, h, _) = Run(input.data, input, h0, null);
        var packed = new nn.utils.rnn.PackedSequence(data, input.batch_sizes.alias(), input.sorted_indices?.alias(),
            input.unsorted_indices?.alias());
        return (packed, h);
    }
}

using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>
/// A multi-layer long short-term memory network, as <c>nn.LSTM</c>. Input <c>(L, N, input_size)</c>
/// (<c>(N, L, input_size)</c> with <see cref="RNNBase{THidden,TResult}.batch_first"/>, or unbatched
/// <c>(L, input_size)</c>); output <c>(L, N, D·hidden_size)</c> with D = 2 if bidirectional; h_n and c_n
/// <c>(D·num_layers, N, hidden_size)</c>. Variable lengths: pass <c>lengths</c> (the sequences are packed
/// internally) or a <see cref="nn.utils.rnn.PackedSequence"/>.
/// </summary>
public sealed class LSTM : RNNBase<(Tensor h0, Tensor c0)?, (Tensor output, (Tensor h_n, Tensor c_n) hidden)>
{
    /// <summary>Creates the network; see <see cref="nn.LSTM"/>.</summary>
    internal LSTM(long input_size, long hidden_size, long num_layers, bool bias, bool batch_first, double dropout,
        bool bidirectional, Device? device, ScalarType? dtype)
        : base(nameof(LSTM), 0, 4, input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional, device, dtype)
    {
    }

    /// <summary>
    /// Runs over a padded batch from the state <paramref name="hx"/> = (h0, c0), each
    /// <c>(D·num_layers, N, hidden_size)</c> (zeros when null). Returns (output, (h_n, c_n)).
    /// </summary>
    public override (Tensor output, (Tensor h_n, Tensor c_n) hidden) forward(Tensor input, (Tensor h0, Tensor c0)? hx)
    {
        var (output, h, c) = Run(input, null, hx?.h0, hx?.c0);
        return (output, (h, c!));
    }

    /// <summary>Runs from a zero state.</summary>
    public (Tensor output, (Tensor h_n, Tensor c_n) hidden) forward(Tensor input) => forward(input, null);

    /// <summary>Runs from a zero state (TorchSharp's entry point).</summary>
    public (Tensor output, (Tensor h_n, Tensor c_n) hidden) call(Tensor input) => forward(input, null);

    /// <summary>
    /// Runs over a padded batch whose sequence b has <c>lengths[b]</c> real steps (int64, any order), as
    /// PyTorch's pack_padded_sequence(enforce_sorted=False) → LSTM → pad_packed_sequence(total_length=L):
    /// outputs past each length are zero and (h_n, c_n) is each sequence's state at its last real step
    /// (for the reverse direction, after reading back to step 0).
    /// </summary>
    public (Tensor output, (Tensor h_n, Tensor c_n) hidden) forward(Tensor input, (Tensor h0, Tensor c0)? hx, Tensor lengths)
    {
        var (output, h, c) = RunWithLengths(input, lengths, hx?.h0, hx?.c0);
        return (output, (h, c!));
    }

    /// <summary>Variable-length forward with the lengths as an array (see the tensor overload).</summary>
    public (Tensor output, (Tensor h_n, Tensor c_n) hidden) forward(Tensor input, (Tensor h0, Tensor c0)? hx, long[] lengths)
    {
        using var lengthTensor = tensor(lengths);
        return forward(input, hx, lengthTensor);
    }

    /// <summary>Runs over a packed batch; the output is packed the same way (h_n, c_n in the caller's batch order).</summary>
    public (nn.utils.rnn.PackedSequence output, (Tensor h_n, Tensor c_n) hidden) forward(nn.utils.rnn.PackedSequence input,
        (Tensor h0, Tensor c0)? hx = null)
    {
        var (data, h, c) = Run(input.data, input, hx?.h0, hx?.c0);
        var packed = new nn.utils.rnn.PackedSequence(data, input.batch_sizes.alias(), input.sorted_indices?.alias(),
            input.unsorted_indices?.alias());
        return (packed, (h, c!));
    }
}

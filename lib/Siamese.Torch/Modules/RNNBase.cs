using static Siamese.Torch.Native.NativeMethods;
using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>
/// What <see cref="LSTM"/> and <see cref="GRU"/> share, as PyTorch's <c>RNNBase</c>: the configuration, the
/// weights per layer and direction named as PyTorch names them (<c>weight_ih_l0</c>, <c>weight_hh_l0</c>,
/// <c>bias_ih_l0</c>, <c>bias_hh_l0</c>, then <c>..._reverse</c> for the backward direction) with shapes
/// <c>(gates·hidden_size, layer_input)</c>, <c>(gates·hidden_size, hidden_size)</c> and <c>(gates·hidden_size)</c>,
/// initialised U(-1/√hidden_size, 1/√hidden_size) in that order, and the call into ATen's fused
/// <c>at::lstm</c>/<c>at::gru</c> (cuDNN on CUDA).
/// </summary>
/// <typeparam name="THidden">The initial state argument.</typeparam>
/// <typeparam name="TResult">Output plus final state.</typeparam>
public abstract class RNNBase<THidden, TResult> : nn.Module<Tensor, THidden, TResult>
{
    private readonly List<nn.Parameter> _flatWeights = [];
    private readonly int _mode;

    /// <summary>Creates the weights of a <paramref name="gates"/>-gate network (4 for LSTM, 3 for GRU).</summary>
    private protected RNNBase(string name, int mode, long gates, long input_size, long hidden_size, long num_layers,
        bool bias, bool batch_first, double dropout, bool bidirectional, Device? device, ScalarType? dtype)
        : base(name)
    {
        if (double.IsNaN(dropout) || dropout < 0 || dropout > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(dropout), dropout,
                "dropout should be a number in range [0, 1] representing the probability of an element being zeroed");
        }
        if (num_layers < 1 || hidden_size < 1 || input_size < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(num_layers),
                $"input_size, hidden_size and num_layers must be positive (got {input_size}, {hidden_size}, {num_layers})");
        }
        _mode = mode;
        this.input_size = input_size;
        this.hidden_size = hidden_size;
        this.num_layers = num_layers;
        this.bias = bias;
        this.batch_first = batch_first;
        this.dropout = dropout;
        this.bidirectional = bidirectional;

        var directions = bidirectional ? 2 : 1;
        for (var layer = 0; layer < num_layers; layer++)
        {
            for (var direction = 0; direction < directions; direction++)
            {
                var layerInput = layer == 0 ? input_size : hidden_size * directions;
                var suffix = $"_l{layer}" + (direction == 1 ? "_reverse" : "");
                Add("weight_ih" + suffix, [gates * hidden_size, layerInput]);
                Add("weight_hh" + suffix, [gates * hidden_size, hidden_size]);
                if (bias)
                {
                    Add("bias_ih" + suffix, [gates * hidden_size]);
                    Add("bias_hh" + suffix, [gates * hidden_size]);
                }
            }
        }
        reset_parameters();

        void Add(string parameterName, long[] shape)
        {
            using var data = empty(shape, dtype, device);
            var p = new nn.Parameter(data);
            _flatWeights.Add(p);
            register_parameter(parameterName, p);
        }
    }

    /// <summary>Features per time step of the input.</summary>
    public long input_size { get; }

    /// <summary>Features of the hidden state (per direction).</summary>
    public long hidden_size { get; }

    /// <summary>Number of stacked recurrent layers.</summary>
    public long num_layers { get; }

    /// <summary>Whether the layers have the biases b_ih and b_hh.</summary>
    public bool bias { get; }

    /// <summary>Input and output are <c>(batch, seq, feature)</c> instead of <c>(seq, batch, feature)</c>.</summary>
    public bool batch_first { get; }

    /// <summary>Dropout probability on the outputs of every layer but the last, in training mode only.</summary>
    public double dropout { get; }

    /// <summary>Whether each layer also runs backward in time (outputs concatenate both directions).</summary>
    public bool bidirectional { get; }

    /// <summary>The weights in PyTorch's <c>_flat_weights</c> order (per layer and direction: w_ih, w_hh, b_ih, b_hh).</summary>
    public IReadOnlyList<nn.Parameter> flat_weights => _flatWeights;

    /// <summary>Redraws every weight from U(-1/√hidden_size, 1/√hidden_size) in registration order.</summary>
    public void reset_parameters()
    {
        var stdv = 1.0 / Math.Sqrt(hidden_size);
        foreach (var p in parameters())
        {
            SequenceInit.Uniform(p, -stdv, stdv);
        }
    }

    /// <summary>
    /// Runs the network on a padded input or, when <paramref name="packed"/> is given, on its packed data.
    /// Returns the output (padded or packed data), h_n and (LSTM only) c_n, in the caller's batch order.
    /// </summary>
    private protected unsafe (Tensor Output, Tensor HN, Tensor? CN) Run(Tensor input, nn.utils.rnn.PackedSequence? packed,
        Tensor? h0, Tensor? c0)
    {
        var handles = new IntPtr[_flatWeights.Count];
        for (var i = 0; i < handles.Length; i++)
        {
            handles[i] = _flatWeights[i].Handle;
        }
        int status;
        IntPtr output, hN, cN;
        fixed (IntPtr* p = handles)
        {
            status = sts_seq_rnn(_mode, input.Handle, packed?.batch_sizes.Handle ?? IntPtr.Zero,
                packed?.sorted_indices?.Handle ?? IntPtr.Zero, packed?.unsorted_indices?.Handle ?? IntPtr.Zero,
                h0?.Handle ?? IntPtr.Zero, c0?.Handle ?? IntPtr.Zero, p, handles.Length, bias ? 1 : 0, input_size,
                hidden_size, num_layers, dropout, training ? 1 : 0, bidirectional ? 1 : 0, batch_first ? 1 : 0,
                out output, out hN, out cN);
        }
        Check(status);
        return (new Tensor(output), new Tensor(hN), cN == IntPtr.Zero ? null : new Tensor(cN));
    }

    /// <summary>
    /// Packs <paramref name="input"/> by <paramref name="lengths"/> (any order), runs the network on the packed
    /// sequence and pads the result back to the input's length: outputs past each length are zero and the
    /// final state is each sequence's state at its last real step.
    /// </summary>
    private protected (Tensor Output, Tensor HN, Tensor? CN) RunWithLengths(Tensor input, Tensor lengths, Tensor? h0, Tensor? c0)
    {
        if (input.ndim != 3)
        {
            throw new TorchException($"{Name}: lengths need a batched 3-D input, got a {input.ndim}-D tensor");
        }
        var totalLength = input.size(batch_first ? 1 : 0);
        using var packed = nn.utils.rnn.pack_padded_sequence(input, lengths, batch_first, enforce_sorted: false);
        var (data, hN, cN) = Run(packed.data, packed, h0, c0);
        using var outputPacked = new nn.utils.rnn.PackedSequence(data, packed.batch_sizes.alias(),
            packed.sorted_indices?.alias(), packed.unsorted_indices?.alias());
        var (output, outLengths) = nn.utils.rnn.pad_packed_sequence(outputPacked, batch_first, 0.0, totalLength);
        outLengths.Dispose();
        return (output, hN, cN);
    }
}

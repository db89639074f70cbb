using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>
/// Fully connected layer y = x·Wᵀ + b: (*, in_features) → (*, out_features). Weight (out_features,
/// in_features) and bias start as in PyTorch: kaiming_uniform_(a = √5), i.e. U(−1/√in, 1/√in) for both.
/// </summary>
public sealed class Linear : nn.Module<Tensor, Tensor>
{
    private nn.Parameter _weight;
    private nn.Parameter? _bias;

    /// <summary>Creates the layer and initialises it from libtorch's generator (see <c>torch.manual_seed</c>).</summary>
    public Linear(long in_features, long out_features, bool hasBias = true, Device? device = null, ScalarType? dtype = null)
        : base(nameof(Linear))
    {
        this.in_features = in_features;
        this.out_features = out_features;
        _weight = Layers.NewParameter([out_features, in_features], dtype, device);
        _bias = hasBias ? Layers.NewParameter([out_features], dtype, device) : null;
        reset_parameters();
        RegisterComponents();
    }

    /// <summary>Input features.</summary>
    public long in_features { get; }

    /// <summary>Output features.</summary>
    public long out_features { get; }

    /// <summary>The weight (out_features, in_features).</summary>
    public nn.Parameter weight
    {
        get => _weight;
        set
        {
            _weight = value;
            register_parameter(nameof(weight), value);
        }
    }

    /// <summary>The bias (out_features), or null when created without one.</summary>
    public nn.Parameter? bias
    {
        get => _bias;
        set
        {
            _bias = value;
            register_parameter(nameof(bias), value);
        }
    }

    /// <summary>Re-draws weight and bias with PyTorch's default initialisation.</summary>
    public void reset_parameters() => Layers.ResetWeightAndBias(_weight, _bias);

    /// <inheritdoc/>
    public override Tensor forward(Tensor input) => nn.functional.linear(input, _weight, _bias);
}

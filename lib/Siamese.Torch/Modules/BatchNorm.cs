using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>
/// Batch normalisation over channel dimension 1 (PyTorch's <c>_BatchNorm</c>). Parameters weight (ones)
/// and bias (zeros) when <c>affine</c>; buffers running_mean (zeros), running_var (ones) and
/// num_batches_tracked (int64 0) when <c>track_running_stats</c>. Training mode normalises with the batch
/// statistics and updates the running ones (momentum, or the cumulative average when momentum is null);
/// evaluation mode uses the running statistics.
/// </summary>
public abstract class BatchNorm : nn.Module<Tensor, Tensor>
{
    private readonly nn.Parameter? _weight;
    private readonly nn.Parameter? _bias;
    private readonly Tensor? _running_mean;
    private readonly Tensor? _running_var;
    private readonly Tensor? _num_batches_tracked;

    /// <summary>Creates the layer for <paramref name="num_features"/> channels.</summary>
    protected BatchNorm(string name, long num_features, double eps, double? momentum, bool affine, bool track_running_stats,
        Device? device, ScalarType? dtype)
        : base(name)
    {
        this.num_features = num_features;
        this.eps = eps;
        this.momentum = momentum;
        this.affine = affine;
        this.track_running_stats = track_running_stats;
        if (affine)
        {
            _weight = Layers.NewParameter([num_features], dtype, device);
            _bias = Layers.NewParameter([num_features], dtype, device);
        }
        if (track_running_stats)
        {
            _running_mean = Layers.Buffer(zeros([num_features], dtype, device));
            _running_var = Layers.Buffer(ones([num_features], dtype, device));
            _num_batches_tracked = Layers.Buffer(zeros([], ScalarType.Int64, device));
        }
        reset_parameters();
        RegisterComponents();
    }

    /// <summary>Channels C.</summary>
    public long num_features { get; }

    /// <summary>Added to the variance for stability.</summary>
    public double eps { get; }

    /// <summary>Weight of the new batch in the running statistics; null for a cumulative average.</summary>
    public double? momentum { get; }

    /// <summary>Whether weight and bias are learnt.</summary>
    public bool affine { get; }

    /// <summary>Whether running statistics are kept (otherwise batch statistics are used in eval too).</summary>
    public bool track_running_stats { get; }

    /// <summary>Scale γ (C), or null without <c>affine</c>.</summary>
    public nn.Parameter? weight => _weight;

    /// <summary>Shift β (C), or null without <c>affine</c>.</summary>
    public nn.Parameter? bias => _bias;

    /// <summary>Running mean (C), or null.</summary>
    public Tensor? running_mean => _running_mean;

    /// <summary>Running (unbiased) variance (C), or null.</summary>
    public Tensor? running_var => _running_var;

    /// <summary>Number of training batches seen (int64 scalar), or null.</summary>
    public Tensor? num_batches_tracked => _num_batches_tracked;

    /// <summary>Running statistics back to zeros/ones and the batch count to 0.</summary>
    public void reset_running_stats()
    {
        if (_running_mean is null || _running_var is null || _num_batches_tracked is null)
        {
            return;
        }
        nn.init.zeros_(_running_mean);
        nn.init.ones_(_running_var);
        nn.init.zeros_(_num_batches_tracked);
    }

    /// <summary>Resets the running statistics and sets weight to ones, bias to zeros.</summary>
    public void reset_parameters()
    {
        reset_running_stats();
        if (_weight is not null && _bias is not null)
        {
            nn.init.ones_(_weight);
            nn.init.zeros_(_bias);
        }
    }

    /// <summary>Throws when the input has the wrong number of dimensions for this layer.</summary>
    protected abstract void CheckInputDim(Tensor input);

    /// <inheritdoc/>
    public override Tensor forward(Tensor input)
    {
        CheckInputDim(input);
        var factor = momentum ?? 0.0;
        if (training && _num_batches_tracked is not null)
        {
            using (no_grad())
            {
                _num_batches_tracked.add_(1);
            }
            if (momentum is null)
            {
                factor = 1.0 / _num_batches_tracked.item<long>();
            }
        }
        var useBatchStatistics = training || (_running_mean is null && _running_var is null);
        return nn.functional.batch_norm(input, _running_mean, _running_var, _weight, _bias, useBatchStatistics, factor, eps);
    }
}

using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Bench;

/// <summary>
/// The reference models of the speed comparison (issue 2, "Speed"), step for step as in
/// tests/bench/bench_torch.py: one training step = both branches forwarded separately, loss, backward,
/// optimizer step; float32 on the CPU. Each factory builds the model, optimizer and fixed inputs once and
/// returns the step; every step runs in its own dispose scope so memory stays flat.
/// </summary>
internal static class ReferenceModels
{
    /// <summary>Model name → (factory taking the batch size, batch size), in bench_torch.py's order.</summary>
    public static readonly IReadOnlyList<(string Name, Func<int, Action> Make, int Batch)> All =
    [
        ("koch_b32", MakeKoch, 32),
        ("small_cnn_b128", MakeSmallCnn, 128),
        ("malstm_b64", MakeMalstm, 64),
        ("transformer_b64", MakeTransformer, 64),
    ];

    // PyTorch 1.13's Optimizer.zero_grad() zeroes the gradients (set_to_none=False); StepOptimizer does the same
    // (LeanAdam through GradientReset; TorchSharp 0.107's OptimizerHelper.zero_grad() with grad.zero_() per
    // parameter), so backward accumulates into existing gradients on both sides.

    internal static TorchSharp.Modules.Sequential KochEmbedding() =>
        // Koch et al. 2015: 105x105 -> 64@96 -> pool -> 128@42 -> pool -> 128@18 -> pool -> 256@6 = 9216
        nn.Sequential(
            nn.Conv2d(1, 64, 10), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(64, 128, 7), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(128, 128, 4), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(128, 256, 4), nn.ReLU(), nn.Flatten(),
            nn.Linear(9216, 4096), nn.Sigmoid());

    private static TorchSharp.Modules.Sequential SmallCnn() =>
        nn.Sequential(
            nn.Conv2d(1, 32, 3), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(), nn.Linear(1600, 128), nn.ReLU());

    /// <summary>Hadsell et al. 2006 with label 0 = similar and the ½ factors, in bench_torch.py's operation order.</summary>
    private static Tensor Contrastive(Tensor distance, Tensor label, double margin) =>
        (0.5 * (1 - label) * distance.pow(2) + 0.5 * label * nn.functional.relu(margin - distance).pow(2)).mean();

    private static Action MakeKoch(int batch)
    {
        var embed = KochEmbedding();
        var head = nn.Linear(4096, 1);
        var opt = StepOptimizer.Adam(embed.parameters().Concat(head.parameters()), lr: 1e-4);
        var x1 = rand(batch, 1, 105, 105);
        var x2 = rand(batch, 1, 105, 105);
        var y = randint(0, 2, [batch, 1]).@float();
        return () =>
        {
            using var scope = NewDisposeScope();
            opt.ZeroGrad();
            var logits = head.call((embed.call(x1) - embed.call(x2)).abs());
            nn.functional.binary_cross_entropy_with_logits(logits, y).backward();
            opt.Step();
        };
    }

    private static Action MakeSmallCnn(int batch)
    {
        var embed = SmallCnn();
        var opt = StepOptimizer.Adam(embed.parameters(), lr: 1e-3);
        var x1 = rand(batch, 1, 28, 28);
        var x2 = rand(batch, 1, 28, 28);
        var y = randint(0, 2, [batch]).@float();
        return () =>
        {
            using var scope = NewDisposeScope();
            opt.ZeroGrad();
            var d = nn.functional.pairwise_distance(embed.call(x1), embed.call(x2));
            Contrastive(d, y, 2.0).backward();
            opt.Step();
        };
    }

    private static Action MakeMalstm(int batch)
    {
        var lstm = nn.LSTM(300, 50, batchFirst: true);
        var parameters = lstm.parameters().ToList();
        var opt = StepOptimizer.Adadelta(parameters, lr: 1.0);
        var x1 = randn(batch, 30, 300);
        var x2 = randn(batch, 30, 300);
        var y = rand(batch);
        return () =>
        {
            using var scope = NewDisposeScope();
            opt.ZeroGrad();
            var (_, h1, _) = lstm.call(x1);
            var (_, h2, _) = lstm.call(x2);
            var sim = exp(-(h1[-1] - h2[-1]).abs().sum(1));
            nn.functional.mse_loss(sim, y).backward();
            nn.utils.clip_grad_norm_(parameters, 5.0);
            opt.Step();
        };
    }

    private static Action MakeTransformer(int batch)
    {
        var mha = nn.MultiheadAttention(64, 4);
        var opt = StepOptimizer.Adam(mha.parameters(), lr: 1e-3);
        var x1 = randn(batch, 10, 64);
        var x2 = randn(batch, 10, 64);
        var y = randint(0, 2, [batch]).@float();
        // TorchSharp's MultiheadAttention has no batch_first: it takes (length, batch, embedding), which is what
        // PyTorch's batch_first=True does internally (a transpose view in, a transpose view out).
        Tensor Encode(Tensor x)
        {
            var t = x.transpose(0, 1);
            return mha.call(t, t, t, need_weights: false).Item1.transpose(0, 1).mean([1]);
        }
        return () =>
        {
            using var scope = NewDisposeScope();
            opt.ZeroGrad();
            var d = nn.functional.pairwise_distance(Encode(x1), Encode(x2));
            Contrastive(d, y, 2.0).backward();
            opt.Step();
        };
    }
}

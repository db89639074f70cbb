using Siamese.Lib.Data;
using Siamese.Lib.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Evaluation;

/// <summary>
/// Runs N-way one-shot trials (<see cref="OneShotTrial"/>: Lake's fixed runs, or Koch-style trials drawn from
/// held-out alphabets) through a scorer and collects the score matrix. A scorer receives T trials' queries
/// (T, 1, H, W) and their candidates (T·N, 1, H, W, trial-major), as float tensors in [0, 1] prepared exactly like training
/// batches (<see cref="ImageBatcher"/>, same <c>invert</c>), and returns N scores; several trials go in one call. Runs without gradients.
/// </summary>
public static class OneShotEvaluator
{
    /// <summary>Trials per scorer call by default: 10 trials of 20-way = 210 images, a batch that fits any device.</summary>
    public const int DefaultTrialsPerCall = 10;

    /// <summary>Scores every trial; images are H × W bytes (resize them first to the model's input size).</summary>
    /// <param name="trials">The trials; every image has <paramref name="height"/> × <paramref name="width"/> pixels, every trial the same N candidates count.</param>
    /// <param name="height">Image rows.</param>
    /// <param name="width">Image columns.</param>
    /// <param name="scorer">(queries [T,1,H,W], candidates [T·N,1,H,W], trial-major) → [T, N] scores.</param>
    /// <param name="direction">Whether the scorer's low or high values mean "same".</param>
    /// <param name="device">Where the tensors go (the model's device); CPU when null.</param>
    /// <param name="invert">Map pixels to 1 − p/255 (ink = 1), as the training batches did.</param>
    /// <param name="trialsPerCall">Trials scored per scorer call (a batch of T·(N + 1) images).</param>
    public static OneShotScores Score(IReadOnlyList<OneShotTrial> trials, int height, int width, Func<Tensor, Tensor, Tensor> scorer,
        ScoreDirection direction, Device? device = null, bool invert = false, int trialsPerCall = DefaultTrialsPerCall)
    {
        if (trials.Count == 0)
        {
            throw new ArgumentException("No trials to score.", nameof(trials));
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(trialsPerCall, 1);
        var ways = trials[0].Candidates.Count;
        var bad = trials.Select((t, i) => (t, i)).FirstOrDefault(x => x.t.Candidates.Count != ways);
        if (bad.t is not null)
        {
            throw new ArgumentException($"Trial {bad.i} ({bad.t.Name}) has {bad.t.Candidates.Count} candidates, the first has {ways}.", nameof(trials));
        }
        var scores = new double[trials.Count, ways];
        using var noGrad = no_grad();
        for (var start = 0; start < trials.Count; start += trialsPerCall)
        {
            var chunk = trials.Skip(start).Take(trialsPerCall).ToArray();
            using var scope = NewDisposeScope();
            var queries = ImageBatcher.ToTensor(chunk.Select(t => t.Query).ToArray(), height, width, device, invert);
            var candidates = ImageBatcher.ToTensor(chunk.SelectMany(t => t.Candidates).ToArray(), height, width, device, invert);
            var result = scorer(queries, candidates);
            if (!result.shape.SequenceEqual([chunk.Length, ways]))
            {
                throw new InvalidOperationException($"The scorer returned shape [{string.Join(", ", result.shape)}] for {chunk.Length} {ways}-way trials; expected [{chunk.Length}, {ways}].");
            }
            var values = HostArrays.ToArray<double>(result.to(ScalarType.Float64, CPU));
            for (var t = 0; t < chunk.Length; t++)
            {
                for (var c = 0; c < ways; c++)
                {
                    scores[start + t, c] = values[t * ways + c];
                }
            }
        }
        return new OneShotScores(scores, trials.Select(t => t.CorrectIndex).ToArray(), trials.Select(t => t.Name).ToArray(), direction);
    }

    /// <summary>
    /// The scorer of a Siamese network: each image is embedded once (a query is not re-encoded N times) and
    /// the head scores each query's embedding against its candidates'. Call with the model in eval mode.
    /// </summary>
    public static Func<Tensor, Tensor, Tensor> SiameseScorer(SiameseNetwork<Tensor> model) => (queries, candidates) =>
    {
        var trials = queries.shape[0];
        var ways = candidates.shape[0] / trials;
        var q = model.Embed(queries);
        var c = model.Embed(candidates);
        var repeated = q.unsqueeze(1).expand(trials, ways, q.shape[1]).reshape(trials * ways, q.shape[1]);
        return model.Head.call(repeated, c).reshape(trials, ways);
    };

    /// <summary>
    /// The 1-nearest-neighbour baseline in pixel space: the Euclidean distance between raw images (lower means
    /// same), as in the 1-NN row of Lake et al. and Koch et al.'s table.
    /// </summary>
    public static Tensor PixelDistance(Tensor queries, Tensor candidates)
    {
        var trials = queries.shape[0];
        var flat = queries.reshape(trials, 1, -1);
        return (candidates.reshape(trials, candidates.shape[0] / trials, -1) - flat).square().sum(2).sqrt();
    }

    /// <summary>
    /// <paramref name="count"/> Koch-style within-alphabet trials (<see cref="FewShotTaskSampler.SampleKochTrial"/>)
    /// over the classes of <paramref name="subset"/>, with their images copied out, so held-out background
    /// alphabets can be scored like Lake's runs (for model selection: Lake's runs are the test).
    /// </summary>
    public static IReadOnlyList<OneShotTrial> KochTrials(ClassSubset subset, int count, int ways, ulong seed)
    {
        var sampler = new FewShotTaskSampler(subset, seed);
        var ds = subset.Dataset;
        return Enumerable.Range(0, count).Select(i =>
        {
            var trial = sampler.SampleKochTrial(ways);
            var alphabet = ds.GroupNames is { } g && ds.ClassGroups is { } cg ? g[cg[ds.Labels[trial.Query]]] : "all";
            return new OneShotTrial(ds.Image(trial.Query).ToArray(), trial.Candidates.Select(c => ds.Image(c).ToArray()).ToArray(),
                trial.CorrectIndex, $"{alphabet}/trial{i + 1:D3}");
        }).ToArray();
    }
}

using Siamese.Lib.Data;
using Siamese.Lib.Models;
using Siamese.Torch;
using static Siamese.Torch.torch;

namespace Siamese.Lib.Evaluation;

/// <summary>
/// Runs N-way one-shot trials (<see cref="OneShotTrial"/>: Lake's fixed runs, or Koch-style trials drawn from
/// held-out alphabets) through a scorer and collects the score matrix. A scorer receives one trial's query
/// (1, 1, H, W) and its candidates (N, 1, H, W), as float tensors in [0, 1] prepared exactly like training
/// batches (<see cref="ImageBatcher"/>, same <c>invert</c>), and returns N scores. Runs without gradients.
/// </summary>
public static class OneShotEvaluator
{
    /// <summary>Scores every trial; images are H × W bytes (resize them first to the model's input size).</summary>
    /// <param name="trials">The trials; every image has <paramref name="height"/> × <paramref name="width"/> pixels.</param>
    /// <param name="height">Image rows.</param>
    /// <param name="width">Image columns.</param>
    /// <param name="scorer">(query [1,1,H,W], candidates [N,1,H,W]) → [N] scores.</param>
    /// <param name="direction">Whether the scorer's low or high values mean "same".</param>
    /// <param name="device">Where the tensors go (the model's device); CPU when null.</param>
    /// <param name="invert">Map pixels to 1 − p/255 (ink = 1), as the training batches did.</param>
    public static OneShotScores Score(IReadOnlyList<OneShotTrial> trials, int height, int width, Func<Tensor, Tensor, Tensor> scorer,
        ScoreDirection direction, Device? device = null, bool invert = false)
    {
        if (trials.Count == 0)
        {
            throw new ArgumentException("No trials to score.", nameof(trials));
        }
        var ways = trials[0].Candidates.Count;
        var scores = new double[trials.Count, ways];
        using var noGrad = no_grad();
        for (var t = 0; t < trials.Count; t++)
        {
            var trial = trials[t];
            if (trial.Candidates.Count != ways)
            {
                throw new ArgumentException($"Trial {t} ({trial.Name}) has {trial.Candidates.Count} candidates, the first has {ways}.", nameof(trials));
            }
            using var scope = NewDisposeScope();
            var query = ImageBatcher.ToTensor([trial.Query], height, width, device, invert);
            var candidates = ImageBatcher.ToTensor(trial.Candidates, height, width, device, invert);
            var row = scorer(query, candidates).to(ScalarType.Float64, CPU).data<double>().ToArray();
            if (row.Length != ways)
            {
                throw new InvalidOperationException($"The scorer returned {row.Length} scores for a {ways}-way trial.");
            }
            for (var c = 0; c < ways; c++)
            {
                scores[t, c] = row[c];
            }
        }
        return new OneShotScores(scores, trials.Select(t => t.CorrectIndex).ToArray(), trials.Select(t => t.Name).ToArray(), direction);
    }

    /// <summary>
    /// The scorer of a Siamese network: each image is embedded once (the query is not re-encoded N times) and
    /// the head scores the query's embedding against each candidate's. Call with the model in eval mode.
    /// </summary>
    public static Func<Tensor, Tensor, Tensor> SiameseScorer(SiameseNetwork<Tensor> model) => (query, candidates) =>
    {
        var q = model.Embed(query);
        var c = model.Embed(candidates);
        return model.Head.call(q.expand(c.shape[0], q.shape[1]), c);
    };

    /// <summary>
    /// The 1-nearest-neighbour baseline in pixel space: the Euclidean distance between raw images (lower means
    /// same), as in the 1-NN row of Lake et al. and Koch et al.'s table.
    /// </summary>
    public static Tensor PixelDistance(Tensor query, Tensor candidates) =>
        (candidates - query).flatten(1).square().sum(1).sqrt();

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

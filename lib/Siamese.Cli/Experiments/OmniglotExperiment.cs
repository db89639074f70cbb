using System.Diagnostics;
using System.Globalization;
using Siamese.Lib.Experiments;
using Siamese.Lib.Training;
using static TorchSharp.torch;

namespace Siamese.Cli.Experiments;

/// <summary>
/// Koch et al. (2015) on Omniglot, headless: the notebook 05 recipe (<see cref="OmniglotOneShot"/>) trained on the
/// background alphabets and tested on Lake's 20 runs (400 20-way one-shot trials), beside the 1-NN pixel baseline.
/// Options override the profile's settings for tuning: <c>--minutes</c> (training time limit), <c>--size</c>,
/// <c>--width</c>, <c>--embedding</c>, <c>--bn</c>, <c>--pairing random|batch</c>, <c>--loss bce|softmax</c>, <c>--alphabets</c>,
/// <c>--characters</c>, <c>--drawers</c>, <c>--pairs</c>, <c>--steps</c>, <c>--epoch-steps</c>, <c>--lr</c>,
/// <c>--wd</c>, <c>--optimizer adam|sgd</c>, <c>--augment</c>, <c>--val-trials</c>, <c>--patience</c>.
/// </summary>
public sealed class OmniglotExperiment : IExperiment
{
    /// <inheritdoc />
    public string Name => "omniglot";

    /// <inheritdoc />
    public string Description => "Koch et al. 2015: Siamese CNN on Omniglot, 20-way one-shot on Lake's 400 trials";

    /// <inheritdoc />
    public ExperimentResults Run(ExperimentContext context)
    {
        var results = new ExperimentResults(Name, context.Profile);
        var config = Configure(OmniglotConfig.For(context.Profile), context.Options);
        context.Log($"config: {config}");
        var clock = Stopwatch.StartNew();
        var background = OmniglotOneShot.LoadBackground(config);
        var runs = OmniglotOneShot.LoadLakeRuns(config);
        var lake = OmniglotOneShot.Trials(runs);
        var split = OmniglotOneShot.SplitAlphabets(background, config, (ulong)context.Seed);
        var validation = OmniglotOneShot.ValidationTrials(background, split, config, (ulong)context.Seed + 1);
        context.Log($"data: {background.Count} images of {split.Train.Count} training / {split.Validation.Count} validation characters, " +
            $"{lake.Count} Lake trials, {config.InputSize}x{config.InputSize}, loaded in {clock.Elapsed.TotalSeconds:F1} s");

        var baseline = OmniglotOneShot.PixelNearestNeighbour(lake, config.InputSize, config.Invert);
        context.Log($"1-NN pixel baseline on Lake's runs: {baseline.Accuracy:P2}");

        manual_seed(context.Seed);
        using var model = OmniglotOneShot.BuildModel(config);
        var trainer = new Trainer(model, OmniglotOneShot.TrainerOptions(config, model, context.Device, context.Seed));
        var stepClock = Stopwatch.StartNew();
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        double CpuSeconds() => (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalSeconds;
        trainer.BatchEnd += (_, e) =>
        {
            if (e.Step % 25 == 0)
            {
                context.Log($"  step {e.Step,6}  loss {e.Loss:F4}  {stepClock.Elapsed.TotalSeconds / e.Step:F3} s/step  {CpuSeconds() / e.Step:F3} cpu-s/step  load {Load()}");
            }
        };
        trainer.EpochEnd += (_, e) => context.Log(
            $"epoch {e.Record.Epoch,3}  loss {e.Record.TrainLoss:F4}  val 20-way {e.Record.Get(OmniglotOneShot.ValidationMetric):P1}  " +
            $"lr {e.Record.LearningRate:G3}  {e.Record.Seconds:F1} s  (total {stepClock.Elapsed.TotalMinutes:F1} min)");
        var history = OmniglotOneShot.Train(trainer, model, background, split, validation, config, context.Seed);
        var trainSeconds = stepClock.Elapsed.TotalSeconds;
        var trainCpu = CpuSeconds();
        context.Log($"training: {history.StopReason ?? "all steps"}; best epoch {history.BestEpoch}; {trainSeconds:F0} s wall, {trainCpu:F0} cpu-s");

        var scores = OmniglotOneShot.Evaluate(model, lake, config.InputSize, config, trainer.Device);
        context.Log($"20-way one-shot on Lake's 400 trials: {scores.Accuracy:P2}");
        context.Log("per run: " + string.Join(" ", scores.AccuracyBy().Select(r => $"{r.Group[3..]}:{r.Accuracy:P0}")));
        return results
            .Set("oneshot_20way_accuracy", scores.Accuracy)
            .Set("nn_pixel_baseline_accuracy", baseline.Accuracy)
            .Set("validation_oneshot_accuracy", history.Epochs.Select(r => r.Get(OmniglotOneShot.ValidationMetric) ?? double.NaN).Max())
            .Set("training_seconds", trainSeconds)
            .Set("training_cpu_seconds", trainCpu)
            .Set("steps", history.Epochs.Count * config.StepsPerEpoch)
            .Set("config", config.ToString())
            .Set("load_average", Load());
    }

    private static OmniglotConfig Configure(OmniglotConfig c, IReadOnlyDictionary<string, string> o)
    {
        int I(string k, int d) => o.TryGetValue(k, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : d;
        double D(string k, double d) => o.TryGetValue(k, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : d;
        bool B(string k, bool d) => o.TryGetValue(k, out var v) ? bool.Parse(v) : d;
        return c with
        {
            TimeLimit = o.TryGetValue("minutes", out var m) ? TimeSpan.FromMinutes(double.Parse(m, CultureInfo.InvariantCulture)) : c.TimeLimit,
            InputSize = I("size", c.InputSize),
            PaperConvolutions = B("paper-convs", c.PaperConvolutions),
            WidthScale = D("width", c.WidthScale),
            EmbeddingSize = I("embedding", c.EmbeddingSize),
            BatchNorm = B("bn", c.BatchNorm),
            Pairing = Choice(o, "pairing", c.Pairing, ("random", OmniglotPairing.RandomPairs), ("batch", OmniglotPairing.AllPairsInBatch)),
            Loss = Choice(o, "loss", c.Loss, ("bce", OmniglotLoss.PairBce), ("softmax", OmniglotLoss.OneShotSoftmax)),
            AlphabetsPerBatch = I("alphabets", c.AlphabetsPerBatch),
            CharactersPerAlphabet = I("characters", c.CharactersPerAlphabet),
            DrawersPerCharacter = I("drawers", c.DrawersPerCharacter),
            PairsPerBatch = I("pairs", c.PairsPerBatch),
            Steps = I("steps", c.Steps),
            StepsPerEpoch = I("epoch-steps", c.StepsPerEpoch),
            LearningRate = D("lr", c.LearningRate),
            WeightDecay = D("wd", c.WeightDecay),
            Optimizer = Choice(o, "optimizer", c.Optimizer, ("adam", OmniglotOptimizer.Adam), ("sgd", OmniglotOptimizer.KochSgd)),
            Augment = B("augment", c.Augment),
            ValidationTrials = I("val-trials", c.ValidationTrials),
            Patience = o.ContainsKey("patience") ? I("patience", 0) : c.Patience,
        };
    }

    /// <summary>The value named by option <paramref name="key"/>; a name not in <paramref name="choices"/> is an error listing them (a typo must not fall back silently).</summary>
    private static T Choice<T>(IReadOnlyDictionary<string, string> o, string key, T current, params (string Name, T Value)[] choices)
    {
        if (!o.TryGetValue(key, out var given))
        {
            return current;
        }
        foreach (var (name, value) in choices)
        {
            if (string.Equals(name, given, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }
        throw new ArgumentException($"--{key} {given}: expected one of {string.Join(", ", choices.Select(x => x.Name))}.");
    }

    private static string Load() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}

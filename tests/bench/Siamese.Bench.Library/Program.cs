using System.Diagnostics;
using System.Globalization;
using Siamese.Lib.Data;
using Siamese.Lib.Losses;
using Siamese.Lib.Models;
using Siamese.Lib.Training;
using Siamese.Lib.Runtime;
using TorchSharp;
using static TorchSharp.torch;

// The same small-CNN contrastive step (128 pairs of 1x28x28, Adam 1e-3) two ways, interleaved in rounds so that
// machine noise hits both: "engine" is written directly against TorchSharp, "library" goes through Siamese.Lib's
// model, loss and Trainer (which adds per-step scopes, loss accumulation and a finite-loss check). Prints one JSON
// line per round and a summary line with the median ratio engine/library (>= 1 means the library is not slower).
TorchRuntime.Initialize();
var steps = Arg("--steps", 20);
var rounds = Arg("--rounds", 3);
set_num_threads(Arg("--threads", 2));
const int Batch = 128;
const int Side = 28;

manual_seed(0);
var x1 = rand(Batch, 1, Side, Side);
var x2 = rand(Batch, 1, Side, Side);
var y = randint(0, 2, [Batch]).@float();

var engineMs = new List<double>();
var libraryMs = new List<double>();
for (var round = 1; round <= rounds; round++)
{
    var engine = Median(EngineSteps());
    var library = Median(LibrarySteps());
    engineMs.Add(engine);
    libraryMs.Add(library);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{{\"round\": {round}, \"engine_ms\": {engine:F2}, \"library_ms\": {library:F2}, \"ratio\": {engine / library:F3}}}"));
}
var ratio = Median(engineMs) / Median(libraryMs);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{{\"model\": \"small_cnn_b128_library\", \"engine_ms\": {Median(engineMs):F2}, \"library_ms\": {Median(libraryMs):F2}, \"ratio_engine_over_library\": {ratio:F3}}}"));
return 0;

double[] EngineSteps()
{
    manual_seed(0);
    // SmallCnn's architecture written out: two same-padded 3x3 conv blocks with 2x2 pooling, fc 128, embedding 32.
    var net = nn.Sequential(
        nn.Conv2d(1, 32, 3, padding: 1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 3, padding: 1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(64 * (Side / 4) * (Side / 4), 128), nn.ReLU(), nn.Linear(128, 32));
    using var opt = optim.Adam(net.parameters(), lr: 1e-3);
    var times = new double[steps];
    for (var i = -3; i < steps; i++)
    {
        var t0 = Stopwatch.GetTimestamp();
        using (NewDisposeScope())
        {
            opt.zero_grad();
            var d = nn.functional.pairwise_distance(net.call(x1), net.call(x2), 2.0, EuclideanDistanceHead.DefaultEpsilon);
            var loss = (0.5 * (1 - y) * d.square() + 0.5 * y * (1.0 - d).clamp_min(0).square()).mean();
            loss.backward();
            opt.step();
            _ = loss.item<float>(); // the trainer reads the loss back once per step on the CPU (finite check)
        }
        if (i >= 0)
        {
            times[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        }
    }
    net.Dispose();
    return times;
}

double[] LibrarySteps()
{
    manual_seed(0);
    using var model = new SiameseNetwork<Tensor>(new SmallCnn(embeddingSize: 32), new EuclideanDistanceHead());
    var loss = new ContrastiveLoss(margin: 1.0, PairLabelConvention.SimilarIsZero, validateLabels: false);
    var trainer = new Trainer(model, new TrainerOptions { Epochs = 1, BatchSize = Batch, Device = CPU, OptimizerFactory = g => Optimizers.Adam(g, 1e-3) });
    var stamps = new List<long> { 0 };
    trainer.BatchEnd += (_, _) => stamps.Add(Stopwatch.GetTimestamp());
    trainer.Fit(
        _ => Enumerable.Range(0, steps + 3).Select(i => { if (i == 0) stamps[0] = Stopwatch.GetTimestamp(); return (x1, x2, y); }),
        b => loss.call(model.call(b.x1, b.x2), b.y));
    // Step i spans BatchEnd(i-1) .. BatchEnd(i); the first three are warm-up, as on the engine side.
    return Enumerable.Range(4, steps).Select(i => Stopwatch.GetElapsedTime(stamps[i - 1], stamps[i]).TotalMilliseconds).ToArray();
}

static double Median(IReadOnlyList<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

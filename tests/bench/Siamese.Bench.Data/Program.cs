// Decodes all of Omniglot background (19,280 PNGs) and all of MNIST (70,000 images) and turns them into
// float32 (batch, 1, H, W) tensors batch by batch, timing each stage. Prints one line per stage and the peak
// working set (which shows that only one byte copy of each dataset is held).
using System.Diagnostics;
using Siamese.Lib.Data;
using Siamese.Lib.Runtime;
using TorchSharp;
using static TorchSharp.torch;

TorchRuntime.Initialize();
const int BatchSize = 1000;

static (double Seconds, T Result) Time<T>(Func<T> f)
{
    var sw = Stopwatch.StartNew();
    var r = f();
    return (sw.Elapsed.TotalSeconds, r);
}

static double ToTensors(ImageDataset ds)
{
    var sw = Stopwatch.StartNew();
    for (var start = 0; start < ds.Count; start += BatchSize)
    {
        var indices = Enumerable.Range(start, Math.Min(BatchSize, ds.Count - start)).ToArray();
        using var t = ImageBatcher.ToTensor(ds, indices);
    }
    return sw.Elapsed.TotalSeconds;
}

var locator = DataLocator.FromEnvironment();
Console.WriteLine($"data: omniglot at {(locator.TryResolve(DatasetCatalog.Omniglot, out var o) ? o : "missing")}, mnist at {(locator.TryResolve(DatasetCatalog.Mnist, out var m) ? m : "missing")}");
Console.WriteLine($"cores: {Environment.ProcessorCount}");

var (omniDecode, omni) = Time(() => OmniglotLoader.Load(background: true, locator));
var omniTensor = ToTensors(omni);
Console.WriteLine($"omniglot background: {omni.Count} PNGs decoded in {omniDecode:F2} s ({omni.Count / omniDecode:F0} images/s), " +
                  $"{omni.Pixels.Length / 1e6:F0} MB of pixels; to float32 tensors in batches of {BatchSize}: {omniTensor:F2} s");
omni = null;
GC.Collect();

var (mnistDecode, mnist) = Time(() => (MnistLoader.Load(true, locator: locator), MnistLoader.Load(false, locator: locator)));
var mnistTensor = ToTensors(mnist.Item1) + ToTensors(mnist.Item2);
var count = mnist.Item1.Count + mnist.Item2.Count;
Console.WriteLine($"mnist train+test: {count} images decoded (gunzip + IDX) in {mnistDecode:F2} s; to float32 tensors: {mnistTensor:F2} s");
Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");

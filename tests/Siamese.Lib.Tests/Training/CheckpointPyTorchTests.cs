using System.Diagnostics;
using System.Text.Json;
using Siamese.Lib.Models;
using Siamese.Lib.Training;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Training;

/// <summary>
/// A checkpoint the suite writes loads in PyTorch: Debian's PyTorch builds the same network
/// (tests/reference/load_checkpoint.py), loads our safetensors file with strict names, and reproduces our outputs.
/// </summary>
public sealed class CheckpointPyTorchTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("siamese-checkpoint-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void PyTorchReproducesTheOutputsOfASavedModel()
    {
        manual_seed(7);
        using var model = new SiameseNetwork<Tensor>(
            new SmallCnn(embeddingSize: 8, channels: (4, 8), hiddenSize: 16), new EuclideanDistanceHead());
        model.eval();
        using var left = rand(5, 1, SmallCnn.MnistSize, SmallCnn.MnistSize);
        using var right = rand(5, 1, SmallCnn.MnistSize, SmallCnn.MnistSize);
        double[] ours;
        using (no_grad())
        {
            using var distances = model.call(left, right);
            ours = distances.to(ScalarType.Float64).data<double>().ToArray();
        }
        var checkpoint = Path.Combine(folder, "model.safetensors");
        var inputs = Path.Combine(folder, "inputs.safetensors");
        var output = Path.Combine(folder, "pytorch.json");
        CheckpointFile.Save(checkpoint, model.state_dict());
        using var epsilon = tensor(EuclideanDistanceHead.DefaultEpsilon);
        CheckpointFile.Save(inputs, new Dictionary<string, Tensor> { ["left"] = left, ["right"] = right, ["epsilon"] = epsilon });

        RunPyTorch(checkpoint, inputs, output);

        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var theirs = json.RootElement.GetProperty("distances").EnumerateArray().Select(d => d.GetDouble()).ToArray();
        Assert.Equal(ours.Length, theirs.Length);
        for (var i = 0; i < ours.Length; i++)
        {
            // 1e-5: the bound. Both sides run the same float32 network on the same weights; only the
            // accumulation order inside conv/linear kernels differs (two libtorch versions), ~1e-7 relative.
            Assert.True(Math.Abs(ours[i] - theirs[i]) <= 1e-5, $"pair {i}: ours {ours[i]}, PyTorch {theirs[i]}");
        }
    }

    private static void RunPyTorch(string checkpoint, string inputs, string output)
    {
        var script = Path.Combine(Repository.Root, "tests", "reference", "load_checkpoint.py");
        var start = new ProcessStartInfo("/usr/bin/python3", [script, checkpoint, inputs, output])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var python = Process.Start(start)!;
        var errors = python.StandardError.ReadToEndAsync();
        python.StandardOutput.ReadToEnd();
        python.WaitForExit();
        Assert.True(python.ExitCode == 0,
            $"PyTorch could not load the checkpoint (Debian's python3-torch is needed: environment/test.sh installs it): {errors.Result}");
    }
}

using Siamese.Lib.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Training;

public sealed class CheckpointFileTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("siamese-checkpoint-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void TensorsRoundTripAndNoTemporaryFileIsLeft()
    {
        var path = Path.Combine(directory, "sub", "w.safetensors");
        using var weight = arange(6, dtype: ScalarType.Float32).reshape(2, 3);
        using var steps = tensor(new long[] { 7 });
        CheckpointFile.Save(path, [new("layer.weight", weight), new("layer.steps", steps)]);
        var loaded = CheckpointFile.Load(path);
        try
        {
            Assert.Equal(["layer.steps", "layer.weight"], loaded.Keys.Order(StringComparer.Ordinal));
            Assert.True(weight.Equals(loaded["layer.weight"]));
            Assert.True(steps.Equals(loaded["layer.steps"]));
        }
        finally
        {
            foreach (var t in loaded.Values)
            {
                t.Dispose();
            }
        }
        Assert.Equal(["w.safetensors"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Fact]
    public void MissingAndCorruptFilesAreClearErrors()
    {
        var missing = Path.Combine(directory, "none.safetensors");
        Assert.Contains(missing, Assert.Throws<FileNotFoundException>(() => CheckpointFile.Load(missing)).Message);
        var corrupt = Path.Combine(directory, "bad.safetensors");
        File.WriteAllText(corrupt, "not a checkpoint");
        Assert.Contains(corrupt, Assert.Throws<InvalidDataException>(() => CheckpointFile.Load(corrupt)).Message);
    }

    [Fact]
    public void OptimizerStateRoundTrips()
    {
        var path = Path.Combine(directory, "optimizer.bin");
        using var w = nn.Parameter(ones(3));
        using var first = Optimizers.SGD([new ParameterGroup([w])], 0.1, momentum: 0.9);
        w.square().sum().backward();
        first.step();
        CheckpointFile.SaveOptimizer(path, first);
        using var second = Optimizers.SGD([new ParameterGroup([w])], 0.5, momentum: 0.9);
        CheckpointFile.LoadOptimizer(path, second);
        Assert.Equal(0.1, second.ParamGroups.Single().LearningRate);
    }
}

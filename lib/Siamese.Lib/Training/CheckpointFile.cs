using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Siamese.Lib.Training;

/// <summary>
/// The trainer's checkpoint files. Weights are named tensors in the safetensors format (written and read by
/// TorchSharp.PyBridge, so PyTorch and Hugging Face tools read them too); optimizer state is TorchSharp's own
/// binary format (safetensors holds tensors only, not an optimizer's per-group options). Every file is written
/// to a temporary file and renamed, so an interrupted save never leaves a half-written checkpoint behind.
/// </summary>
internal static class CheckpointFile
{
    /// <summary>Writes the tensors (copied to the host, contiguous); replaces the file atomically.</summary>
    public static void Save(string path, IEnumerable<KeyValuePair<string, Tensor>> tensors)
    {
        ArgumentNullException.ThrowIfNull(tensors);
        using var scope = NewDisposeScope();
        var host = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        foreach (var (name, tensor) in tensors)
        {
            host.Add(name, tensor.detach().cpu().contiguous());
        }
        WriteAtomically(path, stream => TorchSharp.PyBridge.Safetensors.SaveStateDict(stream, host, leaveOpen: true));
    }

    /// <summary>Reads every tensor (on the CPU); the caller disposes them.</summary>
    public static Dictionary<string, Tensor> Load(string path)
    {
        RequireFile(path);
        try
        {
            var tensors = TorchSharp.PyBridge.Safetensors.LoadStateDict(path);
            // Detached from any scope the caller has open: the caller owns and disposes them.
            foreach (var tensor in tensors.Values)
            {
                tensor.DetachFromDisposeScope();
            }
            return tensors;
        }
        catch (Exception e) when (e is not IOException and not OutOfMemoryException)
        {
            throw new InvalidDataException($"'{path}' is not a readable safetensors checkpoint: {e.Message}", e);
        }
    }

    /// <summary>Writes the optimizer's state (per-group options and per-parameter buffers); replaces the file atomically.</summary>
    public static void SaveOptimizer(string path, optim.Optimizer optimizer) =>
        WriteAtomically(path, stream =>
        {
            using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
            Helper(optimizer).save_state_dict(writer);
        });

    /// <summary>Restores state written by <see cref="SaveOptimizer"/> into an optimizer built over the same parameter groups.</summary>
    public static void LoadOptimizer(string path, optim.Optimizer optimizer)
    {
        RequireFile(path);
        using var reader = new BinaryReader(File.OpenRead(path));
        try
        {
            Helper(optimizer).load_state_dict(reader);
        }
        catch (Exception e) when (e is not IOException and not OutOfMemoryException)
        {
            throw new InvalidDataException(
                $"'{path}' does not fit this optimizer ({optimizer.GetType().Name}): it was saved from another optimizer or model. {e.Message}", e);
        }
    }

    private static OptimizerHelper Helper(optim.Optimizer optimizer) => optimizer as OptimizerHelper
        ?? throw new NotSupportedException($"Optimizer {optimizer.GetType().Name} cannot save its state (it does not derive from OptimizerHelper).");

    private static void RequireFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No checkpoint at '{path}'.", path);
        }
    }

    private static void WriteAtomically(string path, Action<Stream> write)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory != null)
        {
            Directory.CreateDirectory(directory);
        }
        var temporary = path + ".tmp";
        try
        {
            using (var stream = File.Create(temporary))
            {
                write(stream);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}

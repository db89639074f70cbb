using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Training;

/// <summary>
/// The trainer's checkpoint files: named tensors in the safetensors format (the engine's
/// <see cref="Safetensors"/>, readable by PyTorch and Hugging Face tools), written to a temporary file and
/// renamed so that an interrupted save never leaves a half-written checkpoint behind.
/// </summary>
internal static class CheckpointFile
{
    /// <summary>Writes the tensors (copied to the host); replaces the file atomically.</summary>
    public static void Save(string path, IEnumerable<KeyValuePair<string, Tensor>> tensors)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory != null)
        {
            Directory.CreateDirectory(directory);
        }
        var temporary = path + ".tmp";
        Safetensors.save_file(tensors.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), temporary);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads every tensor (on the CPU); the caller disposes them.</summary>
    public static Dictionary<string, Tensor> Load(string path) => Safetensors.load_file(path);
}

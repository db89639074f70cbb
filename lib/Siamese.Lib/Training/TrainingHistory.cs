using System.Text.Json;
using System.Text.Json.Serialization;

namespace Siamese.Lib.Training;

/// <summary>
/// The record of a training run: one <see cref="EpochRecord"/> per finished epoch, and why it ended.
/// Exported as JSON for the notebooks' plots and the results files.
/// </summary>
public sealed class TrainingHistory
{
    /// <summary>History key of the mean validation loss (as in Keras).</summary>
    public const string ValidationLossKey = "val_loss";

    /// <summary>History key of the mean training loss.</summary>
    public const string TrainLossKey = "loss";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private readonly List<EpochRecord> _epochs = [];

    /// <summary>The finished epochs in order.</summary>
    public IReadOnlyList<EpochRecord> Epochs => _epochs;

    /// <summary>Why training ended early (early stopping, cancellation), or null when it ran all epochs.</summary>
    public string? StopReason { get; set; }

    /// <summary>The epoch whose weights the model holds at the end when best weights were restored; 0 otherwise.</summary>
    public int BestEpoch { get; set; }

    /// <summary>Appends one epoch.</summary>
    public void Add(EpochRecord record)
    {
        if (_epochs.Count > 0 && record.Epoch <= _epochs[^1].Epoch)
        {
            throw new ArgumentException($"Epoch {record.Epoch} recorded after epoch {_epochs[^1].Epoch}.", nameof(record));
        }
        _epochs.Add(record);
    }

    /// <summary>The series of one key over the epochs that have it, for plots: (epoch, value).</summary>
    public IReadOnlyList<(int Epoch, double Value)> Series(string key) =>
        _epochs.Where(e => e.Get(key).HasValue).Select(e => (e.Epoch, e.Get(key)!.Value)).ToList();

    /// <summary>The history as indented JSON (snake_case keys; NaN/∞ written as "NaN"/"Infinity").</summary>
    public string ToJson() => JsonSerializer.Serialize(new Document(_epochs, StopReason, BestEpoch), JsonOptions);

    /// <summary>Reads a history written by <see cref="ToJson"/>.</summary>
    public static TrainingHistory FromJson(string json)
    {
        var document = JsonSerializer.Deserialize<Document>(json, JsonOptions)
            ?? throw new JsonException("The JSON text holds no training history.");
        var history = new TrainingHistory { StopReason = document.StopReason, BestEpoch = document.BestEpoch };
        foreach (var record in document.Epochs ?? [])
        {
            history.Add(record);
        }
        return history;
    }

    /// <summary>Writes <see cref="ToJson"/> to a file, creating its directory.</summary>
    public void Save(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory != null)
        {
            Directory.CreateDirectory(directory);
        }
        File.WriteAllText(path, ToJson());
    }

    /// <summary>The JSON shape of a history.</summary>
    private sealed record Document(
        [property: JsonPropertyName("epochs")] List<EpochRecord>? Epochs,
        [property: JsonPropertyName("stop_reason")] string? StopReason,
        [property: JsonPropertyName("best_epoch")] int BestEpoch);
}

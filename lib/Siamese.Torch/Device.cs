namespace Siamese.Torch;

public static partial class torch
{
    /// <summary>Where a tensor lives: <c>cpu</c>, <c>cuda</c> or <c>cuda:1</c> (as <c>torch.device</c>).</summary>
    public sealed record Device(DeviceType type, int index = -1)
    {
        /// <summary>Parses <c>"cpu"</c>, <c>"cuda"</c>, <c>"cuda:0"</c>.</summary>
        public Device(string description) : this(ParseType(description), ParseIndex(description)) { }

        private static DeviceType ParseType(string s) => s.Split(':')[0].Trim().ToLowerInvariant() switch
        {
            "cpu" => DeviceType.CPU,
            "cuda" => DeviceType.CUDA,
            var other => throw new ArgumentException($"Unknown device '{other}': use \"cpu\", \"cuda\" or \"cuda:N\".", nameof(s)),
        };

        private static int ParseIndex(string s)
        {
            var parts = s.Split(':');
            return parts.Length > 1 && int.TryParse(parts[1], out var i) ? i : -1;
        }

        /// <inheritdoc />
        public override string ToString() =>
            (type == DeviceType.CPU ? "cpu" : "cuda") + (index >= 0 ? $":{index}" : "");
    }

    /// <summary>The CPU device.</summary>
    public static readonly Device CPU = new(DeviceType.CPU);

    /// <summary>The current CUDA device.</summary>
    public static readonly Device CUDA = new(DeviceType.CUDA);

    /// <summary>Creates a device from a string such as <c>"cuda:0"</c>.</summary>
    public static Device device(string description) => new(description);

    /// <summary>Creates a device from a type and an index.</summary>
    public static Device device(DeviceType type, int index = -1) => new(type, index);
}

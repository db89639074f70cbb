namespace Siamese.Kernel.Packages;

/// <summary>
/// A NuGet version reduced to what ordering needs: the numeric part (up to four numbers) and the prerelease label.
/// A release sorts after its prereleases; prerelease labels compare ordinally (enough to pick one deterministically).
/// </summary>
internal sealed record PackageVersion(Version Number, string Prerelease) : IComparable<PackageVersion>
{
    /// <summary>Parses "1.2.3", "1.2.3-beta.4" or "1.2.3+metadata"; null when it is not a version.</summary>
    public static PackageVersion? TryParse(string text)
    {
        var withoutMetadata = text.Split('+')[0];
        var dash = withoutMetadata.IndexOf('-', StringComparison.Ordinal);
        var number = dash < 0 ? withoutMetadata : withoutMetadata[..dash];
        var prerelease = dash < 0 ? "" : withoutMetadata[(dash + 1)..];
        if (!number.Contains('.', StringComparison.Ordinal) && int.TryParse(number, out var major))
        {
            return new PackageVersion(new Version(major, 0), prerelease);
        }
        return Version.TryParse(number, out var parsed) && (dash < 0 || prerelease.Length > 0)
            ? new PackageVersion(parsed, prerelease)
            : null;
    }

    public int CompareTo(PackageVersion? other)
    {
        if (other is null)
        {
            return 1;
        }
        var byNumber = Normalize(Number).CompareTo(Normalize(other.Number));
        if (byNumber != 0)
        {
            return byNumber;
        }
        if (Prerelease.Length == 0 || other.Prerelease.Length == 0)
        {
            return other.Prerelease.Length.CompareTo(Prerelease.Length) switch { > 0 => 1, < 0 => -1, _ => 0 };
        }
        return string.CompareOrdinal(Prerelease, other.Prerelease);
    }

    /// <summary>1.2 and 1.2.0.0 are the same version to NuGet.</summary>
    private static Version Normalize(Version v) =>
        new(v.Major, v.Minor, Math.Max(v.Build, 0), Math.Max(v.Revision, 0));
}

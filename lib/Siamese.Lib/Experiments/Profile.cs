namespace Siamese.Lib.Experiments;

/// <summary>
/// Reads the run profile and picks per-profile values, so a notebook states its budget in one line:
/// <c>var epochs = Profile.Pick(quick: 1, standard: 20, full: 200);</c>.
/// </summary>
public static class Profile
{
    /// <summary>The environment variable that selects the profile.</summary>
    public const string Variable = "SIAMESE_PROFILE";

    /// <summary>The profile named by <c>SIAMESE_PROFILE</c> (quick, default or full); <see cref="RunProfile.Default"/> when unset.</summary>
    public static RunProfile Current => Parse(Environment.GetEnvironmentVariable(Variable));

    /// <summary>Parses a profile name; throws with the accepted names on anything else.</summary>
    public static RunProfile Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "default" => RunProfile.Default,
        "quick" => RunProfile.Quick,
        "full" => RunProfile.Full,
        var other => throw new ArgumentException(
            $"Unknown {Variable} '{other}': use quick, default or full.", nameof(name)),
    };

    /// <summary>The value for the current profile.</summary>
    public static T Pick<T>(T quick, T standard, T full) => Pick(Current, quick, standard, full);

    /// <summary>The value for <paramref name="profile"/>.</summary>
    public static T Pick<T>(RunProfile profile, T quick, T standard, T full) => profile switch
    {
        RunProfile.Quick => quick,
        RunProfile.Full => full,
        _ => standard,
    };

    /// <summary>The lower-case name written to results files.</summary>
    public static string Name(RunProfile profile) => profile.ToString().ToLowerInvariant();
}

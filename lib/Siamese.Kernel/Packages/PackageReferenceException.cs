using Siamese.Kernel.Scripting;

namespace Siamese.Kernel.Packages;

/// <summary>A <c>#r "nuget: ..."</c> that cannot be honoured; carries the error the cell shows.</summary>
internal sealed class PackageReferenceException(JupyterError error) : Exception(error.Value)
{
    /// <summary>Bad syntax: <c>#r "nuget:"</c>, <c>#r "nuget: ,1.0"</c>, a version that is no version.</summary>
    public const string SyntaxErrorName = "PackageReferenceSyntaxError";

    /// <summary>NU1101/NU1102: no such package, or no such version, in the sources tried.</summary>
    public const string NotFoundName = "PackageNotFound";

    /// <summary>dotnet restore failed for another reason.</summary>
    public const string RestoreFailedName = "PackageRestoreFailed";

    public JupyterError Error { get; } = error;

    /// <summary>An error whose first traceback line is the name and message, followed by advice lines.</summary>
    public static PackageReferenceException Create(string name, string message, params string[] advice) =>
        new(new JupyterError(name, message, ["\u001b[0;31m" + name + "\u001b[0m: " + message, .. advice]));
}

using Siamese.Lib.Data;

namespace Siamese.Lib.Tests.Data;

/// <summary>
/// A fact on real data. It is skipped, with the reason shown in the test report (the locator's message:
/// paths tried and the fetch command), only when the datasets do not resolve AND this checkout has no
/// <c>../shared/data</c>. On the project's build machines (where <c>../shared/data</c> exists) it always runs,
/// so missing or broken data there fails the test instead of silently skipping it. Written without packages:
/// xunit 2.9 evaluates the attribute's <see cref="FactAttribute.Skip"/> at discovery.
/// </summary>
public sealed class DataFactAttribute : FactAttribute
{
    public DataFactAttribute(params string[] datasets)
    {
        var locator = DataLocator.FromEnvironment();
        var shared = locator.RepositoryRoot is not null &&
                     Directory.Exists(Path.Combine(locator.RepositoryRoot, "..", "shared", "data"));
        if (shared)
        {
            return;
        }
        foreach (var d in datasets)
        {
            if (!locator.IsAvailable(d))
            {
                try
                {
                    locator.Resolve(d);
                }
                catch (DatasetNotFoundException e)
                {
                    Skip = $"real-data test skipped: {e.Message}";
                    return;
                }
            }
        }
    }
}

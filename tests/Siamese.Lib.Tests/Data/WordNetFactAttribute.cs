using Siamese.Lib.Data;

namespace Siamese.Lib.Tests.Data;

/// <summary>
/// A fact on the installed WordNet database (Debian's <c>wordnet-base</c> in <see cref="WordNet.DefaultDirectory"/>),
/// skipped with the reason in the report when it is not installed. Only for extra checks: the WordNet and synonym
/// tests proper run on <see cref="WordNetFixture"/> and need no package.
/// </summary>
public sealed class WordNetFactAttribute : FactAttribute
{
    public WordNetFactAttribute()
    {
        if (!File.Exists(Path.Combine(WordNet.DefaultDirectory, "index.noun")))
        {
            Skip = $"WordNet is not installed in {WordNet.DefaultDirectory}: {WordNet.InstallHint}";
        }
    }
}

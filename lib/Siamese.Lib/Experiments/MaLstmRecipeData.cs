using Siamese.Lib.Data;

namespace Siamese.Lib.Experiments;

/// <summary>
/// The data a <see cref="MaLstmRecipe"/> names, read for notebook 04 and the <c>malstm</c> CLI experiment: its word
/// vectors (one file, or several side by side) and its WordNet synonym pairs.
/// </summary>
public static class MaLstmRecipeData
{
    /// <summary>
    /// <paramref name="train"/> followed by <see cref="MaLstmRecipe.SynonymPairs"/> synonym-augmented copies of its pairs (just
    /// <paramref name="train"/> when null; fewer copies when its pairs do not allow that many distinct ones, see
    /// <see cref="SynonymAugmentation.Generate"/>), drawn with <paramref name="seed"/>; replacements are limited to
    /// <paramref name="isKnownWord"/> when given. Reads WordNet from its default folder unless <paramref name="wordNet"/> is given.
    /// </summary>
    public static IReadOnlyList<SentencePair> AugmentTraining(this MaLstmRecipe recipe, IReadOnlyList<SentencePair> train, Tokenizer tokenizer, long seed,
        Func<string, bool>? isKnownWord = null, WordNet? wordNet = null)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        if (recipe.SynonymPairs is not { } count)
        {
            return train;
        }
        var augmentation = new SynonymAugmentation(wordNet ?? WordNet.Load(), tokenizer, isKnownWord);
        return [.. train, .. augmentation.Generate(train, new DataRandom((ulong)seed), count)];
    }

    /// <summary>Loads the word vectors of <see cref="MaLstmRecipe.VectorsFile"/> (only <paramref name="keepOnly"/> when given).</summary>
    public static WordVectors LoadVectors(this MaLstmRecipe recipe, ISet<string>? keepOnly = null, DataLocator? locator = null)
    {
        locator ??= DataLocator.FromEnvironment();
        ArgumentNullException.ThrowIfNull(recipe);
        return recipe.VectorsFile.Split('+', StringSplitOptions.TrimEntries)
            .Select(file => WordVectors.Load(locator.ResolveFile(DatasetCatalog.Glove, file), keepOnly))
            .Aggregate(WordVectors.Concatenate);
    }
}

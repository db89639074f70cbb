using System.Globalization;

namespace Siamese.Lib.Experiments;

/// <summary>
/// Text overrides of a <see cref="MaLstmRecipe"/>, for an exercise, a tuning sweep or the CLI's <c>SIAMESE_MALSTM</c>
/// variable: <c>"epochs=20,optimizer=adam"</c>. Names are the recipe's properties in any case, plus short forms
/// (<c>lr</c>, <c>batch</c>, <c>hidden</c>, <c>pretrain</c>, <c>synonyms</c>, <c>vectors=300d|50d|350d</c>).
/// </summary>
public static class MaLstmOverrides
{
    /// <summary>A copy of <paramref name="recipe"/> with the settings of <paramref name="overrides"/>; unknown names and values throw.</summary>
    public static MaLstmRecipe Apply(MaLstmRecipe recipe, string? overrides)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        foreach (var item in (overrides ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = item.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2)
            {
                throw new ArgumentException($"Expected name=value, got '{item}'.", nameof(overrides));
            }
            var (name, value) = (parts[0].ToLowerInvariant(), parts[1]);
            recipe = name switch
            {
                "vectorsfile" or "vectors" => recipe with { VectorsFile = value switch { "300d" => MaLstmRecipe.Glove300d, "50d" => MaLstmRecipe.Glove50d, "350d" => MaLstmRecipe.Glove300d + "+" + MaLstmRecipe.Glove50d, _ => value } },
                "finetune" => recipe with { FineTune = bool.Parse(value) },
                "hiddensize" or "hidden" => recipe with { HiddenSize = Int(value) },
                "epochs" => recipe with { Epochs = Int(value) },
                "batchsize" or "batch" => recipe with { BatchSize = Int(value) },
                "optimizer" => recipe with { Optimizer = Enum.Parse<MaLstmOptimizer>(value, ignoreCase: true) },
                "learningrate" or "lr" => recipe with { LearningRate = Double(value) },
                "rho" => recipe with { Rho = Double(value) },
                "clipnorm" or "clip" => recipe with { ClipNorm = value is "none" or "null" ? null : Double(value) },
                "maxlength" => recipe with { MaxLength = value is "none" or "null" ? null : Int(value) },
                "trainpairs" => recipe with { TrainPairs = value is "none" or "null" or "all" ? null : Int(value) },
                "pretrainepochs" or "pretrain" => recipe with { PretrainEpochs = Int(value) },
                "oovscale" => recipe with { OovScale = (float)Double(value) },
                "vectorscale" => recipe with { VectorScale = (float)Double(value) },
                "ensemble" => recipe with { Ensemble = Int(value) },
                "pretrainsplits" => recipe with { PretrainSplits = value },
                "forgetbias" => recipe with { ForgetBias = value is "none" or "null" ? null : Double(value) },
                "inputdropout" or "dropout" => recipe with { InputDropout = Double(value) },
                "pretraincoverage" => recipe with { PretrainCoverage = value is "none" or "null" ? null : Double(value) },
                "synonympairs" or "synonyms" => recipe with { SynonymPairs = value is "none" or "null" or "off" ? null : Int(value) },
                _ => throw new ArgumentException($"Unknown MaLSTM setting '{parts[0]}'.", nameof(overrides)),
            };
        }
        Check(recipe);
        return recipe;
    }

    /// <summary>Throws when a setting cannot train (an empty ensemble, vectors scaled to nothing, dropout of everything).</summary>
    public static void Check(MaLstmRecipe recipe)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        if (recipe.Ensemble < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(recipe), $"An ensemble needs at least 1 network; got {recipe.Ensemble}.");
        }
        if (!(recipe.VectorScale > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(recipe), $"The vector scale must be positive; got {recipe.VectorScale}.");
        }
        if (recipe.InputDropout is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(recipe), $"Input dropout must be in [0, 1); got {recipe.InputDropout}.");
        }
    }

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    private static double Double(string value) => double.Parse(value, CultureInfo.InvariantCulture);
}

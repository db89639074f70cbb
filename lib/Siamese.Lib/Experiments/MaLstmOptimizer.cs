namespace Siamese.Lib.Experiments;

/// <summary>The optimizers a <see cref="MaLstmRecipe"/> can train with.</summary>
public enum MaLstmOptimizer
{
    /// <summary>Adadelta (Zeiler 2012), the paper's choice: learning rate 1, ρ 0.95 in the Keras implementation.</summary>
    Adadelta,

    /// <summary>Adam (Kingma &amp; Ba 2015), what most re-implementations switch to.</summary>
    Adam,
}

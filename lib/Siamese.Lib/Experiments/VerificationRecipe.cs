using Siamese.Lib.Data;

namespace Siamese.Lib.Experiments;

/// <summary>
/// Everything that defines one training run of a Siamese encoder on a <see cref="VerificationData"/> task: the
/// encoder's size, the objective, the budget and the regularisation techniques the ablation of notebook 02
/// switches on one at a time. Defaults are the baseline: contrastive loss, Adam, no augmentation, constant
/// learning rate, no early stopping, no weight decay.
/// </summary>
public sealed record VerificationRecipe
{
    /// <summary>A name for tables and legends.</summary>
    public string Name { get; init; } = "baseline";

    /// <summary>The loss.</summary>
    public TrainingObjective Objective { get; init; } = TrainingObjective.Contrastive;

    /// <summary>Epochs at most.</summary>
    public int Epochs { get; init; } = 20;

    /// <summary>Training batches per epoch (pairs or P × K batches are drawn fresh each time).</summary>
    public int BatchesPerEpoch { get; init; } = 20;

    /// <summary>Pairs per batch for the contrastive objective.</summary>
    public int PairsPerBatch { get; init; } = 32;

    /// <summary>Classes per batch (P) for the triplet objectives.</summary>
    public int ClassesPerBatch { get; init; } = 8;

    /// <summary>Images per class (K) for the triplet objectives; P × K = 64 images, as many as 32 pairs.</summary>
    public int ImagesPerClass { get; init; } = 8;

    /// <summary>Adam's learning rate.</summary>
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>Contrastive margin on the Euclidean distance (Hadsell's m).</summary>
    public double ContrastiveMargin { get; init; } = 1.0;

    /// <summary>Triplet margin α on squared distances of L2-normalised embeddings (FaceNet's 0.2).</summary>
    public double TripletMargin { get; init; } = 0.2;

    /// <summary>Embedding width.</summary>
    public int EmbeddingSize { get; init; } = 32;

    /// <summary>Channels of the two convolution blocks of the small CNN encoder.</summary>
    public (int First, int Second) Channels { get; init; } = (16, 32);

    /// <summary>Width of the encoder's hidden fully connected layer.</summary>
    public int HiddenSize { get; init; } = 128;

    /// <summary>Random transforms of training images, or null for none.</summary>
    public AugmentationOptions? Augmentation { get; init; }

    /// <summary>Halve the learning rate after this many epochs without a better validation loss (ReduceLROnPlateau); null for a constant rate.</summary>
    public int? PlateauPatience { get; init; }

    /// <summary>Stop after this many epochs without a better validation loss, keeping the best weights; null to run all epochs.</summary>
    public int? EarlyStoppingPatience { get; init; }

    /// <summary>L2 regularisation: Adam's weight_decay λ (λ·w added to each gradient, i.e. λ/2·Σw² added to the loss).</summary>
    public double WeightDecay { get; init; }

    /// <summary>Seed of the initialisation, the pair draws and the augmentation.</summary>
    public long Seed { get; init; }
}

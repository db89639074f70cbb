namespace Siamese.Lib.Experiments;

/// <summary>How training pairs are formed in the Omniglot one-shot recipe.</summary>
public enum OmniglotPairing
{
    /// <summary>Koch et al.: independent pairs, half similar, half dissimilar (any two characters), each image encoded once per pair.</summary>
    RandomPairs,

    /// <summary>Every pair of a batch of a few alphabets × characters × drawers: B(B−1)/2 pairs per B encoded images, hard within-alphabet negatives.</summary>
    AllPairsInBatch,
}

/// <summary>The loss of the Omniglot one-shot recipe with <see cref="OmniglotPairing.AllPairsInBatch"/> (random pairs always use Koch's BCE).</summary>
public enum OmniglotLoss
{
    /// <summary>Koch et al.'s verification loss: balanced BCE on every pair of the batch (<see cref="Losses.InBatchPairBceLoss"/>).</summary>
    PairBce,

    /// <summary>Each image as a one-shot query against the rest of the batch, softmax over the head's logits (<see cref="Losses.InBatchOneShotLoss"/>).</summary>
    OneShotSoftmax,
}

/// <summary>The optimizer of the Omniglot one-shot recipe.</summary>
public enum OmniglotOptimizer
{
    /// <summary>Adam at <see cref="OmniglotConfig.LearningRate"/>, cosine-annealed to zero over the planned steps.</summary>
    Adam,

    /// <summary>
    /// Koch et al.'s form: SGD with momentum 0.5, one parameter group per layer with its own L2 weight decay, the
    /// learning rate decayed by 1% per epoch (the paper tunes per-layer values by Bayesian optimisation and does
    /// not publish them; <see cref="OmniglotConfig.LearningRate"/> and <see cref="OmniglotConfig.WeightDecay"/> stand in).
    /// </summary>
    KochSgd,
}

/// <summary>
/// Everything that sets the Omniglot one-shot experiment (Koch, Zemel &amp; Salakhutdinov 2015) apart between
/// profiles: input size, network, pairing, optimizer, budget and validation. <see cref="For"/> gives the tuned
/// settings of each profile; <c>with</c> expressions change one knob.
/// </summary>
public sealed record OmniglotConfig
{
    /// <summary>Side the 105 × 105 images are shrunk to once at load (area averaging); 105 keeps them.</summary>
    public int InputSize { get; init; } = 35;

    /// <summary>The paper's convolutions (10×10, 7×7, 4×4, 4×4 kernels, unpadded) instead of the compact 3×3 padded ones.</summary>
    public bool PaperConvolutions { get; init; }

    /// <summary>Multiplies the convolution widths (64, 128, 128, 256).</summary>
    public double WidthScale { get; init; } = 1.0;

    /// <summary>Width of the sigmoid embedding layer (the paper: 4096).</summary>
    public int EmbeddingSize { get; init; } = 4096;

    /// <summary>Batch normalisation after each convolution (not in the paper).</summary>
    public bool BatchNorm { get; init; }

    /// <summary>How pairs are formed.</summary>
    public OmniglotPairing Pairing { get; init; } = OmniglotPairing.AllPairsInBatch;

    /// <summary>The loss with <see cref="OmniglotPairing.AllPairsInBatch"/>.</summary>
    public OmniglotLoss Loss { get; init; } = OmniglotLoss.PairBce;

    /// <summary>Pairs per step with <see cref="OmniglotPairing.RandomPairs"/>.</summary>
    public int PairsPerBatch { get; init; } = 128;

    /// <summary>Alphabets per batch with <see cref="OmniglotPairing.AllPairsInBatch"/>.</summary>
    public int AlphabetsPerBatch { get; init; } = 4;

    /// <summary>Characters per alphabet per batch.</summary>
    public int CharactersPerAlphabet { get; init; } = 8;

    /// <summary>Drawers (images) per character per batch.</summary>
    public int DrawersPerCharacter { get; init; } = 2;

    /// <summary>Optimizer steps planned (the time limit may stop earlier).</summary>
    public int Steps { get; init; } = 2000;

    /// <summary>Steps between validations (one trainer "epoch").</summary>
    public int StepsPerEpoch { get; init; } = 100;

    /// <summary>The optimizer.</summary>
    public OmniglotOptimizer Optimizer { get; init; } = OmniglotOptimizer.Adam;

    /// <summary>Learning rate (Adam's, or SGD's base rate).</summary>
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>L2 weight decay (per layer for <see cref="OmniglotOptimizer.KochSgd"/>).</summary>
    public double WeightDecay { get; init; }

    /// <summary>Koch's affine distortions on every training image.</summary>
    public bool Augment { get; init; } = true;

    /// <summary>Background alphabets held out for validation (never trained on); Lake's runs stay the test.</summary>
    public int ValidationAlphabets { get; init; } = 4;

    /// <summary>20-way within-alphabet trials drawn from the validation alphabets.</summary>
    public int ValidationTrials { get; init; } = 200;

    /// <summary>Validations without improvement before stopping early (null: never).</summary>
    public int? Patience { get; init; }

    /// <summary>Wall-clock training budget; training stops after the step in progress when it runs out (null: none).</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>Feed ink as 1 and paper as 0 (sparse inputs).</summary>
    public bool Invert { get; init; } = true;

    /// <summary>
    /// The settings of <paramref name="profile"/>. Quick: a smoke run (every cell on real data, accuracy not a result).
    /// Default: tuned on held-out background alphabets for a laptop CPU (notebook 05, "What the profiles trade"):
    /// the one-shot softmax loss (it learns the ranking the test asks for far sooner than Koch's BCE), 400
    /// validation trials (100 left ±4.5 points of noise, so the "best" epoch was mostly chance).
    /// Full: the paper's network at 105 × 105 with random pairs and per-layer SGD, for a GPU.
    /// </summary>
    public static OmniglotConfig For(RunProfile profile) => profile switch
    {
        RunProfile.Quick => new OmniglotConfig
        {
            WidthScale = 0.5, EmbeddingSize = 1024, BatchNorm = true, Loss = OmniglotLoss.OneShotSoftmax, Steps = 40, StepsPerEpoch = 20,
            ValidationTrials = 40,
        },
        RunProfile.Full => new OmniglotConfig
        {
            InputSize = 105, PaperConvolutions = true, EmbeddingSize = 4096, Pairing = OmniglotPairing.RandomPairs, PairsPerBatch = 128,
            Optimizer = OmniglotOptimizer.KochSgd, LearningRate = 0.01, WeightDecay = 2e-4, Steps = 100_000, StepsPerEpoch = 1000,
            ValidationTrials = 400, Patience = 20,
        },
        _ => new OmniglotConfig
        {
            WidthScale = 0.5, EmbeddingSize = 1024, BatchNorm = true, Loss = OmniglotLoss.OneShotSoftmax, Steps = 6000, StepsPerEpoch = 300,
            ValidationTrials = 400,
        },
    };
}

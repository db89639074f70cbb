using Siamese.Lib.Data;
using Siamese.Lib.Training;
using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.optim;

namespace Siamese.Lib.Experiments;

/// <summary>
/// Every choice of a MaLSTM run on SICK (Mueller &amp; Thyagarajan 2016) in one record, shared by notebook 04 and
/// the <c>malstm</c> CLI experiment so both train the same model. <see cref="ForProfile"/> gives the tuned settings of
/// each run profile; <see cref="With"/> overrides some of them from text (<c>"epochs=20,optimizer=adam"</c>), e.g.
/// for an exercise or a tuning sweep.
/// </summary>
public sealed record MaLstmRecipe
{
    /// <summary>The 300d GloVe Common Crawl subset covering SICK (closest to the paper's 300d word2vec).</summary>
    public const string Glove300d = "glove.840B.300d.sick-sts.txt";

    /// <summary>The 50d GloVe 6B subset covering SICK and STS-B.</summary>
    public const string Glove50d = "glove.6B.50d.sick-sts.txt";

    /// <summary>Word-vector file in the <c>glove</c> dataset folder, or several joined by <c>+</c>, read side by side (<see cref="WordVectors.Concatenate"/>).</summary>
    public string VectorsFile { get; init; } = Glove300d;

    /// <summary>Whether the word vectors are trained too (false: frozen, as in the paper).</summary>
    public bool FineTune { get; init; }

    /// <summary>LSTM units (the paper: 50).</summary>
    public int HiddenSize { get; init; } = Models.LstmEncoder.MaLstmHiddenSize;

    /// <summary>Passes over the training pairs.</summary>
    public int Epochs { get; init; } = 30;

    /// <summary>Pairs per optimizer step.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>The optimizer (the paper: Adadelta).</summary>
    public MaLstmOptimizer Optimizer { get; init; } = MaLstmOptimizer.Adadelta;

    /// <summary>Learning rate (Adadelta's is a multiplier, 1 in the paper).</summary>
    public double LearningRate { get; init; } = 1.0;

    /// <summary>Adadelta's decay ρ (Keras' default 0.95, which the MaLSTM code used; PyTorch's default is 0.9).</summary>
    public double Rho { get; init; } = 0.95;

    /// <summary>Clip the gradient norm to this value, or null for none (the Keras MaLSTM code: 1.25).</summary>
    public double? ClipNorm { get; init; } = 1.25;

    /// <summary>Pad/cut sentences to this many tokens, or null for each batch's longest sentence.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Train (and pre-train) on only the first this many pairs of each training split (null: all of them).</summary>
    public int? TrainPairs { get; init; }

    /// <summary>
    /// Epochs of pre-training on the STS Benchmark train split (scores 0–5) before SICK, or 0 for none. The paper
    /// pre-trained on the SemEval 2013 STS data, which the STS Benchmark includes.
    /// </summary>
    public int PretrainEpochs { get; init; }

    /// <summary>
    /// Extra training pairs made by replacing words of the (first <see cref="TrainPairs"/>) SICK training pairs with
    /// WordNet synonyms (<see cref="SynonymAugmentation"/>; the paper: about 10,000), or null for none.
    /// </summary>
    public int? SynonymPairs { get; init; }

    /// <summary>Forget-gate bias at the start, or null for PyTorch's uniform initialization (the paper: 2.5).</summary>
    public double? ForgetBias { get; init; }

    /// <summary>Dropout on the word vectors entering the LSTM while training (0: none, as the paper).</summary>
    public double InputDropout { get; init; }

    /// <summary>
    /// Pre-train only on STS-B pairs whose tokens have a pretrained vector at least this often (null: all pairs). The
    /// 300d file covers SICK's words but only about half of STS-B's tokens, and the rest get random frozen vectors.
    /// </summary>
    public double? PretrainCoverage { get; init; }

    /// <summary>STS Benchmark splits of the pre-training, joined by '+' (default "train"; "train+dev" adds 1,500 pairs).</summary>
    public string PretrainSplits { get; init; } = "train";

    /// <summary>Networks trained with different seeds whose similarities are averaged (1: a single MaLSTM).</summary>
    public int Ensemble { get; init; } = 1;

    /// <summary>Factor applied to every word vector before the LSTM reads it (1: as published; GloVe 840B vectors are 4–15 long).</summary>
    public float VectorScale { get; init; } = 1;

    /// <summary>Scale of the random vectors of words without a pretrained one.</summary>
    public float OovScale { get; init; } = EmbeddingMatrix.DefaultOovScale;

    /// <summary>
    /// The tuned settings of <paramref name="profile"/> (a plain <c>new MaLstmRecipe()</c> is the paper's and the
    /// article's: Adadelta at 1, batches of 64, clipping at 1.25, no pre-training, one network). Chosen on the SICK
    /// trial split (issue 14; README "MaLSTM: what each try measured"): Adam at 2e-3 on batches of 32 reaches in about
    /// 15 epochs what Adadelta reaches in many more; a few epochs of pre-training on STS-B (the paper pre-trained on
    /// SemEval 2013 STS) help; GloVe 840B vectors (lengths 4–15, 6.6 on average) scaled by 0.4 train better than at
    /// full length and keep improving for about 30 epochs; and the mean of 5 networks (seeds s, s+1000, …) is steadier than any one of them. quick is a smoke run on 600 pairs per
    /// training split with 2 networks; full trains longer and averages 10.
    /// </summary>
    public static MaLstmRecipe ForProfile(RunProfile profile) => new()
    {
        Optimizer = MaLstmOptimizer.Adam,
        LearningRate = 2e-3,
        BatchSize = 32,
        VectorScale = TunedVectorScale,
        PretrainEpochs = Profile.Pick(profile, quick: 1, standard: 5, full: 10),
        Epochs = Profile.Pick(profile, quick: 2, standard: 30, full: 40),
        Ensemble = Profile.Pick(profile, quick: 2, standard: 5, full: 10),
        TrainPairs = Profile.Pick<int?>(profile, quick: 600, standard: null, full: null),
    };

    /// <summary>The vector scale of the tuned profiles (trial r 0.839 against 0.833 at 1 and 0.834 at 0.2, 15 epochs, seeds 0–1).</summary>
    public const float TunedVectorScale = 0.4f;

    /// <summary>
    /// A copy with settings overridden by <c>name=value</c> pairs separated by commas (names as the properties, any
    /// case; see <see cref="MaLstmOverrides"/>).
    /// </summary>
    public MaLstmRecipe With(string? overrides) => MaLstmOverrides.Apply(this, overrides);

    /// <summary>Optimizer steps of one epoch over <paramref name="pairs"/> pairs (the last batch may be smaller).</summary>
    public int StepsPerEpoch(int pairs) => (pairs + BatchSize - 1) / BatchSize;

    /// <summary>The optimizer over <paramref name="groups"/>.</summary>
    public Optimizer CreateOptimizer(IReadOnlyList<ParameterGroup> groups) => Optimizer switch
    {
        MaLstmOptimizer.Adadelta => Optimizers.Adadelta(groups, LearningRate, Rho),
        _ => Optimizers.Adam(groups, LearningRate),
    };

    /// <summary>
    /// Trainer settings of this recipe for <paramref name="epochs"/> epochs: batch size, optimizer and gradient clipping
    /// (model selection is the caller's: the SICK run keeps the best trial-split epoch, pre-training keeps the last).
    /// </summary>
    public Training.TrainerOptions TrainerOptions(int epochs, Device? device = null, long seed = 0) => new()
    {
        Epochs = epochs,
        BatchSize = BatchSize,
        Device = device,
        Seed = seed,
        OptimizerFactory = CreateOptimizer,
        GradientClipNorm = ClipNorm,
    };
}

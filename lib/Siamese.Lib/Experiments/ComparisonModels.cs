using Siamese.Lib.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Experiments;

/// <summary>
/// The encoders of the model comparison, sized to about 100 thousand trainable parameters each so that no
/// architecture wins by size alone. Every network uses the Euclidean distance head (the contrastive loss needs a
/// distance), and each factory seeds libtorch first so that the same call always gives the same initial weights.
/// </summary>
public static class ComparisonModels
{
    /// <summary>The Transformer's heads (the article's 4).</summary>
    public const int TransformerHeads = TransformerEncoder.ArticleHeads;

    /// <summary>
    /// The Transformer's width per head: 16, not the article's 64, which would make a 1.6 M-parameter model
    /// (4 × 64 wide) sixteen times the others'; the exercises try the article's size.
    /// </summary>
    public const int TransformerHeadSize = 16;

    /// <summary>Transformer layers.</summary>
    public const int TransformerLayers = 2;

    /// <summary>Dropout inside the Transformer layers (PyTorch's default).</summary>
    public const double TransformerDropout = 0.1;

    /// <summary>LSTM units for image rows (28 inputs per step → 81k parameters).</summary>
    public const int ImageLstmHidden = 128;

    /// <summary>LSTM units for word vectors (50 inputs per step → 92k parameters).</summary>
    public const int TextLstmHidden = 128;

    /// <summary>Embedding width of the image CNN.</summary>
    public const int ImageCnnEmbedding = 32;

    /// <summary>Channels of the image CNN's two convolution blocks.</summary>
    public static readonly (int First, int Second) ImageCnnChannels = (16, 32);

    /// <summary>Hidden width of the image CNN's fully connected layer.</summary>
    public const int ImageCnnHidden = 64;

    /// <summary>Filters of the text CNN (trigram detectors over word vectors).</summary>
    public const int TextCnnFilters = 256;

    /// <summary>Embedding width of the text CNN.</summary>
    public const int TextCnnEmbedding = 64;

    /// <summary>Trigrams: the text CNN's kernel spans three words.</summary>
    public const int TextCnnKernel = 3;

    /// <summary>A Siamese network over single-channel square images; the sequence encoders read them row by row.</summary>
    /// <param name="kind">Which encoder.</param>
    /// <param name="imageSize">Image side (28 for MNIST).</param>
    /// <param name="seed">Seed of the initial weights.</param>
    public static SiameseNetwork<Tensor> ForImages(EncoderKind kind, int imageSize, long seed)
    {
        manual_seed(seed);
        nn.Module<Tensor, Tensor> encoder = kind switch
        {
            EncoderKind.Cnn => new SmallCnn(ImageCnnEmbedding, ImageCnnChannels, ImageCnnHidden, imageSize),
            EncoderKind.Lstm => new ImageRowsEncoder(new LstmEncoder(imageSize, ImageLstmHidden)),
            EncoderKind.Transformer => new ImageRowsEncoder(Transformer(imageSize, imageSize)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown encoder kind."),
        };
        return new SiameseNetwork<Tensor>(encoder, new EuclideanDistanceHead());
    }

    /// <summary>A Siamese network over sequences of feature vectors (e.g. frozen word vectors).</summary>
    /// <param name="kind">Which encoder.</param>
    /// <param name="features">Features per step (the word-vector dimension).</param>
    /// <param name="maxLength">Longest sequence the Transformer's positional table must cover.</param>
    /// <param name="seed">Seed of the initial weights.</param>
    public static SiameseNetwork<SequenceInput> ForSequences(EncoderKind kind, int features, int maxLength, long seed)
    {
        manual_seed(seed);
        nn.Module<SequenceInput, Tensor> encoder = kind switch
        {
            EncoderKind.Cnn => new SequenceCnnEncoder(features, TextCnnFilters, TextCnnEmbedding, TextCnnKernel),
            EncoderKind.Lstm => new LstmEncoder(features, TextLstmHidden),
            EncoderKind.Transformer => Transformer(features, maxLength),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown encoder kind."),
        };
        return new SiameseNetwork<SequenceInput>(encoder, new EuclideanDistanceHead());
    }

    /// <summary>The display name of an encoder kind ("CNN", "LSTM", "Transformer").</summary>
    public static string Name(EncoderKind kind) => kind switch
    {
        EncoderKind.Cnn => "CNN",
        EncoderKind.Lstm => "LSTM",
        EncoderKind.Transformer => "Transformer",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown encoder kind."),
    };

    private static TransformerEncoder Transformer(int features, int maxLength) =>
        new(features, TransformerHeads, TransformerHeadSize, TransformerLayers, maxLength, TransformerDropout);
}

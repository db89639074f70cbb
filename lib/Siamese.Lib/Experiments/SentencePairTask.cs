using Siamese.Lib.Data;
using Siamese.Lib.Losses;
using Siamese.Lib.Models;
using Siamese.Lib.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Experiments;

/// <summary>
/// The sentence-pair task of the model comparison: SICK (or STS-B) pairs as a binary "related or not" task, related
/// meaning a gold score of at least a cut. Every encoder receives the same input, the frozen pretrained word vectors
/// of each token (GloVe), so the comparison is about the encoder and not the embedding: values [batch, time, dimension]
/// padded on the right to the longest sentence of the batch, with a mask. Trained with the contrastive loss
/// (label 0 = related) on the network's distance; the gold scores are kept for Spearman's ρ.
/// </summary>
public static class SentencePairTask
{
    /// <summary>Builds the task.</summary>
    /// <param name="name">Name for tables (e.g. "SICK related (≥ 3.5)").</param>
    /// <param name="train">Training pairs, reshuffled every epoch with <see cref="EpochContext.Random"/>.</param>
    /// <param name="validation">Pairs for the threshold and the learning curve.</param>
    /// <param name="test">Pairs for the reported numbers.</param>
    /// <param name="vocabulary">Token indices (unknown tokens map to <see cref="Vocabulary.UnknownIndex"/>).</param>
    /// <param name="embeddings">The vector of each vocabulary entry (padding row zero).</param>
    /// <param name="relatedCut">A pair is "related" when its gold score is at least this.</param>
    /// <param name="tokenizer">The tokenizer the vocabulary was built with (default: GloVe-style, punctuation dropped).</param>
    /// <param name="margin">Contrastive margin.</param>
    public static PairTask<SequenceInput> Create(string name, IReadOnlyList<SentencePair> train, IReadOnlyList<SentencePair> validation,
        IReadOnlyList<SentencePair> test, Vocabulary vocabulary, EmbeddingMatrix embeddings, double relatedCut, Tokenizer? tokenizer = null,
        double margin = ImagePairTask.DefaultMargin)
    {
        ArgumentNullException.ThrowIfNull(train);
        if (train.Count == 0)
        {
            throw new ArgumentException("There are no training pairs.", nameof(train));
        }
        var encoder = new SentenceEncoder(vocabulary, embeddings, tokenizer ?? new Tokenizer());
        var trainA = train.Select(p => encoder.Encode(p.SentenceA)).ToArray();
        var trainB = train.Select(p => encoder.Encode(p.SentenceB)).ToArray();
        var labels = train.Select(p => p.Score >= relatedCut ? 0f : 1f).ToArray();
        var loss = new ContrastiveLoss(margin, PairLabelConvention.SimilarIsZero, validateLabels: false);
        return new PairTask<SequenceInput>(
            name,
            context => Batches(encoder, trainA, trainB, labels, context),
            (distance, label) => loss.call(distance, label),
            Evaluation($"{name}: validation", validation, vocabulary, embeddings, relatedCut, tokenizer),
            Evaluation($"{name}: test", test, vocabulary, embeddings, relatedCut, tokenizer));
    }

    /// <summary>
    /// A fixed set of sentence pairs to score. With <paramref name="shuffleWordsSeed"/> the words of every sentence are put
    /// in a random order (the same bag of words, the order destroyed): scoring a trained model on that set measures how
    /// much it relies on word order.
    /// </summary>
    public static EvaluationPairs<SequenceInput> Evaluation(string name, IReadOnlyList<SentencePair> pairs, Vocabulary vocabulary,
        EmbeddingMatrix embeddings, double relatedCut, Tokenizer? tokenizer = null, ulong? shuffleWordsSeed = null)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var encoder = new SentenceEncoder(vocabulary, embeddings, tokenizer ?? new Tokenizer());
        var a = pairs.Select(p => encoder.Encode(p.SentenceA)).ToArray();
        var b = pairs.Select(p => encoder.Encode(p.SentenceB)).ToArray();
        if (shuffleWordsSeed is { } seed)
        {
            var random = new DataRandom(seed);
            foreach (var sentence in a.Concat(b))
            {
                random.Shuffle(sentence);
            }
        }
        return new EvaluationPairs<SequenceInput>(
            name,
            (start, count, device) => (encoder.Batch(a.AsSpan(start, count).ToArray(), device), encoder.Batch(b.AsSpan(start, count).ToArray(), device)),
            pairs.Select(p => p.Score >= relatedCut).ToArray(),
            pairs.Select(p => (double)p.Score).ToArray());
    }

    private static IEnumerable<PairTrainingBatch<SequenceInput>> Batches(SentenceEncoder encoder, int[][] a, int[][] b, float[] labels, EpochContext context)
    {
        var order = Enumerable.Range(0, a.Length).ToArray();
        while (true)
        {
            context.Random.Shuffle(order);
            // Incomplete last batches are dropped so that every step sees BatchSize pairs.
            for (var start = 0; start + context.BatchSize <= order.Length; start += context.BatchSize)
            {
                var chosen = order.AsSpan(start, context.BatchSize).ToArray();
                yield return new PairTrainingBatch<SequenceInput>(
                    encoder.Batch(chosen.Select(i => a[i]).ToArray(), context.Device),
                    encoder.Batch(chosen.Select(i => b[i]).ToArray(), context.Device),
                    tensor(chosen.Select(i => labels[i]).ToArray(), [chosen.Length], device: context.Device));
            }
            if (context.BatchSize > order.Length)
            {
                throw new InvalidOperationException($"The batch size {context.BatchSize} exceeds the {order.Length} training pairs.");
            }
        }
    }

    /// <summary>Tokens → indices → padded batches of frozen word vectors.</summary>
    private sealed class SentenceEncoder(Vocabulary vocabulary, EmbeddingMatrix embeddings, Tokenizer tokenizer)
    {
        private readonly Tensor _vectors = CreateVectors(vocabulary, embeddings);

        public int[] Encode(string sentence)
        {
            var indices = vocabulary.Encode(tokenizer.Tokenize(sentence));
            // An all-punctuation sentence tokenizes to nothing; one unknown token keeps every sequence non-empty,
            // which the LSTM's packing requires.
            return indices.Length > 0 ? indices : [Vocabulary.UnknownIndex];
        }

        public SequenceInput Batch(int[][] sentences, Device device)
        {
            var padded = PaddedSequences.Pad(sentences);
            using var indices = padded.IndicesTensor();
            using var flat = indices.flatten();
            using var rows = _vectors.index_select(0, flat);
            var values = rows.view(padded.BatchSize, padded.Length, embeddings.Dimension).to(device);
            return new SequenceInput(values, padded.MaskTensor(device));
        }

        private static Tensor CreateVectors(Vocabulary vocabulary, EmbeddingMatrix embeddings)
        {
            ArgumentNullException.ThrowIfNull(vocabulary);
            ArgumentNullException.ThrowIfNull(embeddings);
            if (embeddings.Rows != vocabulary.Count)
            {
                throw new ArgumentException($"The embedding matrix has {embeddings.Rows} rows for a vocabulary of {vocabulary.Count} entries.", nameof(embeddings));
            }
            // Created outside any dispose scope on purpose: the table lives as long as the task.
            using var scope = NewDisposeScope();
            return tensor(embeddings.Values, [embeddings.Rows, embeddings.Dimension]).DetachFromDisposeScope();
        }
    }
}

using System.Runtime.InteropServices;

namespace Siamese.Torch.Native;

// lib/native/src/nn_sequence.cpp: embedding, LSTM/GRU, packed sequences, multi-head attention.
internal static partial class NativeMethods
{
    [LibraryImport(Lib)] internal static partial int sts_seq_uniform_(IntPtr h, double low, double high);
    [LibraryImport(Lib)] internal static partial int sts_seq_normal_(IntPtr h, double mean, double std);
    [LibraryImport(Lib)] internal static partial int sts_seq_fill_(IntPtr h, double value);
    [LibraryImport(Lib)] internal static partial int sts_seq_copy_(IntPtr target, IntPtr source);
    [LibraryImport(Lib)] internal static partial int sts_seq_fill_row_(IntPtr h, long row, double value);
    [LibraryImport(Lib)] internal static partial int sts_seq_linear(IntPtr input, IntPtr weight, IntPtr bias, out IntPtr result);

    [LibraryImport(Lib)]
    internal static partial int sts_seq_embedding(IntPtr input, IntPtr weight, int hasPaddingIdx, long paddingIdx,
        double maxNorm, double normType, int scaleGradByFreq, int sparse, out IntPtr result);

    [LibraryImport(Lib)]
    internal static partial int sts_seq_pack_padded(IntPtr input, IntPtr lengths, int batchFirst, int enforceSorted,
        out IntPtr data, out IntPtr batchSizes, out IntPtr sortedIndices, out IntPtr unsortedIndices);

    [LibraryImport(Lib)]
    internal static partial int sts_seq_pad_packed(IntPtr data, IntPtr batchSizes, IntPtr unsortedIndices, int batchFirst,
        double paddingValue, long totalLength, out IntPtr result, out IntPtr lengths);

    [LibraryImport(Lib)]
    internal static unsafe partial int sts_seq_rnn(int mode, IntPtr input, IntPtr batchSizes, IntPtr sortedIndices,
        IntPtr unsortedIndices, IntPtr h0, IntPtr c0, IntPtr* parameters, long parameterCount, int hasBiases,
        long inputSize, long hiddenSize, long numLayers, double dropout, int train, int bidirectional, int batchFirst,
        out IntPtr output, out IntPtr hN, out IntPtr cN);

    [LibraryImport(Lib)]
    internal static partial int sts_seq_multi_head_attention(IntPtr query, IntPtr key, IntPtr value, long embedDim,
        long numHeads, IntPtr inProjWeight, IntPtr inProjBias, IntPtr qProjWeight, IntPtr kProjWeight, IntPtr vProjWeight,
        IntPtr outProjWeight, IntPtr outProjBias, IntPtr keyPaddingMask, IntPtr attnMask, double dropout, int training,
        int needWeights, int averageAttnWeights, int batchFirst, out IntPtr output, out IntPtr weights);
}

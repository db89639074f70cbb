using System.Runtime.InteropServices;

namespace Siamese.Torch.Native;

// lib/native/src/nn_functional.cpp, nn_loss.cpp and nn_init.cpp.
internal static partial class NativeMethods
{
    // ---- nn_functional.cpp ----
    [LibraryImport(Lib)] internal static partial int sts_nn_linear(IntPtr input, IntPtr weight, IntPtr bias, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_bilinear(IntPtr input1, IntPtr input2, IntPtr weight, IntPtr bias, out IntPtr result);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int sts_nn_conv1d(IntPtr input, IntPtr weight, IntPtr bias, long stride, long padding, string? paddingMode, long dilation, long groups, out IntPtr result);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static unsafe partial int sts_nn_conv2d(IntPtr input, IntPtr weight, IntPtr bias, long* stride, long* padding, string? paddingMode, long* dilation, long groups, out IntPtr result);

    [LibraryImport(Lib)] internal static unsafe partial int sts_nn_max_pool2d(IntPtr input, long* kernel, long* stride, long strideLength, long* padding, long* dilation, int ceilMode, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_nn_max_pool2d_with_indices(IntPtr input, long* kernel, long* stride, long strideLength, long* padding, long* dilation, int ceilMode, out IntPtr result, out IntPtr indices);
    [LibraryImport(Lib)] internal static partial int sts_nn_max_pool1d(IntPtr input, long kernel, long stride, long padding, long dilation, int ceilMode, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_nn_avg_pool2d(IntPtr input, long* kernel, long* stride, long strideLength, long* padding, int ceilMode, int countIncludePad, long divisorOverride, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_avg_pool1d(IntPtr input, long kernel, long stride, long padding, int ceilMode, int countIncludePad, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_nn_adaptive_avg_pool2d(IntPtr input, long* outputSize, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_nn_adaptive_max_pool2d(IntPtr input, long* outputSize, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_adaptive_avg_pool1d(IntPtr input, long outputSize, out IntPtr result);

    [LibraryImport(Lib)] internal static partial int sts_nn_batch_norm(IntPtr input, IntPtr runningMean, IntPtr runningVar, IntPtr weight, IntPtr bias, int training, double momentum, double eps, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_nn_layer_norm(IntPtr input, long* normalizedShape, long ndim, IntPtr weight, IntPtr bias, double eps, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_group_norm(IntPtr input, long numGroups, IntPtr weight, IntPtr bias, double eps, out IntPtr result);

    [LibraryImport(Lib)] internal static partial int sts_nn_dropout(IntPtr input, double p, int training, int inplace, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_dropout2d(IntPtr input, double p, int training, out IntPtr result);

    [LibraryImport(Lib)] internal static partial int sts_nn_relu(IntPtr input, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_relu6(IntPtr input, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_sigmoid(IntPtr input, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_tanh(IntPtr input, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_silu(IntPtr input, out IntPtr result);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int sts_nn_gelu(IntPtr input, string approximate, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_leaky_relu(IntPtr input, double negativeSlope, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_elu(IntPtr input, double alpha, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_softplus(IntPtr input, double beta, double threshold, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_softmax(IntPtr input, long dim, int dtype, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_log_softmax(IntPtr input, long dim, int dtype, out IntPtr result);

    [LibraryImport(Lib)] internal static partial int sts_nn_flatten(IntPtr input, long startDim, long endDim, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_nn_unflatten(IntPtr input, long dim, long* sizes, long n, out IntPtr result);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static unsafe partial int sts_nn_pad(IntPtr input, long* pad, long n, string mode, double value, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_nn_interpolate(IntPtr input, long* size, long sizeLength, double* scales, long scalesLength, int mode, int alignCorners, int recomputeScaleFactor, int antialias, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_nn_affine_grid(IntPtr theta, long* size, long n, int alignCorners, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_grid_sample(IntPtr input, IntPtr grid, int mode, int paddingMode, int alignCorners, out IntPtr result);

    [LibraryImport(Lib)] internal static partial int sts_nn_pairwise_distance(IntPtr x1, IntPtr x2, double p, double eps, int keepdim, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_cosine_similarity(IntPtr x1, IntPtr x2, long dim, double eps, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_normalize(IntPtr input, double p, long dim, double eps, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_cdist(IntPtr x1, IntPtr x2, double p, out IntPtr result);

    [LibraryImport(Lib)] internal static partial int sts_nn_copy_no_grad(IntPtr destination, IntPtr source);
}

// lib/native/src/nn_loss.cpp and nn_init.cpp.
internal static partial class NativeMethods
{
    [LibraryImport(Lib)] internal static partial int sts_nn_mse_loss(IntPtr input, IntPtr target, long reduction, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_l1_loss(IntPtr input, IntPtr target, long reduction, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_smooth_l1_loss(IntPtr input, IntPtr target, long reduction, double beta, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_huber_loss(IntPtr input, IntPtr target, long reduction, double delta, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_binary_cross_entropy(IntPtr input, IntPtr target, IntPtr weight, long reduction, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_binary_cross_entropy_with_logits(IntPtr input, IntPtr target, IntPtr weight, IntPtr posWeight, long reduction, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_cross_entropy(IntPtr input, IntPtr target, IntPtr weight, long reduction, long ignoreIndex, double labelSmoothing, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_nll_loss(IntPtr input, IntPtr target, IntPtr weight, long reduction, long ignoreIndex, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_kl_div(IntPtr input, IntPtr target, long reduction, int logTarget, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_triplet_margin_loss(IntPtr anchor, IntPtr positive, IntPtr negative, double margin, double p, double eps, int swap, long reduction, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_margin_ranking_loss(IntPtr input1, IntPtr input2, IntPtr target, double margin, long reduction, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_cosine_embedding_loss(IntPtr input1, IntPtr input2, IntPtr target, double margin, long reduction, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nn_hinge_embedding_loss(IntPtr input, IntPtr target, double margin, long reduction, out IntPtr result);

    [LibraryImport(Lib)] internal static partial int sts_nn_init_uniform_(IntPtr t, double low, double high);
    [LibraryImport(Lib)] internal static partial int sts_nn_init_normal_(IntPtr t, double mean, double std);
    [LibraryImport(Lib)] internal static partial int sts_nn_init_trunc_normal_(IntPtr t, double mean, double std, double a, double b);
    [LibraryImport(Lib)] internal static partial int sts_nn_init_fill_(IntPtr t, NativeScalar value);
    [LibraryImport(Lib)] internal static partial int sts_nn_init_eye_(IntPtr t);
    [LibraryImport(Lib)] internal static partial int sts_nn_init_orthogonal_(IntPtr t, double gain);
}

using Siamese.Torch.Modules;

namespace Siamese.Torch;

public static partial class torch
{
    public static partial class nn
    {
        /// <summary>Fully connected layer (in_features → out_features), initialised as PyTorch does.</summary>
        public static Modules.Linear Linear(long inputSize, long outputSize, bool hasBias = true, Device? device = null, ScalarType? dtype = null) =>
            new(inputSize, outputSize, hasBias, device, dtype);

        /// <summary>2-D convolution with a square kernel (see <see cref="Modules.Conv2d"/>).</summary>
        public static Modules.Conv2d Conv2d(long in_channels, long out_channels, long kernelSize, long stride = 1, long padding = 0, long dilation = 1,
            PaddingModes padding_mode = PaddingModes.Zeros, long groups = 1, bool bias = true, Device? device = null, ScalarType? dtype = null) =>
            new(in_channels, out_channels, (kernelSize, kernelSize), (stride, stride), (padding, padding), (dilation, dilation), padding_mode, groups, bias, device, dtype);

        /// <summary>2-D convolution with (h, w) kernel, stride, padding and dilation.</summary>
        public static Modules.Conv2d Conv2d(long in_channels, long out_channels, (long, long) kernelSize, (long, long)? stride = null, (long, long)? padding = null,
            (long, long)? dilation = null, PaddingModes padding_mode = PaddingModes.Zeros, long groups = 1, bool bias = true, Device? device = null, ScalarType? dtype = null) =>
            new(in_channels, out_channels, kernelSize, stride ?? (1, 1), padding ?? (0, 0), dilation ?? (1, 1), padding_mode, groups, bias, device, dtype);

        /// <summary>2-D convolution with symbolic padding (<see cref="Padding.Same"/> keeps the spatial size).</summary>
        public static Modules.Conv2d Conv2d(long in_channels, long out_channels, long kernelSize, Padding padding, long stride = 1, long dilation = 1,
            PaddingModes padding_mode = PaddingModes.Zeros, long groups = 1, bool bias = true, Device? device = null, ScalarType? dtype = null) =>
            new(in_channels, out_channels, (kernelSize, kernelSize), (stride, stride), (0, 0), (dilation, dilation), padding_mode, groups, bias, device, dtype, padding);

        /// <summary>Max pooling with a square window (stride defaults to the window).</summary>
        public static MaxPool2d MaxPool2d(long kernelSize, long? stride = null, long? padding = null, long? dilation = null, bool ceil_mode = false) =>
            new((kernelSize, kernelSize), stride is null ? null : (stride.Value, stride.Value), padding is null ? null : (padding.Value, padding.Value),
                dilation is null ? null : (dilation.Value, dilation.Value), ceil_mode);

        /// <summary>Max pooling with an (h, w) window.</summary>
        public static MaxPool2d MaxPool2d((long, long) kernelSize, (long, long)? stride = null, (long, long)? padding = null, (long, long)? dilation = null, bool ceil_mode = false) =>
            new(kernelSize, stride, padding, dilation, ceil_mode);

        /// <summary>Average pooling with a square window (stride defaults to the window).</summary>
        public static AvgPool2d AvgPool2d(long kernel_size, long? stride = null, long padding = 0, bool ceil_mode = false, bool count_include_pad = true, long? divisor_override = null) =>
            new((kernel_size, kernel_size), stride is null ? null : (stride.Value, stride.Value), (padding, padding), ceil_mode, count_include_pad, divisor_override);

        /// <summary>Average pooling with an (h, w) window.</summary>
        public static AvgPool2d AvgPool2d((long, long) kernel_size, (long, long)? stride = null, (long, long)? padding = null, bool ceil_mode = false, bool count_include_pad = true, long? divisor_override = null) =>
            new(kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override);

        /// <summary>Average pooling to a square output size.</summary>
        public static AdaptiveAvgPool2d AdaptiveAvgPool2d(long outputSize) => new((outputSize, outputSize));

        /// <summary>Average pooling to an (h, w) output size.</summary>
        public static AdaptiveAvgPool2d AdaptiveAvgPool2d((long, long) outputSize) => new(outputSize);

        /// <summary>Batch normalisation of (N, C) or (N, C, L); momentum null gives a cumulative average.</summary>
        public static BatchNorm1d BatchNorm1d(long num_features, double eps = 1e-5, double? momentum = 0.1, bool affine = true, bool track_running_stats = true,
            Device? device = null, ScalarType? dtype = null) => new(num_features, eps, momentum, affine, track_running_stats, device, dtype);

        /// <summary>Batch normalisation of (N, C, H, W); momentum null gives a cumulative average.</summary>
        public static BatchNorm2d BatchNorm2d(long num_features, double eps = 1e-5, double? momentum = 0.1, bool affine = true, bool track_running_stats = true,
            Device? device = null, ScalarType? dtype = null) => new(num_features, eps, momentum, affine, track_running_stats, device, dtype);

        /// <summary>Layer normalisation over the trailing <paramref name="normalized_shape"/>.</summary>
        public static LayerNorm LayerNorm(long[] normalized_shape, double eps = 1e-5, bool elementwise_affine = true, bool bias = true,
            Device? device = null, ScalarType? dtype = null) => new(normalized_shape, eps, elementwise_affine, bias, device, dtype);

        /// <summary>Layer normalisation over the last dimension.</summary>
        public static LayerNorm LayerNorm(long normalized_shape, double eps = 1e-5, bool elementwise_affine = true, bool bias = true,
            Device? device = null, ScalarType? dtype = null) => new(normalized_shape, eps, elementwise_affine, bias, device, dtype);

        /// <summary>Element dropout with probability <paramref name="p"/> (training mode only).</summary>
        public static Dropout Dropout(double p = 0.5, bool inplace = false) => new(p, inplace);

        /// <summary>Channel dropout with probability <paramref name="p"/> (training mode only).</summary>
        public static Dropout2d Dropout2d(double p = 0.5) => new(p);

        /// <summary>max(x, 0).</summary>
        public static ReLU ReLU() => new();

        /// <summary>Logistic sigmoid.</summary>
        public static Sigmoid Sigmoid() => new();

        /// <summary>Hyperbolic tangent.</summary>
        public static Tanh Tanh() => new();

        /// <summary>Gaussian error linear unit ("none" exact or "tanh" approximation).</summary>
        public static GELU GELU(string approximate = "none") => new(approximate);

        /// <summary>Leaky ReLU with slope <paramref name="negative_slope"/> below 0.</summary>
        public static LeakyReLU LeakyReLU(double negative_slope = 0.01) => new(negative_slope);

        /// <summary>Softmax along <paramref name="dim"/>.</summary>
        public static Softmax Softmax(long dim) => new(dim);

        /// <summary>Log-softmax along <paramref name="dim"/>.</summary>
        public static LogSoftmax LogSoftmax(long dim) => new(dim);

        /// <summary>The identity.</summary>
        public static Identity Identity() => new();

        /// <summary>Flattens dimensions <paramref name="startDim"/>..<paramref name="endDim"/>.</summary>
        public static Flatten Flatten(long startDim = 1, long endDim = -1) => new(startDim, endDim);

        /// <summary>p-norm distance between two batches of embeddings.</summary>
        public static PairwiseDistance PairwiseDistance(double p = 2.0, double eps = 1e-6, bool keep_dim = false) => new(p, eps, keep_dim);

        /// <summary>Cosine similarity between two batches of embeddings.</summary>
        public static CosineSimilarity CosineSimilarity(long dim = 1, double eps = 1e-8) => new(dim, eps);

        /// <summary>Layers run in order, named "0", "1", ....</summary>
        public static Sequential Sequential(params Module<Tensor, Tensor>[] modules) => new(modules);

        /// <summary>Layers run in order under the given names.</summary>
        public static Sequential Sequential(params (string name, Module<Tensor, Tensor> module)[] modules) => new(modules);

        /// <summary>A registered list of modules.</summary>
        public static ModuleList<T> ModuleList<T>(params T[] modules) where T : Module => new(modules);

        /// <summary>A registered, ordered dictionary of modules.</summary>
        public static ModuleDict<T> ModuleDict<T>(params (string name, T module)[] modules) where T : Module => new(modules);
    }
}

using static Siamese.Torch.Native.NativeMethods;

namespace Siamese.Torch;

public static partial class torch
{
    /// <summary>
    /// Process-wide switches of libtorch's GPU backends (<c>torch.backends</c>). They can be read and set
    /// without CUDA too (they then have no effect), as in PyTorch.
    /// </summary>
    public static class backends
    {
        // Selectors of sts_backend_flag_get/set.
        private const int MatmulTf32 = 0;
        private const int CudnnTf32 = 1;
        private const int CudnnBenchmark = 2;

        private static bool GetFlag(int flag)
        {
            Check(sts_backend_flag_get(flag, out var value));
            return value != 0;
        }

        private static void SetFlag(int flag, bool value) => Check(sts_backend_flag_set(flag, value ? 1 : 0));

        /// <summary>CUDA backend switches (<c>torch.backends.cuda</c>).</summary>
        public static class cuda
        {
            /// <summary>Whether this build of the engine was compiled against a CUDA libtorch (a GPU may still be absent).</summary>
            public static bool is_built()
            {
                Check(sts_cuda_is_built(out var built));
                return built != 0;
            }

            /// <summary>cuBLAS switches (<c>torch.backends.cuda.matmul</c>).</summary>
            public static class matmul
            {
                /// <summary>
                /// Lets float32 matrix products on Ampere and newer GPUs use TF32 tensor cores (10-bit mantissa
                /// inputs, float32 accumulation): several times faster, about 1e-3 relative error. Off by default
                /// since PyTorch 1.12.
                /// </summary>
                public static bool allow_tf32
                {
                    get => GetFlag(MatmulTf32);
                    set => SetFlag(MatmulTf32, value);
                }
            }
        }

        /// <summary>cuDNN switches (<c>torch.backends.cudnn</c>).</summary>
        public static class cudnn
        {
            /// <summary>True when CUDA is available and libtorch was built with cuDNN.</summary>
            public static bool is_available()
            {
                Check(sts_cudnn_is_available(out var available));
                return available != 0;
            }

            /// <summary>Lets cuDNN convolutions use TF32 tensor cores (on by default, as in PyTorch).</summary>
            public static bool allow_tf32
            {
                get => GetFlag(CudnnTf32);
                set => SetFlag(CudnnTf32, value);
            }

            /// <summary>
            /// Times the candidate convolution algorithms on the first call for each input shape and keeps the
            /// fastest: faster when shapes repeat (fixed batch and image size), slower when they keep changing,
            /// and not bit-reproducible across runs. Off by default.
            /// </summary>
            public static bool benchmark
            {
                get => GetFlag(CudnnBenchmark);
                set => SetFlag(CudnnBenchmark, value);
            }
        }
    }
}

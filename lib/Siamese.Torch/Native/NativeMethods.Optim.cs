using System.Runtime.InteropServices;

namespace Siamese.Torch.Native;

internal static partial class NativeMethods
{
    // Fused single-parameter steps (lib/native/src/optim.cpp): `state` is an array of handle slots the
    // native side fills on first use; `stepped` is 0 when the parameter had no gradient (skipped).
    [LibraryImport(Lib)] internal static unsafe partial int sts_optim_sgd_step(IntPtr param, IntPtr* state, double lr, double momentum, double dampening, double weightDecay, int nesterov, int maximize, out int stepped);
    [LibraryImport(Lib)] internal static unsafe partial int sts_optim_adam_step(IntPtr param, IntPtr* state, long step, double lr, double beta1, double beta2, double eps, double weightDecay, int amsgrad, int maximize, int decoupled, out int stepped);
    [LibraryImport(Lib)] internal static unsafe partial int sts_optim_adadelta_step(IntPtr param, IntPtr* state, double lr, double rho, double eps, double weightDecay, int maximize, out int stepped);
    [LibraryImport(Lib)] internal static unsafe partial int sts_optim_rmsprop_step(IntPtr param, IntPtr* state, double lr, double alpha, double eps, double weightDecay, double momentum, int centered, int maximize, out int stepped);

    [LibraryImport(Lib)] internal static unsafe partial int sts_optim_zero_grad(IntPtr* parameters, long count, int setToNone);
    [LibraryImport(Lib)] internal static partial int sts_optim_clone(IntPtr source, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_optim_clone_like(IntPtr source, IntPtr like, out IntPtr result);

    [LibraryImport(Lib)] internal static unsafe partial int sts_clip_grad_norm_(IntPtr* parameters, long count, double maxNorm, double normType, int errorIfNonfinite, out double totalNorm);
    [LibraryImport(Lib)] internal static unsafe partial int sts_clip_grad_value_(IntPtr* parameters, long count, double clipValue);
}

using static Siamese.Torch.Native.NativeMethods;

namespace Siamese.Torch;

public static partial class torch
{
    public partial class Tensor
    {
        /// <summary>Keeps <see cref="grad"/> for this non-leaf tensor after <see cref="backward"/> (leaves keep it anyway).</summary>
        public Tensor retain_grad()
        {
            Check(sts_retain_grad(Handle));
            return this;
        }

        /// <summary>Whether <see cref="retain_grad"/> was called on this non-leaf tensor.</summary>
        public bool retains_grad
        {
            get
            {
                Check(sts_retains_grad(Handle, out var v));
                return v != 0;
            }
        }
    }

    /// <summary>Functional autograd (<c>torch.autograd.grad</c>).</summary>
    public static class autograd
    {
        /// <summary>
        /// Gradients of <paramref name="outputs"/> with respect to <paramref name="inputs"/>, without touching
        /// <c>.grad</c>. <paramref name="grad_outputs"/> weights each output (null: ones for scalar outputs).
        /// With <paramref name="allow_unused"/>, inputs the outputs do not depend on get null.
        /// </summary>
        public static unsafe IList<Tensor?> grad(IList<Tensor> outputs, IList<Tensor> inputs, IList<Tensor?>? grad_outputs = null,
            bool? retain_graph = null, bool create_graph = false, bool allow_unused = false)
        {
            var o = outputs.Select(t => t.Handle).ToArray();
            var i = inputs.Select(t => t.Handle).ToArray();
            var g = grad_outputs?.Select(t => t?.Handle ?? IntPtr.Zero).ToArray() ?? [];
            var retain = retain_graph is null ? -1 : retain_graph.Value ? 1 : 0;
            fixed (IntPtr* po = o)
            fixed (IntPtr* pi = i)
            fixed (IntPtr* pg = g)
            {
                var status = sts_autograd_grad(po, o.Length, pi, i.Length, pg, g.Length, retain, create_graph ? 1 : 0,
                    allow_unused ? 1 : 0, out var result, out var count);
                return Tensor.TakeHandles(status, result, count);
            }
        }
    }
}

namespace Siamese.Torch;

public static partial class torch
{
    public static partial class nn
    {
        /// <summary>
        /// A trainable tensor owned by a module: a leaf of the autograd graph with <c>requires_grad</c> set
        /// (unless frozen). Shares the storage of the tensor it was made from, as <c>nn.Parameter</c> does.
        /// </summary>
        public class Parameter : Tensor
        {
            /// <summary>Makes a parameter from <paramref name="data"/> (detached from any graph).</summary>
            public Parameter(Tensor data, bool requires_grad = true)
                : base(data, detach: true)
            {
                this.requires_grad = requires_grad;
                // Parameters live as long as their module, not as long as the scope they were created in.
                DetachFromDisposeScope();
            }
        }
    }
}

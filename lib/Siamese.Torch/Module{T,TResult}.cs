namespace Siamese.Torch;

public static partial class torch
{
    public static partial class nn
    {
        /// <summary>A module with one input (an encoder: <c>(batch, 1, 105, 105) → (batch, 4096)</c>).</summary>
        public abstract class Module<T, TResult> : Module
        {
            /// <summary>Creates a module named <paramref name="name"/>.</summary>
            protected Module(string name) : base(name) { }

            /// <summary>The computation; call it through <see cref="call"/>.</summary>
            public abstract TResult forward(T input);

            /// <summary>Runs <see cref="forward"/> (TorchSharp's entry point; hooks would go here).</summary>
            public TResult call(T input) => forward(input);
        }
    }
}

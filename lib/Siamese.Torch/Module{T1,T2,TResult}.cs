namespace Siamese.Torch;

public static partial class torch
{
    public static partial class nn
    {
        /// <summary>A module with two inputs (a Siamese network: two images → a distance or logit).</summary>
        public abstract class Module<T1, T2, TResult> : Module
        {
            /// <summary>Creates a module named <paramref name="name"/>.</summary>
            protected Module(string name) : base(name) { }

            /// <summary>The computation; call it through <see cref="call"/>.</summary>
            public abstract TResult forward(T1 input1, T2 input2);

            /// <summary>Runs <see cref="forward"/>.</summary>
            public TResult call(T1 input1, T2 input2) => forward(input1, input2);
        }
    }
}

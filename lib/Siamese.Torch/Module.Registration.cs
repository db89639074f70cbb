namespace Siamese.Torch;

public static partial class torch
{
    public static partial class nn
    {
        public abstract partial class Module
        {
            /// <summary>
            /// Unregisters every child module without disposing it (containers re-register their children
            /// after an insertion or removal, so that names stay "0", "1", ...).
            /// </summary>
            private protected void ClearModules() => _modules.Clear();
        }
    }
}

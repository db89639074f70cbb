using System.Runtime.CompilerServices;
using Siamese.Lib.Runtime;

namespace Siamese.Lib.Tests;

/// <summary>Loads TorchSharp's natives once, before any test touches a tensor.</summary>
internal static class TorchSetup
{
    [ModuleInitializer]
    internal static void Initialize() => TorchRuntime.Initialize();
}

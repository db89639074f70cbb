using System.Runtime.CompilerServices;
using Siamese.Lib.Runtime;

namespace Siamese.Lib.Speed.Tests;

/// <summary>Loads TorchSharp's natives before any test touches a tensor.</summary>
internal static class TorchSetup
{
    [ModuleInitializer]
    internal static void Initialize() => TorchRuntime.Initialize();
}

using Siamese.Lib.Display;
using TorchSharp;

namespace Siamese.Lib.Tests.Display;

public class NotebookSetupTests
{
    [Fact]
    public void InitializeSetsThreadsRegistersFormattersAndIsRepeatable()
    {
        var first = NotebookSetup.Initialize();
        var second = NotebookSetup.Initialize();
        Assert.Equal(first, second);
        Assert.Equal(torch.get_num_threads(), first.Threads);
        Assert.True(DisplayFormatters.IsRegistered);
        Assert.Equal(NotebookSetup.NoNotebook, first.Kernel);
        Assert.StartsWith($"profile {first.Profile}, libtorch threads {first.Threads}, CUDA ", first.ToString());
    }

    [Fact]
    public void NamesTheKernelFromTheHookOrTheLoadedAssemblies()
    {
        Func<object?, Action<object?>> hook = _ => _ => { };
        Assert.Equal(NotebookSetup.SiameseKernel, NotebookSetup.DetectKernel(hook, ["Microsoft.DotNet.Interactive"]));
        Assert.Equal(NotebookSetup.DotNetInteractive, NotebookSetup.DetectKernel(null, ["System.Private.CoreLib", "Microsoft.DotNet.Interactive"]));
        Assert.Equal(NotebookSetup.NoNotebook, NotebookSetup.DetectKernel(null, ["Microsoft.DotNet.Interactive.Formatting"]));
    }
}

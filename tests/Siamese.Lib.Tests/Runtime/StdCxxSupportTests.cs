using Siamese.Lib.Runtime;

namespace Siamese.Lib.Tests.Runtime;

public class StdCxxSupportTests
{
    [Theory]
    [InlineData(true, false)]   // GCC 13+ libstdc++ (Debian 13, Ubuntu 24.04): the bridge loads as shipped
    [InlineData(false, true)]   // Debian 12, Ubuntu 22.04: the patched copy is needed
    public void DecisionFollowsTheSymbol(bool systemHasSymbol, bool expected) =>
        Assert.Equal(expected, StdCxxSupport.NeedsPatchedBridge(systemHasSymbol));

    [Fact]
    public void ProbeAgreesWithTheLibraryFile()
    {
        // The file the dynamic loader would pick for libstdc++.so.6 on x86-64 Debian/Ubuntu.
        var candidates = new[] { "/lib/x86_64-linux-gnu/libstdc++.so.6", "/usr/lib/x86_64-linux-gnu/libstdc++.so.6" };
        var file = candidates.FirstOrDefault(File.Exists);
        Assert.NotNull(file);
        var text = System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(file!));
        Assert.Equal(text.Contains(StdCxxSupport.IosInitVersion), StdCxxSupport.SystemHasIosBaseLibraryInit());
    }
}

using Siamese.Lib.Runtime;
using TorchSharp;

namespace Siamese.Lib.Tests.Runtime;

public class ScalarsTests
{
    [Fact]
    public void Cached_scalars_hold_their_values()
    {
        Assert.Equal(1, Scalars.One.ToInt32());
        Assert.Equal(-1, Scalars.MinusOne.ToInt32());
        Assert.Equal(0, Scalars.Zero.ToInt32());
    }
}

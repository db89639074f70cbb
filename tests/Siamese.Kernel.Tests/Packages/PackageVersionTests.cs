using Siamese.Kernel.Packages;

namespace Siamese.Kernel.Tests.Packages;

public class PackageVersionTests
{
    [Theory]
    [InlineData("1.0.0", "1.0.1")]
    [InlineData("1.0.0-beta.2", "1.0.0")]
    [InlineData("1.0.0-alpha", "1.0.0-beta")]
    [InlineData("0.9.9", "0.10.0")]
    [InlineData("13.0.3", "13.0.4")]
    public void OrdersAsNuGetDoes(string lower, string higher) =>
        Assert.True(PackageVersion.TryParse(lower)!.CompareTo(PackageVersion.TryParse(higher)) < 0, $"{lower} < {higher}");

    [Fact]
    public void EquivalentSpellingsAreEqual() =>
        Assert.Equal(0, PackageVersion.TryParse("1.2")!.CompareTo(PackageVersion.TryParse("1.2.0.0")));

    [Theory]
    [InlineData("six")]
    [InlineData("1.0-")]
    [InlineData("")]
    public void NonVersionsAreRejected(string text) => Assert.Null(PackageVersion.TryParse(text));
}

namespace Siamese.Torch.Tests.Golden;

public class TensorGoldenCoverageTests
{
    [Fact]
    public void EveryGoldenCaseHasExactlyOneOpAndEveryOpHasACase()
    {
        var tables = new[]
        {
            TensorMathTests.Ops, TensorReduceTests.Ops, TensorShapeTests.Ops, TensorIndexTests.Ops,
            TensorCreationTests.Ops, TensorAutogradTests.Ops,
        };
        var implemented = tables.SelectMany(t => t.Keys).ToList();
        Assert.Equal(implemented.Count, implemented.Distinct().Count());
        var cases = GoldenFile.Load(TensorGolden.FileName).Cases.Keys.ToHashSet();
        Assert.Empty(cases.Except(implemented));
        Assert.Empty(implemented.Except(cases));
    }
}

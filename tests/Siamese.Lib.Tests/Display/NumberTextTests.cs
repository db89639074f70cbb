using Siamese.Lib.Display;

namespace Siamese.Lib.Tests.Display;

public class NumberTextTests
{
    [Theory]
    [InlineData(0.858812, "0.8588")]
    [InlineData(85.8812, "85.88")]
    [InlineData(1234.567, "1235")]
    [InlineData(12345.67, "12,350")]
    [InlineData(2015, "2015")]
    [InlineData(1234567, "1,234,567")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(0, "0")]
    [InlineData(0.00012345, "0.0001235")]
    [InlineData(0.0000123, "1.23e-05")]
    [InlineData(double.NaN, "NaN")]
    public void AtMostFourSignificantDigitsUnlessIntegral(double value, string expected) =>
        Assert.Equal(expected, NumberText.Format(value));

    [Fact]
    public void BoxedValuesByType()
    {
        Assert.Equal("0.1", NumberText.Format((object)0.1f));
        Assert.Equal("42", NumberText.Format((object)42L));
        Assert.Equal("true", NumberText.Format((object)true));
        Assert.Equal("", NumberText.Format((object?)null));
        Assert.Equal("text", NumberText.Format((object)"text"));
    }
}

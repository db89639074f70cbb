using Siamese.Display.Tables;

namespace Siamese.Display.Tests.Tables;

public class NumberFormatTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(0.91234, "0.9123")]
    [InlineData(12.5, "12.5")]
    [InlineData(92.0, "92")]
    [InlineData(1234.567, "1,235")]
    [InlineData(123456.7, "123,457")]
    [InlineData(-0.000123456, "-0.0001235")]
    [InlineData(0.0000123456, "1.235e-5")]
    [InlineData(2.5e17, "2.5e+17")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "∞")]
    public void FloatsKeepFourSignificantDigits(double value, string expected) => Assert.Equal(expected, NumberFormat.Format(value));

    [Theory]
    [InlineData(1234567, "1,234,567")]
    [InlineData(-42L, "-42")]
    [InlineData(true, "true")]
    [InlineData("text", "text")]
    public void OtherValues(object value, string expected) => Assert.Equal(expected, NumberFormat.Format(value));

    [Fact]
    public void NullIsEmpty() => Assert.Equal("", NumberFormat.Format(null));

    [Theory]
    [InlineData(0.25, "250 ms")]
    [InlineData(12.34, "12.3 s")]
    [InlineData(245, "4 min 05 s")]
    [InlineData(7380, "2 h 03 min")]
    public void Durations(double seconds, string expected) =>
        Assert.Equal(expected, NumberFormat.FormatDuration(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void SignificantDigitsAreConfigurable() => Assert.Equal("3.14159", NumberFormat.Format(Math.PI, 6));
}

using System.Text.Json.Nodes;

namespace Siamese.Display.Tests;

public class FormatterTests
{
    [Theory]
    [InlineData(42, "42")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(0.1f, "0.1")]
    [InlineData(true, "true")]
    [InlineData("text", "text")]
    [InlineData('c', "c")]
    public void DefaultPlainTextIsInvariantAndCSharpLike(object value, string expected) =>
        Assert.Equal(expected, Formatter.Format(value).GetText(MimeTypes.PlainText));

    [Fact]
    public void NullShowsNull() => Assert.Equal("null", Formatter.Format(null).GetText(MimeTypes.PlainText));

    [Fact]
    public void CollectionsAreListedAndCut()
    {
        Assert.Equal("int[](3) { 1, 2, 3 }", Formatter.Format(new[] { 1, 2, 3 }).GetText(MimeTypes.PlainText));
        Assert.Equal("List<string>(2) { \"a\", \"b\" }", Formatter.Format(new List<string> { "a", "b" }).GetText(MimeTypes.PlainText));
        var context = new FormatContext { MaxCollectionItems = 2 };
        Assert.Equal("int[](4) { 1, 2, ... }", Formatter.Format(new[] { 1, 2, 3, 4 }, context).GetText(MimeTypes.PlainText));
        Assert.Equal("Dictionary<string, int>(1) { [\"a\"] = 1 }",
            Formatter.Format(new Dictionary<string, int> { ["a"] = 1 }).GetText(MimeTypes.PlainText));
    }

    [Fact]
    public void ObjectsWithoutToStringShowTheirProperties() =>
        Assert.Equal("Plain { Count = 3, Name = \"x\" }", Formatter.Format(new Plain()).GetText(MimeTypes.PlainText));

    [Fact]
    public void FormatterSourceOfALoadedAssemblyIsRegistered()
    {
        var bundle = Formatter.Format(new Kelvin(3.5));
        Assert.Equal("<b>3.5 K</b>", bundle.GetText(MimeTypes.Html));
        Assert.Equal(3.5, bundle[MimeTypes.Json]["kelvin"]!.GetValue<double>());
        Assert.Equal("Kelvin { Value = 3.5 }", bundle.GetText(MimeTypes.PlainText));
    }

    [Fact]
    public void NearestRegisteredTypeWins()
    {
        Formatter.Register<Animal>(MimeTypes.Html, a => "<p>animal</p>");
        Formatter.Register<Dog>(MimeTypes.Html, d => "<p>dog</p>");
        try
        {
            Assert.Equal("<p>animal</p>", Formatter.Format(new Animal()).GetText(MimeTypes.Html));
            Assert.Equal("<p>dog</p>", Formatter.Format(new Puppy()).GetText(MimeTypes.Html));
            Assert.Equal("dog", Formatter.Format(new Puppy()).GetText(MimeTypes.PlainText));
        }
        finally
        {
            Formatter.Unregister(typeof(Animal));
            Formatter.Unregister(typeof(Dog));
        }
        Assert.False(Formatter.Format(new Puppy()).Contains(MimeTypes.Html));
    }

    [Fact]
    public void InterfaceAndOpenGenericRegistrationsApply()
    {
        Formatter.Register<IShape>(MimeTypes.Svg, _ => "<svg/>");
        Formatter.Register(typeof(Stack<>), MimeTypes.Markdown, (value, _) => JsonValue.Create("**stack**"));
        try
        {
            Assert.Equal("<svg/>", Formatter.Format(new Square()).GetText(MimeTypes.Svg));
            Assert.Equal("**stack**", Formatter.Format(new Stack<int>()).GetText(MimeTypes.Markdown));
        }
        finally
        {
            Formatter.Unregister(typeof(IShape));
            Formatter.Unregister(typeof(Stack<>));
        }
    }

    [Fact]
    public void RegisteredFormattersOverrideIDisplayable()
    {
        Assert.Equal("<i>self</i>", Formatter.Format(new SelfDisplaying()).GetText(MimeTypes.Html));
        Formatter.Register<SelfDisplaying>(MimeTypes.Html, _ => "<b>override</b>");
        try
        {
            var bundle = Formatter.Format(new SelfDisplaying());
            Assert.Equal("<b>override</b>", bundle.GetText(MimeTypes.Html));
            Assert.Equal("*self*", bundle.GetText(MimeTypes.Markdown));
        }
        finally
        {
            Formatter.Unregister(typeof(SelfDisplaying));
        }
    }

    [Fact]
    public void RegistrationOfTheSameTypeAndMimeReplaces()
    {
        Formatter.Register<Square>(MimeTypes.Html, _ => "one");
        Formatter.Register<Square>(MimeTypes.Html, _ => "two");
        try
        {
            Assert.Equal("two", Formatter.Format(new Square()).GetText(MimeTypes.Html));
        }
        finally
        {
            Formatter.Unregister(typeof(Square));
        }
    }

    [Fact]
    public void HtmlAndMarkdownWrappersCarryTheirMimeTypes()
    {
        Assert.Equal("<b>x</b>", Formatter.Format(new HtmlContent("<b>x</b>")).GetText(MimeTypes.Html));
        Assert.Equal("# t", Formatter.Format(new MarkdownContent("# t")).GetText(MimeTypes.Markdown));
    }
}

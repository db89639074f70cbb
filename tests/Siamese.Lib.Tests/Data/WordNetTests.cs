using System.Text.RegularExpressions;
using System.Diagnostics;
using Siamese.Lib.Data;
using Xunit.Abstractions;

namespace Siamese.Lib.Tests.Data;

public class WordNetTests(ITestOutputHelper output)
{
    [Fact]
    public void LooksUpTheOtherLemmasOfEachSynsetInSenseOrder()
    {
        using var dir = new TempDirectory();
        var wordNet = WordNet.Load(WordNetFixture.Write(dir.Path));
        Assert.Equal(13, wordNet.SynsetCount);
        Assert.Equal(["auto", "automobile", "machine", "motorcar", "railcar"], wordNet.Synonyms("car"));
        Assert.Equal(["auto", "automobile", "machine", "motorcar"], wordNet.Synonyms("CAR", sensesPerPart: 1));
        Assert.Contains("railway car", wordNet.Synonyms("car", includeMultiWord: true));
        Assert.Equal(["car", "auto", "automobile", "machine"], wordNet.Synonyms("motorcar").Take(4));
        Assert.Equal(["motor", "force"], wordNet.Synonyms("drive"));
        Assert.Equal(["motor"], wordNet.Synonyms("drive", sensesPerPart: 1));
    }

    [Fact]
    public void MultiWordLemmasAreLeftOutUnlessAskedForAndLowerCased()
    {
        using var dir = new TempDirectory();
        var wordNet = WordNet.Load(WordNetFixture.Write(dir.Path));
        Assert.Equal(["trail", "tail"], wordNet.Synonyms("dog"));
        Assert.Equal(["domestic dog", "canis familiaris", "trail", "tail"], wordNet.Synonyms("dog", includeMultiWord: true));
        Assert.True(wordNet.Contains("domestic dog") && wordNet.Contains("Domestic_Dog"));
        Assert.False(wordNet.Contains("dogs"));
        Assert.Empty(wordNet.Synonyms("dogs"));
    }

    [Fact]
    public void CommonestPartOfSpeechIsTheOneWithMoreSemCorTaggedSenses()
    {
        using var dir = new TempDirectory();
        var wordNet = WordNet.Load(WordNetFixture.Write(dir.Path));
        Assert.Empty(wordNet.Synonyms("dog", commonestPartOnly: true));
        Assert.Equal(["domestic dog", "canis familiaris"], wordNet.Synonyms("dog", includeMultiWord: true, commonestPartOnly: true));
        Assert.Equal(["flame", "discharge"], wordNet.Synonyms("fire"));
        Assert.Equal(["discharge"], wordNet.Synonyms("fire", commonestPartOnly: true));
        Assert.Equal(["auto", "automobile", "machine", "motorcar", "railcar"], wordNet.Synonyms("car", commonestPartOnly: true));
    }

    [Fact]
    public void AdjectiveMarkersAndHexWordCountsAreParsed()
    {
        using var dir = new TempDirectory();
        var wordNet = WordNet.Load(WordNetFixture.Write(dir.Path));
        Assert.Equal(["large"], wordNet.Synonyms("big"));
        Assert.Equal(["big"], wordNet.Synonyms("large"));
        Assert.Equal(10, wordNet.Synonyms("sofa").Count);
        Assert.Contains("loveseat", wordNet.Synonyms("sofa"));
        Assert.Equal(["rapidly", "speedily"], wordNet.Synonyms("quickly"));
    }

    [Fact]
    public void MissingFolderOrFileSaysHowToInstallTheDatabase()
    {
        using var dir = new TempDirectory();
        var missing = Path.Combine(dir.Path, "nowhere");
        var folder = Assert.Throws<DirectoryNotFoundException>(() => WordNet.Load(missing));
        Assert.Contains(missing, folder.Message);
        Assert.Contains("wordnet-base", folder.Message);
        Assert.Contains("environment/setup.sh", folder.Message);
        Assert.Contains(WordNet.EnvironmentVariable, folder.Message);

        WordNetFixture.Write(dir.Path);
        File.Delete(Path.Combine(dir.Path, "data.adv"));
        var file = Assert.Throws<FileNotFoundException>(() => WordNet.Load(dir.Path));
        Assert.Contains("data.adv", file.Message);
        Assert.Contains("wordnet-base", file.Message);
    }

    [Theory]
    [InlineData("data.noun", " 05 n 05 car", " 05 n zz car", "w_cnt 'zz'")]
    [InlineData("data.verb", " v 02 drive 0 motor", " v ff drive 0 motor", "missing field")]
    [InlineData("index.verb", "drive v 2 2 @ ~ 2 1 ", "drive v 3 2 @ ~ 2 1 ", "missing field synset_offset")]
    public void CorruptLineNamesFileAndLine(string file, string from, string to, string problem)
    {
        using var dir = new TempDirectory();
        WordNetFixture.Write(dir.Path);
        var path = Path.Combine(dir.Path, file);
        var lines = File.ReadAllLines(path);
        var corrupt = Array.FindIndex(lines, l => l.Contains(from));
        Assert.True(corrupt >= 0, $"fixture has no line with '{from}'");
        lines[corrupt] = lines[corrupt].Replace(from, to);
        File.WriteAllLines(path, lines);
        var error = Assert.Throws<DataFormatException>(() => WordNet.Load(dir.Path));
        Assert.Contains($"{path} line {corrupt + 1}:", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void IndexOffsetWithoutASynsetIsAnError()
    {
        using var dir = new TempDirectory();
        WordNetFixture.Write(dir.Path);
        var path = Path.Combine(dir.Path, "index.adv");
        File.WriteAllText(path, Regex.Replace(File.ReadAllText(path), @"^(quickly r 1 2 @ ~ 1 1 )\d{8}", "${1}99999999", RegexOptions.Multiline));
        var error = Assert.Throws<DataFormatException>(() => WordNet.Load(dir.Path));
        Assert.Contains("index.adv line 3:", error.Message);
        Assert.Contains("synset offset 99999999 of 'quickly' is not in the matching data file", error.Message);
    }

    [Fact]
    public void FolderComesFromTheArgumentThenTheEnvironmentThenTheDefault()
    {
        var before = Environment.GetEnvironmentVariable(WordNet.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(WordNet.EnvironmentVariable, null);
            Assert.Equal(WordNet.DefaultDirectory, WordNet.ResolveDirectory());
            Environment.SetEnvironmentVariable(WordNet.EnvironmentVariable, "/somewhere/wn");
            Assert.Equal("/somewhere/wn", WordNet.ResolveDirectory());
            Assert.Equal("/given", WordNet.ResolveDirectory("/given"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(WordNet.EnvironmentVariable, before);
        }
    }

    /// <summary>Extra, on the installed database only: WordNet 3.0's synset count, a known synonym, and the load time.</summary>
    [WordNetFact]
    public void ReadsTheInstalledDatabaseInSeconds()
    {
        var (clock, cpu) = (Stopwatch.StartNew(), Process.GetCurrentProcess().TotalProcessorTime);
        var wordNet = WordNet.Load(WordNet.DefaultDirectory);
        output.WriteLine($"WordNet 3.0 from {wordNet.Directory}: {wordNet.LemmaCount} lemmas, {wordNet.SynsetCount} synsets in " +
                         $"{clock.Elapsed.TotalSeconds:F2} s ({(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F2} s CPU)");
        Assert.Equal(117_659, wordNet.SynsetCount);
        Assert.Equal(["auto", "automobile", "machine", "motorcar"], wordNet.Synonyms("car", sensesPerPart: 1));
        Assert.Contains("large", wordNet.Synonyms("big", sensesPerPart: 1));
    }
}

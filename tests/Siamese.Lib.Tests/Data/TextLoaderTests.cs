using Siamese.Lib.Data;

namespace Siamese.Lib.Tests.Data;

public class TextLoaderTests
{
    [Fact]
    public void ReadsSemEvalSickWithCrlf()
    {
        using var dir = new TempDirectory();
        var p = dir.File("SICK_trial.txt");
        File.WriteAllText(p, "pair_ID\tsentence_A\tsentence_B\trelatedness_score\tentailment_judgment\r\n" +
                             "4\tA man is \"here\"\tA man is there\t3.6\tNEUTRAL\r\n24\tx\ty\t1\tCONTRADICTION\r\n");
        var pairs = SickLoader.ReadFile(p, "trial");
        Assert.Equal(2, pairs.Count);
        Assert.Equal(new SentencePair("4", "A man is \"here\"", "A man is there", 3.6f, "trial", "NEUTRAL"), pairs[0]);
    }

    [Fact]
    public void ReadsFullSickSplitColumnByHeaderName()
    {
        using var dir = new TempDirectory();
        var p = dir.File("SICK.txt");
        File.WriteAllText(p, "pair_ID\tsentence_A\tsentence_B\tentailment_label\trelatedness_score\tSemEval_set\n" +
                             "1\ta\tb\tNEUTRAL\t4.5\tTRAIN\n2\tc\td\tENTAILMENT\t2\tTEST\n");
        var pairs = SickLoader.ReadFile(p, null);
        Assert.Equal(new[] { "train", "test" }, pairs.Select(x => x.Split));
        Assert.Equal(new[] { 4.5f, 2f }, pairs.Select(x => x.Score));
        Assert.Equal("ENTAILMENT", pairs[1].Entailment);
    }

    [Theory]
    [InlineData("1\ta\tb\t4.5\n", "line 3: 4 tab-separated fields")]
    [InlineData("1\ta\tb\tlots\tNEUTRAL\n", "line 3: relatedness 'lots'")]
    [InlineData("1\ta\tb\t7\tNEUTRAL\n", "line 3: relatedness '7'")]
    public void MalformedSickLineIsReportedWithLineNumber(string badLine, string message)
    {
        using var dir = new TempDirectory();
        var p = dir.File("SICK_train.txt");
        File.WriteAllText(p, "pair_ID\tsentence_A\tsentence_B\trelatedness_score\tentailment_judgment\n1\ta\tb\t3\tNEUTRAL\n" + badLine);
        Assert.Contains(message, Assert.Throws<DataFormatException>(() => SickLoader.ReadFile(p, "train")).Message);
    }

    [Fact]
    public void StsKeepsQuotesToleratesExtraFieldsAndReportsMalformedLines()
    {
        using var dir = new TempDirectory();
        var p = dir.File("sts-dev.csv");
        File.WriteAllText(p,
            "main-captions\tMSRvid\t2012test\t0001\t5.000\tA \"plane\" is taking off.\tAn air plane is taking off.\n" +
            "main-news\theadlines\t2015\t0002\t1.5\t\"Open quote never closed\tB \n" +
            "main-forums\tdeft\t2014\t0003\t0.0\tx\ty\tlicense\tsource\n" +
            "broken line with no tabs\n" +
            "main-news\theadlines\t2015\t0004\tfive\ta\tb\n");
        var e = Assert.Throws<DataFormatException>(() => StsBenchmarkLoader.ReadFile(p, "dev"));
        Assert.Contains("line 4: 1 tab-separated fields", e.Message);

        var pairs = StsBenchmarkLoader.ReadFile(p, "dev", strict: false, out var malformed);
        Assert.Equal(3, pairs.Count);
        Assert.Equal("A \"plane\" is taking off.", pairs[0].SentenceA);
        Assert.Equal("\"Open quote never closed", pairs[1].SentenceA);
        Assert.Equal("B ", pairs[1].SentenceB);
        Assert.Equal("main-forums", pairs[2].Genre);
        Assert.Equal(2, malformed.Count);
        Assert.Contains("line 4", malformed[0]);
        Assert.Contains("line 5: score 'five'", malformed[1]);
    }

    [DataFact(DatasetCatalog.Sick)]
    public void RealSickHasTheKnownCounts()
    {
        Assert.Equal(4_500, SickLoader.LoadSemEval("train").Count);
        Assert.Equal(500, SickLoader.LoadSemEval("trial").Count);
        Assert.Equal(4_927, SickLoader.LoadSemEval("test").Count);
        var full = SickLoader.LoadFull();
        Assert.Equal(9_840, full.Count);
        Assert.Equal(4_439, full.Count(p => p.Split == "train"));
        Assert.Equal(495, full.Count(p => p.Split == "trial"));
        Assert.Equal(4_906, full.Count(p => p.Split == "test"));
        Assert.All(full, p => Assert.InRange(p.Score, 1f, 5f));
    }

    [DataFact(DatasetCatalog.StsBenchmark)]
    public void RealStsBenchmarkHasTheKnownCounts()
    {
        Assert.Equal(5_749, StsBenchmarkLoader.Load("train").Count);
        Assert.Equal(1_500, StsBenchmarkLoader.Load("dev").Count);
        Assert.Equal(1_379, StsBenchmarkLoader.Load("test").Count);
    }
}

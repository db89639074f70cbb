using System.Text;
using Siamese.Lib.Data;

namespace Siamese.Lib.Tests.Data;

public class LakeRunsLoaderTests
{
    [Fact]
    public void LoadsRunsTrialsAndAnswers()
    {
        using var dir = new TempDirectory();
        var path = dir.File("all_runs.zip");
        var entries = new List<(string, byte[]?)>();
        foreach (var run in new[] { "run02", "run01" })
        {
            for (var k = 1; k <= 3; k++)
            {
                entries.Add(($"{run}/training/class{k:00}.png", TestFiles.OneBitPng(6, 5, (x, y) => x == k ? 0 : 1)));
                entries.Add(($"{run}/test/item{k:00}.png", TestFiles.OneBitPng(6, 5, (x, y) => y == k ? 0 : 1)));
            }
            // item01 -> class03, item02 -> class01, item03 -> class02
            entries.Add(($"{run}/class_labels.txt", Encoding.ASCII.GetBytes(
                $"{run}/test/item01.png {run}/training/class03.png\n{run}/test/item02.png {run}/training/class01.png\r\n" +
                $"{run}/test/item03.png {run}/training/class02.png\n")));
        }
        TestFiles.WriteZip(path, entries);
        var runs = LakeRunsLoader.LoadZip(path);
        Assert.Equal(new[] { "run01", "run02" }, runs.Select(r => r.Name));
        var r1 = runs[0];
        Assert.Equal((6, 5), (r1.Width, r1.Height));
        Assert.Equal(3, r1.Training.Count);
        Assert.Equal(new[] { 2, 0, 1 }, r1.Trials.Select(t => t.CorrectIndex));
        Assert.Equal("run01/test/item02.png", r1.Trials[1].Name);
        // class02's column x = 2 is ink.
        Assert.Equal(0, r1.Training[1][0 * 6 + 2]);
        Assert.Equal(255, r1.Training[1][0 * 6 + 3]);
        Assert.Equal(0, r1.Trials[0].Query[1 * 6 + 0]);
    }

    [Fact]
    public void MalformedLabelLineIsReportedWithItsNumber()
    {
        using var dir = new TempDirectory();
        var path = dir.File("all_runs.zip");
        TestFiles.WriteZip(path, [
            ("run01/training/class01.png", TestFiles.OneBitPng(4, 4, (x, y) => 1)),
            ("run01/test/item01.png", TestFiles.OneBitPng(4, 4, (x, y) => 1)),
            ("run01/class_labels.txt", Encoding.ASCII.GetBytes("run01/test/item01.png run01/training/class01.png\njunk\n")),
        ]);
        Assert.Contains("line 2", Assert.Throws<DataFormatException>(() => LakeRunsLoader.LoadZip(path)).Message);
    }

    [DataFact(DatasetCatalog.Omniglot)]
    public void RealRunsAre20RunsOf20Trials()
    {
        var runs = LakeRunsLoader.Load();
        Assert.Equal(20, runs.Count);
        Assert.All(runs, r =>
        {
            Assert.Equal(20, r.Training.Count);
            Assert.Equal(20, r.Trials.Count);
            Assert.Equal((105, 105), (r.Width, r.Height));
            // Every training class is the answer of exactly one trial.
            Assert.Equal(Enumerable.Range(0, 20), r.Trials.Select(t => t.CorrectIndex).Order());
        });
        // class_labels.txt of run01 starts "run01/test/item01.png run01/training/class08.png".
        Assert.Equal(7, runs[0].Trials[0].CorrectIndex);
    }
}

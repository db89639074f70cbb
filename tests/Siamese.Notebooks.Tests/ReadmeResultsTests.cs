using System.Diagnostics;

namespace Siamese.Notebooks.Tests;

/// <summary>
/// The README's results and seeds tables are the ones environment/readme_results.py writes from the committed
/// results of one default-profile run (notebooks/results/cpu/run-default) and the committed per-seed runs.
/// </summary>
public class ReadmeResultsTests
{
    [Fact]
    public async Task TheReadmeTablesAreTheOnesTheCommittedResultsProduce()
    {
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { "environment/readme_results.py", "notebooks/results/cpu/run-default", "--check" })
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{stdout}\n{await stderr}");
    }
}

namespace Siamese.Lib.Display;

/// <summary>
/// One status line for long work made of many short runs (notebook 02's ablation: dozens of trainings). In our
/// kernel it is one output replaced in place at every <see cref="Report"/>; elsewhere (.NET Interactive, the CLI)
/// each report is one console line, so a long cell prints one line per run, never a wall of progress bars.
/// </summary>
public sealed class StatusDisplay
{
    private readonly string title;
    private readonly TextWriter console;
    private readonly Action<object?>? update;
    private int reports;

    /// <summary>Starts the status (in our kernel, shows the title at once).</summary>
    /// <param name="title">What runs, for example "Ablation: 8 recipes × 5 seeds".</param>
    /// <param name="show">The in-place display function; null to look for our kernel's.</param>
    /// <param name="console">Where lines go without one; null for <see cref="Console.Out"/>.</param>
    public StatusDisplay(string title, Func<object?, Action<object?>>? show = null, TextWriter? console = null)
    {
        this.title = title;
        this.console = console ?? Console.Out;
        show ??= ProgressReporter.KernelDisplay();
        update = show?.Invoke($"{title}: starting");
    }

    /// <summary>Reports one finished piece of work.</summary>
    /// <param name="text">What finished, for example "baseline, seed 2: test 95.1%".</param>
    public void Report(string text)
    {
        reports++;
        var line = $"{title} [{reports}] {text}";
        if (update is not null)
        {
            update(line);
        }
        else
        {
            console.WriteLine(line);
        }
    }
}

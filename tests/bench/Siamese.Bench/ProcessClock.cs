using System.Runtime.InteropServices;

namespace Siamese.Bench;

/// <summary>
/// CPU time of the whole process (all threads), as Python's <c>time.process_time()</c>: on a machine shared
/// with other jobs it moves less than wall time, so both sides report it next to the wall-clock median.
/// </summary>
internal static partial class ProcessClock
{
    private const int ClockProcessCpuTimeId = 2; // CLOCK_PROCESS_CPUTIME_ID (Linux)

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>True where the process clock can be read (Linux); elsewhere the CPU-time field is left out.</summary>
    public static bool Available { get; } = OperatingSystem.IsLinux();

    /// <summary>
    /// Minor page faults of the process so far (<c>/proc/self/stat</c>, field 10): a step that faults in fresh
    /// pages every time shows here; 0 where unavailable.
    /// </summary>
    public static long MinorFaults()
    {
        const int MinFltIndex = 7; // field 10 of proc(5), counted from field 3 (the state, first after "(comm)")
        if (!Available)
        {
            return 0;
        }
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[MinFltIndex], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Process CPU time in milliseconds.</summary>
    public static double NowMs()
    {
        if (ClockGetTime(ClockProcessCpuTimeId, out var t) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_PROCESS_CPUTIME_ID) failed");
        }
        return t.Seconds * 1e3 + t.Nanoseconds / 1e6;
    }
}

namespace Siamese.Kernel.Packages;

/// <summary>
/// An exclusive lock on a file, so that two kernels restoring the same package set do not write one folder at
/// once: the second waits, then finds the restore done.
/// </summary>
internal static class FileLock
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);

    public static IDisposable Acquire(string path, CancellationToken cancellation)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                cancellation.WaitHandle.WaitOne(RetryDelay);
                cancellation.ThrowIfCancellationRequested();
            }
        }
    }
}

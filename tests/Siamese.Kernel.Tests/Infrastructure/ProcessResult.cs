namespace Siamese.Kernel.Tests.Infrastructure;

/// <summary>How a finished process ended, with its output (stdout and stderr together).</summary>
internal sealed record ProcessResult(int ExitCode, string Output);

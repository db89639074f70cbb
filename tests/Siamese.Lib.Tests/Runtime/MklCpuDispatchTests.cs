using Siamese.Lib.Runtime;

namespace Siamese.Lib.Tests.Runtime;

public class MklCpuDispatchTests
{
    [Fact]
    public void The_shim_lives_in_the_cache_folder_the_build_script_writes() =>
        Assert.Equal(Path.Combine("/cache", "siamese", "mkl-cpu-shim", MklCpuDispatch.ShimFile),
            MklCpuDispatch.ShimPath("/cache"));

    [Fact]
    public void Without_the_shim_file_nothing_is_loaded()
    {
        var empty = Directory.CreateTempSubdirectory("siamese-mkl-").FullName;
        try
        {
            Assert.Null(MklCpuDispatch.Apply(empty));
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}

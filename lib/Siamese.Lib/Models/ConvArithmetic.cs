namespace Siamese.Lib.Models;

/// <summary>
/// Output sizes of convolution and pooling layers, so that every layer width in a model is derived from the
/// input size and the architecture instead of being typed in (Koch's 9216 is 256·6·6 for 105×105 inputs).
/// </summary>
public static class ConvArithmetic
{
    /// <summary>
    /// ⌊(input + 2·padding − dilation·(kernel − 1) − 1) / stride⌋ + 1, the formula in PyTorch's
    /// <c>Conv2d</c>/<c>MaxPool2d</c> documentation (floor mode).
    /// </summary>
    /// <exception cref="ArgumentException">The input is too small for the kernel.</exception>
    public static long OutputSize(long input, long kernel, long stride = 1, long padding = 0, long dilation = 1)
    {
        var span = input + 2 * padding - dilation * (kernel - 1) - 1;
        if (span < 0)
        {
            throw new ArgumentException(
                $"An input of size {input} (padding {padding}) is smaller than a kernel of {kernel} (dilation {dilation}): choose a larger input or fewer pooling stages.");
        }
        return span / stride + 1;
    }
}

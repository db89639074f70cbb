using System.Runtime.InteropServices;
using System.Text;
using Siamese.Torch.Native;
using static Siamese.Torch.Native.NativeMethods;

namespace Siamese.Torch;

public static partial class torch
{
    /// <summary>
    /// A handle on a libtorch tensor. Disposing it (or the <see cref="DisposeScope"/> it was created in)
    /// releases the native memory at once; the finalizer is only a backstop. Operations live in the
    /// partial files <c>Tensor.&lt;Area&gt;.cs</c>; names follow PyTorch/TorchSharp.
    /// </summary>
    public partial class Tensor : IDisposable
    {
        private static long _liveCount;
        private IntPtr _handle;
        private DisposeScope? _scope;

        /// <summary>Wraps a handle that owns one native reference; registers with the current dispose scope.</summary>
        internal Tensor(IntPtr handle)
        {
            if (handle == IntPtr.Zero)
            {
                throw new TorchException("libtorch returned an undefined tensor");
            }
            _handle = handle;
            Interlocked.Increment(ref _liveCount);
            _scope = DisposeScope.Current;
            _scope?.Add(this);
        }

        /// <summary>Finalizer: releases the native tensor if it was never disposed.</summary>
        ~Tensor()
        {
            Release();
        }

        /// <summary>Number of tensors created and not yet disposed or finalized, over all threads.</summary>
        public static long TotalCount => Interlocked.Read(ref _liveCount);

        /// <summary>The native handle; throws <see cref="ObjectDisposedException"/> after disposal.</summary>
        internal IntPtr Handle
        {
            get
            {
                if (_handle == IntPtr.Zero)
                {
                    ThrowDisposed();
                }
                return _handle;
            }
        }

        private static void ThrowDisposed() =>
            throw new ObjectDisposedException(nameof(Tensor), "The tensor was disposed (directly or by its DisposeScope). Move it out of the scope with MoveToOuterDisposeScope() to keep it.");

        /// <summary>True once the tensor was disposed.</summary>
        public bool IsInvalid => _handle == IntPtr.Zero;

        /// <summary>Wraps the result handle of a native call.</summary>
        internal static Tensor Wrap(int status, IntPtr handle)
        {
            Check(status);
            return new Tensor(handle);
        }

        /// <summary>Wraps a result handle that may be null (an undefined tensor, e.g. a missing grad).</summary>
        internal static Tensor? WrapOptional(int status, IntPtr handle)
        {
            Check(status);
            return handle == IntPtr.Zero ? null : new Tensor(handle);
        }

        /// <summary>Takes over the native reference of <paramref name="source"/> (used by <see cref="nn.Parameter"/>).</summary>
        private protected Tensor(Tensor source, bool detach)
            : this(TakeHandle(source, detach))
        {
        }

        private static IntPtr TakeHandle(Tensor source, bool detach)
        {
            Check(detach ? sts_tensor_detach(source.Handle, out var h) : sts_tensor_alias(source.Handle, out h));
            return h;
        }

        /// <summary>Releases the native tensor now.</summary>
        public void Dispose()
        {
            _scope?.Remove(this);
            _scope = null;
            Release();
            GC.SuppressFinalize(this);
        }

        internal void DisposeFromScope()
        {
            _scope = null;
            Release();
            GC.SuppressFinalize(this);
        }

        private void Release()
        {
            var h = Interlocked.Exchange(ref _handle, IntPtr.Zero);
            if (h != IntPtr.Zero)
            {
                sts_tensor_free(h);
                Interlocked.Decrement(ref _liveCount);
            }
        }

        /// <summary>Moves this tensor from its dispose scope to the enclosing one (or to none) and returns it.</summary>
        public Tensor MoveToOuterDisposeScope()
        {
            var outer = _scope?.OuterScope;
            _scope?.Remove(this);
            _scope = outer;
            outer?.Add(this);
            return this;
        }

        /// <summary>Removes this tensor from every dispose scope: the caller now owns it.</summary>
        public Tensor DetachFromDisposeScope()
        {
            _scope?.Remove(this);
            _scope = null;
            return this;
        }

        // ---- metadata ----------------------------------------------------------------------

        /// <summary>The sizes of each dimension, e.g. <c>[batch, 128]</c>.</summary>
        public unsafe long[] shape
        {
            get
            {
                var n = ndim;
                var result = new long[n];
                fixed (long* p = result)
                {
                    Check(sts_tensor_shape(Handle, p, n));
                }
                return result;
            }
        }

        /// <summary>Number of dimensions.</summary>
        public long ndim
        {
            get
            {
                Check(sts_tensor_ndim(Handle, out var n));
                return n;
            }
        }

        /// <summary>Alias of <see cref="ndim"/> (TorchSharp's name).</summary>
        public long Dimensions => ndim;

        /// <summary>Number of elements.</summary>
        public long numel()
        {
            Check(sts_tensor_numel(Handle, out var n));
            return n;
        }

        /// <summary>Size of dimension <paramref name="dim"/> (negative counts from the end).</summary>
        public long size(int dim)
        {
            var s = shape;
            var d = dim < 0 ? dim + s.Length : dim;
            if (d < 0 || d >= s.Length)
            {
                throw new TorchException($"Dimension out of range (expected to be in range of [{-s.Length}, {s.Length - 1}], but got {dim})");
            }
            return s[d];
        }

        /// <summary>The shape (PyTorch's <c>size()</c>).</summary>
        public long[] size() => shape;

        /// <summary>The element type.</summary>
        public ScalarType dtype
        {
            get
            {
                Check(sts_tensor_dtype(Handle, out var t));
                return (ScalarType)t;
            }
        }

        /// <summary>The device the data lives on.</summary>
        public Device device
        {
            get
            {
                Check(sts_tensor_device(Handle, out var type, out var index));
                return new Device((DeviceType)type, index);
            }
        }

        /// <summary>The device kind (CPU or CUDA).</summary>
        public DeviceType device_type => device.type;

        /// <summary>True when the elements are dense in row-major order.</summary>
        public bool is_contiguous()
        {
            Check(sts_tensor_is_contiguous(Handle, out var v));
            return v != 0;
        }

        // ---- conversion ---------------------------------------------------------------------

        /// <summary>Copies to another device (no copy when already there).</summary>
        public Tensor to(Device device, bool non_blocking = false, bool copy = false) =>
            Wrap(sts_tensor_to(Handle, (int)device.type, device.index, -1, non_blocking ? 1 : 0, copy ? 1 : 0, out var r), r);

        /// <summary>Converts to another element type.</summary>
        public Tensor to(ScalarType type, bool non_blocking = false, bool copy = false) =>
            Wrap(sts_tensor_to(Handle, -1, -1, (int)type, non_blocking ? 1 : 0, copy ? 1 : 0, out var r), r);

        /// <summary>Converts element type and device at once.</summary>
        public Tensor to(ScalarType type, Device device, bool non_blocking = false, bool copy = false) =>
            Wrap(sts_tensor_to(Handle, (int)device.type, device.index, (int)type, non_blocking ? 1 : 0, copy ? 1 : 0, out var r), r);

        /// <summary>Alias of <see cref="to(ScalarType, bool, bool)"/> (TorchSharp's name).</summary>
        public Tensor to_type(ScalarType type) => to(type);

        /// <summary>Copy on the CPU.</summary>
        public Tensor cpu() => to(CPU);

        /// <summary>Copy on the current CUDA device.</summary>
        public Tensor cuda() => to(CUDA);

        /// <summary>A new handle on the same tensor (shares data and autograd history).</summary>
        public Tensor alias() => Wrap(sts_tensor_alias(Handle, out var r), r);

        // ---- reading data back ----------------------------------------------------------------

        /// <summary>
        /// Copies the elements (row-major) into a new .NET array. <typeparamref name="T"/> must match the
        /// dtype's size (float for float32, long for int64, bool for bool, ...).
        /// </summary>
        public unsafe T[] data<T>() where T : unmanaged
        {
            var type = dtype;
            if (sizeof(T) != ElementSize(type) || !Matches<T>(type))
            {
                throw new TorchException($"data<{typeof(T).Name}>() does not match the tensor's dtype {type}; convert first, e.g. t.to(torch.float32).data<float>().");
            }
            var result = new T[numel()];
            fixed (T* p = result)
            {
                Check(sts_tensor_copy_to_host(Handle, p, (long)result.Length * sizeof(T)));
            }
            return result;
        }

        private static bool Matches<T>(ScalarType type) => type switch
        {
            ScalarType.Float32 => typeof(T) == typeof(float),
            ScalarType.Float64 => typeof(T) == typeof(double),
            ScalarType.Int64 => typeof(T) == typeof(long),
            ScalarType.Int32 => typeof(T) == typeof(int),
            ScalarType.Int16 => typeof(T) == typeof(short),
            ScalarType.Int8 => typeof(T) == typeof(sbyte),
            ScalarType.Byte => typeof(T) == typeof(byte),
            ScalarType.Bool => typeof(T) == typeof(bool),
            ScalarType.Float16 => typeof(T) == typeof(Half),
            ScalarType.BFloat16 => typeof(T) == typeof(ushort),
            _ => false,
        };

        /// <summary>The value of a one-element tensor, converted to <typeparamref name="T"/>.</summary>
        public T item<T>() where T : unmanaged
        {
            if (typeof(T) == typeof(long) || typeof(T) == typeof(int) || typeof(T) == typeof(short) ||
                typeof(T) == typeof(byte) || typeof(T) == typeof(sbyte) || typeof(T) == typeof(bool))
            {
                Check(sts_tensor_item_int64(Handle, out var l));
                return typeof(T) == typeof(bool) ? (T)(object)(l != 0) : (T)Convert.ChangeType(l, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
            }
            Check(sts_tensor_item_double(Handle, out var d));
            if (typeof(T) == typeof(Half))
            {
                return (T)(object)(Half)d;
            }
            return (T)Convert.ChangeType(d, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
        }

        /// <summary>The values as libtorch prints them (the whole tensor; prefer small tensors).</summary>
        public unsafe string ToValueString()
        {
            Check(sts_tensor_to_string(Handle, null, 0, out var needed));
            var buffer = new byte[needed];
            fixed (byte* p = buffer)
            {
                Check(sts_tensor_to_string(Handle, p, needed, out _));
            }
            return Encoding.UTF8.GetString(buffer, 0, (int)needed - 1);
        }

        // ---- autograd ---------------------------------------------------------------------------

        /// <summary>Whether autograd records operations on this tensor.</summary>
        public bool requires_grad
        {
            get
            {
                Check(sts_tensor_requires_grad(Handle, out var v));
                return v != 0;
            }
            set => Check(sts_tensor_set_requires_grad(Handle, value ? 1 : 0));
        }

        /// <summary>Sets <see cref="requires_grad"/> in place and returns this tensor.</summary>
        public Tensor requires_grad_(bool value = true)
        {
            requires_grad = value;
            return this;
        }

        /// <summary>
        /// The accumulated gradient, or null. Each read returns a new handle on the same gradient tensor
        /// (dispose it, or read it inside a dispose scope).
        /// </summary>
        public Tensor? grad
        {
            get => WrapOptional(sts_tensor_grad(Handle, out var r), r);
            set => Check(sts_tensor_set_grad(Handle, value?.Handle ?? IntPtr.Zero));
        }

        /// <summary>True for tensors created by the user rather than by an operation.</summary>
        public bool is_leaf
        {
            get
            {
                Check(sts_tensor_is_leaf(Handle, out var v));
                return v != 0;
            }
        }

        /// <summary>Computes gradients of this tensor with respect to the graph's leaves.</summary>
        public void backward(Tensor? gradient = null, bool? retain_graph = null, bool create_graph = false) =>
            Check(sts_tensor_backward(Handle, gradient?.Handle ?? IntPtr.Zero, retain_graph is null ? -1 : retain_graph.Value ? 1 : 0, create_graph ? 1 : 0));

        /// <summary>A tensor sharing data but cut from the autograd graph.</summary>
        public Tensor detach() => Wrap(sts_tensor_detach(Handle, out var r), r);

        /// <summary>
        /// Replaces this tensor's data (shape, dtype, device) with <paramref name="data"/>'s while keeping its
        /// identity: <c>module.to(device)</c> moves parameters this way so optimizers holding them stay valid.
        /// </summary>
        public void set_data(Tensor data) => Check(sts_tensor_set_data(Handle, data.Handle));

        /// <summary>Cuts this tensor from the graph in place.</summary>
        public Tensor detach_()
        {
            Check(sts_tensor_detach_(Handle));
            return this;
        }
    }
}

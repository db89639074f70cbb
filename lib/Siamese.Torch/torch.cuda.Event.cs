using System.Runtime.InteropServices;
using static Siamese.Torch.Native.NativeMethods;

namespace Siamese.Torch;

public static partial class torch
{
    public static partial class cuda
    {
        /// <summary>
        /// A CUDA event (<c>torch.cuda.Event</c>): a marker queued on the GPU's stream, used to time GPU work
        /// without stalling the host inside the region (<c>start.record(); ...; end.record(); end.synchronize();
        /// start.elapsed_time(end)</c>) or to wait for work up to a point. Creating one throws
        /// <see cref="TorchException"/> without CUDA. Disposing frees the native event (a finalizer is the backstop).
        /// </summary>
        public sealed class Event : IDisposable
        {
            private readonly EventHandle _handle;

            /// <summary>Creates an event; <paramref name="enable_timing"/> is needed for <see cref="elapsed_time"/>.</summary>
            public Event(bool enable_timing = false)
            {
                Check(sts_cuda_event_new(enable_timing ? 1 : 0, out var handle));
                _handle = new EventHandle(handle);
                this.enable_timing = enable_timing;
            }

            /// <summary>Whether the event records timestamps.</summary>
            public bool enable_timing { get; }

            /// <summary>Queues the event on the current stream of the current device.</summary>
            public void record() => Check(sts_cuda_event_record(Handle));

            /// <summary>Blocks the calling thread until the work queued before the last <see cref="record"/> has run.</summary>
            public void synchronize() => Check(sts_cuda_event_synchronize(Handle));

            /// <summary>True when the work before the last <see cref="record"/> has run (or it was never recorded).</summary>
            public bool query()
            {
                Check(sts_cuda_event_query(Handle, out var done));
                return done != 0;
            }

            /// <summary>
            /// Milliseconds between this event and <paramref name="end_event"/> on the GPU. Both need
            /// <c>enable_timing</c> and must have been recorded, and <paramref name="end_event"/> must have completed
            /// (call its <see cref="synchronize"/>); otherwise libtorch's error is thrown.
            /// </summary>
            public double elapsed_time(Event end_event)
            {
                ArgumentNullException.ThrowIfNull(end_event);
                Check(sts_cuda_event_elapsed_time(Handle, end_event.Handle, out var ms));
                return ms;
            }

            /// <inheritdoc />
            public void Dispose() => _handle.Dispose();

            private IntPtr Handle
            {
                get
                {
                    ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
                    return _handle.DangerousGetHandle();
                }
            }

            /// <summary>Owns one native <c>c10::Event</c>.</summary>
            private sealed class EventHandle : SafeHandle
            {
                internal EventHandle(IntPtr handle) : base(IntPtr.Zero, ownsHandle: true) => SetHandle(handle);

                public override bool IsInvalid => handle == IntPtr.Zero;

                protected override bool ReleaseHandle()
                {
                    sts_cuda_event_free(handle);
                    return true;
                }
            }
        }
    }
}

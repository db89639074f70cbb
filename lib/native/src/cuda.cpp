// CUDA features: availability, devices, synchronisation, events, memory statistics, pinned
// memory, TF32/cuDNN switches, autocast scopes and the gradient-scaler kernels.
//
// One source serves two libtorch builds: Debian's libtorch 1.13 (CPU only) and a CUDA libtorch 2.x
// (PyTorch 2.11 + CUDA 13 on the GPU machine). It therefore uses libtorch's device-generic
// interfaces (c10::Event, DeviceGuardImplInterface, the CUDA hooks, at::Context, at::accelerator),
// which need no CUDA headers and so build even where the CUDA toolkit is absent. Where an API
// changed between versions, the code picks by TORCH_VERSION or by detecting the member (SFINAE).
// Without CUDA every entry point either returns a neutral value (as PyTorch does: memory
// statistics are 0, empty_cache does nothing) or fails with "this libtorch was built without CUDA".
#include "shim.h"

#include <ATen/autocast_mode.h>
#include <ATen/core/dispatch/Dispatcher.h>
#include <c10/core/Event.h>
#include <c10/core/impl/DeviceGuardImplInterface.h>
#include <torch/version.h>

#include <algorithm>
#include <cmath>
#include <thread>

#define STS_TORCH_AT_LEAST(major, minor) \
  (TORCH_VERSION_MAJOR > (major) || (TORCH_VERSION_MAJOR == (major) && TORCH_VERSION_MINOR >= (minor)))

// Memory statistics: libtorch >= 2.9 exposes the caching allocator of any accelerator without CUDA
// headers; older CUDA builds need c10/cuda (and thus the CUDA toolkit headers).
#if STS_TORCH_AT_LEAST(2, 9)
#include <ATen/DeviceAccelerator.h>
#define STS_MEMORY_STATS_ACCELERATOR 1
#elif defined(SIAMESE_WITH_CUDA) && __has_include(<c10/cuda/CUDACachingAllocator.h>) && __has_include(<cuda_runtime_api.h>)
#include <c10/cuda/CUDACachingAllocator.h>
#define STS_MEMORY_STATS_CUDA_ALLOCATOR 1
#endif

namespace {

// Index of the "all pools" entry in the allocator's per-pool statistics (StatType::AGGREGATE).
constexpr size_t kAggregatePool = 0;

bool cuda_available() { return at::hasCUDA() && at::detail::getCUDAHooks().getNumGPUs() > 0; }

// Throws the error every CUDA-only entry point gives where CUDA is missing, saying which half is missing.
void require_cuda(const char* what) {
  if (cuda_available()) return;
#ifdef SIAMESE_WITH_CUDA
  TORCH_CHECK(false, what, " needs a CUDA GPU, and none is visible: libtorch ", TORCH_VERSION,
              " was built with CUDA, so check the NVIDIA driver and CUDA_VISIBLE_DEVICES");
#else
  TORCH_CHECK(false, what, " needs CUDA, but this libtorch was built without CUDA (libtorch ", TORCH_VERSION,
              "); build lib/native against a CUDA libtorch (LIBTORCH_DIR or Torch_DIR)");
#endif
}

const c10::impl::DeviceGuardImplInterface* cuda_guard() { return c10::impl::getDeviceGuardImpl(c10::DeviceType::CUDA); }

// -1 means "the current device", as torch.cuda's device=None.
c10::DeviceIndex resolve_device(int32_t device) {
  auto count = at::detail::getCUDAHooks().getNumGPUs();
  if (device < 0) return cuda_guard()->getDevice().index();
  TORCH_CHECK(device < count, "CUDA device ", device, " does not exist: ", count, " device(s) are visible");
  return static_cast<c10::DeviceIndex>(device);
}

// ---- version-dependent members, chosen by what the headers declare -------------------------------

// c10::Event::synchronize and elapsedTime appeared in libtorch 2.x.
template <class E>
auto event_synchronize(const E& e, int) -> decltype(e.synchronize(), void()) { e.synchronize(); }
template <class E>
void event_synchronize(const E& e, long) {
  // Older libtorch: poll; the event completes on its own, yielding keeps the core free meanwhile.
  while (!e.query()) std::this_thread::yield();
}

template <class E>
auto event_elapsed(const E& start, const E& end, int) -> decltype(start.elapsedTime(end)) {
  return start.elapsedTime(end);
}
template <class E>
double event_elapsed(const E&, const E&, long) {
  TORCH_CHECK(false, "Event.elapsed_time needs libtorch >= 2.4 (this is ", TORCH_VERSION, ")");
}

// CUDAHooksInterface::deviceSynchronize synchronises every stream of a device (cudaDeviceSynchronize).
template <class H>
auto hooks_synchronize(const H& hooks, c10::DeviceIndex device, int) -> decltype(hooks.deviceSynchronize(device), void()) {
  hooks.deviceSynchronize(device);
}
template <class H>
void hooks_synchronize(const H&, c10::DeviceIndex device, long) {
  // Older libtorch: the current stream is the one our work runs on.
  auto guard = cuda_guard();
  guard->synchronizeStream(guard->getStream(c10::Device(c10::DeviceType::CUDA, device)));
}

// ---- autocast state, named as in libtorch >= 2.4 ----------------------------------------------

bool autocast_enabled(c10::DeviceType type) {
#if STS_TORCH_AT_LEAST(2, 4)
  return at::autocast::is_autocast_enabled(type);
#else
  return type == c10::DeviceType::CPU ? at::autocast::is_cpu_enabled() : at::autocast::is_enabled();
#endif
}

void set_autocast_enabled(c10::DeviceType type, bool enabled) {
#if STS_TORCH_AT_LEAST(2, 4)
  at::autocast::set_autocast_enabled(type, enabled);
#else
  if (type == c10::DeviceType::CPU) at::autocast::set_cpu_enabled(enabled); else at::autocast::set_enabled(enabled);
#endif
}

at::ScalarType autocast_dtype(c10::DeviceType type) {
#if STS_TORCH_AT_LEAST(2, 4)
  return at::autocast::get_autocast_dtype(type);
#else
  return type == c10::DeviceType::CPU ? at::autocast::get_autocast_cpu_dtype() : at::autocast::get_autocast_gpu_dtype();
#endif
}

void set_autocast_dtype(c10::DeviceType type, at::ScalarType dtype) {
#if STS_TORCH_AT_LEAST(2, 4)
  at::autocast::set_autocast_dtype(type, dtype);
#else
  if (type == c10::DeviceType::CPU) at::autocast::set_autocast_cpu_dtype(dtype); else at::autocast::set_autocast_gpu_dtype(dtype);
#endif
}

c10::DeviceType autocast_device(int32_t device_type) {
  auto type = static_cast<c10::DeviceType>(device_type);
  TORCH_CHECK(type == c10::DeviceType::CPU || type == c10::DeviceType::CUDA,
              "autocast supports the device types cpu and cuda, got ", type);
  return type;
}

// ---- memory statistics --------------------------------------------------------------------------

enum MemoryStat : int32_t { kAllocated = 0, kMaxAllocated = 1, kReserved = 2, kMaxReserved = 3 };

int64_t memory_stat(c10::DeviceIndex device, int32_t which) {
#if defined(STS_MEMORY_STATS_ACCELERATOR) || defined(STS_MEMORY_STATS_CUDA_ALLOCATOR)
#if defined(STS_MEMORY_STATS_ACCELERATOR)
  auto stats = at::accelerator::getDeviceStats(device);
#else
  auto stats = c10::cuda::CUDACachingAllocator::getDeviceStats(device);
#endif
  switch (which) {
    case kAllocated: return stats.allocated_bytes[kAggregatePool].current;
    case kMaxAllocated: return stats.allocated_bytes[kAggregatePool].peak;
    case kReserved: return stats.reserved_bytes[kAggregatePool].current;
    case kMaxReserved: return stats.reserved_bytes[kAggregatePool].peak;
    default: TORCH_CHECK(false, "unknown memory statistic ", which);
  }
#else
  TORCH_CHECK(false, "CUDA memory statistics need libtorch >= 2.9 or a build with the CUDA headers (this is ",
              TORCH_VERSION, ")");
#endif
}

// The caching allocator sizes its per-device tables on first CUDA use; before that its statistics
// calls reject every device. An empty CUDA tensor initialises CUDA without allocating memory.
void ensure_cuda_initialised(c10::DeviceIndex device) {
  (void)at::empty({0}, at::TensorOptions().device(c10::Device(c10::DeviceType::CUDA, device)));
}

bool has_cpu_kernel(const char* op) {
  auto handle = c10::Dispatcher::singleton().findSchema({op, ""});
  return handle.has_value() && handle->hasKernelForDispatchKey(c10::DispatchKey::CPU);
}

}  // namespace

// ---- availability and devices ----------------------------------------------------------------------

// Whether this shim was compiled against a libtorch whose CMake config reports CUDA.
STS_API int sts_cuda_is_built(int32_t* out) {
  STS_TRY
#ifdef SIAMESE_WITH_CUDA
    *out = 1;
#else
    // A CUDA libtorch linked without detection still registers its hooks at load time.
    *out = at::hasCUDA() ? 1 : 0;
#endif
  STS_CATCH
}

STS_API int sts_torch_version(int32_t* major, int32_t* minor, int32_t* patch) {
  STS_TRY
    *major = TORCH_VERSION_MAJOR;
    *minor = TORCH_VERSION_MINOR;
    *patch = TORCH_VERSION_PATCH;
  STS_CATCH
}

STS_API int sts_cuda_current_device(int32_t* out) {
  STS_TRY
    require_cuda("torch.cuda.current_device()");
    *out = cuda_guard()->getDevice().index();
  STS_CATCH
}

STS_API int sts_cuda_set_device(int32_t device) {
  STS_TRY
    require_cuda("torch.cuda.set_device()");
    TORCH_CHECK(device >= 0, "torch.cuda.set_device() needs a device index >= 0, got ", device);
    cuda_guard()->setDevice(c10::Device(c10::DeviceType::CUDA, resolve_device(device)));
  STS_CATCH
}

STS_API int sts_cuda_synchronize(int32_t device) {
  STS_TRY
    require_cuda("torch.cuda.synchronize()");
    hooks_synchronize(at::detail::getCUDAHooks(), resolve_device(device), 0);
  STS_CATCH
}

// ---- memory -------------------------------------------------------------------------------------------

// which: 0 allocated, 1 peak allocated, 2 reserved, 3 peak reserved (bytes). 0 without CUDA, as PyTorch.
STS_API int sts_cuda_memory_stat(int32_t device, int32_t which, int64_t* out) {
  STS_TRY
    *out = 0;
    if (!cuda_available()) return 0;
    auto index = resolve_device(device);
    ensure_cuda_initialised(index);
    *out = memory_stat(index, which);
  STS_CATCH
}

STS_API int sts_cuda_reset_peak_memory_stats(int32_t device) {
  STS_TRY
    if (!cuda_available()) return 0;
    auto index = resolve_device(device);
    ensure_cuda_initialised(index);
#if defined(STS_MEMORY_STATS_ACCELERATOR)
    at::accelerator::resetPeakStats(index);
#elif defined(STS_MEMORY_STATS_CUDA_ALLOCATOR)
    c10::cuda::CUDACachingAllocator::resetPeakStats(index);
#else
    TORCH_CHECK(false, "resetting CUDA memory statistics needs libtorch >= 2.9 (this is ", TORCH_VERSION, ")");
#endif
  STS_CATCH
}

STS_API int sts_cuda_empty_cache() {
  STS_TRY
    if (!cuda_available()) return 0;
#if defined(STS_MEMORY_STATS_ACCELERATOR)
    at::accelerator::emptyCache();
#elif defined(STS_MEMORY_STATS_CUDA_ALLOCATOR)
    c10::cuda::CUDACachingAllocator::emptyCache();
#else
    TORCH_CHECK(false, "torch.cuda.empty_cache() needs libtorch >= 2.9 (this is ", TORCH_VERSION, ")");
#endif
  STS_CATCH
}

// ---- pinned host memory -------------------------------------------------------------------------

STS_API int sts_tensor_pin_memory(TensorHandle h, TensorHandle* out) {
  STS_TRY
    auto t = sts::borrow(h);
    require_cuda("Tensor.pin_memory()");
    *out = sts::to_handle(t.pin_memory());
  STS_CATCH
}

STS_API int sts_tensor_is_pinned(TensorHandle h, int32_t* out) {
  STS_TRY
    auto t = sts::borrow(h);
    // Without CUDA nothing can be page-locked by libtorch; asking the hooks would throw instead.
    *out = cuda_available() && t.is_pinned() ? 1 : 0;
  STS_CATCH
}

// ---- events -------------------------------------------------------------------------------------------

STS_API int sts_cuda_event_new(int32_t enable_timing, void** out) {
  STS_TRY
    require_cuda("torch.cuda.Event");
    // BACKEND_DEFAULT is cudaEventDefault (timing on); PYTORCH_DEFAULT is cudaEventDisableTiming.
    auto flag = enable_timing != 0 ? c10::EventFlag::BACKEND_DEFAULT : c10::EventFlag::PYTORCH_DEFAULT;
    *out = new c10::Event(c10::DeviceType::CUDA, flag);
  STS_CATCH
}

STS_API void sts_cuda_event_free(void* event) {
  // Never throws: destroying a CUDA event only reports errors through logging.
  delete static_cast<c10::Event*>(event);
}

// Records the event on the current stream of the current device (torch.cuda.Event.record()).
STS_API int sts_cuda_event_record(void* event) {
  STS_TRY
    TORCH_CHECK(event != nullptr, "the CUDA event was disposed");
    auto guard = cuda_guard();
    static_cast<c10::Event*>(event)->record(guard->getStream(guard->getDevice()));
  STS_CATCH
}

STS_API int sts_cuda_event_synchronize(void* event) {
  STS_TRY
    TORCH_CHECK(event != nullptr, "the CUDA event was disposed");
    event_synchronize(*static_cast<c10::Event*>(event), 0);
  STS_CATCH
}

STS_API int sts_cuda_event_query(void* event, int32_t* out) {
  STS_TRY
    TORCH_CHECK(event != nullptr, "the CUDA event was disposed");
    *out = static_cast<c10::Event*>(event)->query() ? 1 : 0;
  STS_CATCH
}

// Milliseconds from `start` to `end` (both recorded, timing enabled, `end` completed).
STS_API int sts_cuda_event_elapsed_time(void* start, void* end, double* out) {
  STS_TRY
    TORCH_CHECK(start != nullptr && end != nullptr, "the CUDA event was disposed");
    *out = event_elapsed(*static_cast<c10::Event*>(start), *static_cast<c10::Event*>(end), 0);
  STS_CATCH
}

// ---- TF32, cuDNN --------------------------------------------------------------------------------------

// flag: 0 cuBLAS TF32 (torch.backends.cuda.matmul.allow_tf32), 1 cuDNN TF32 (torch.backends.cudnn.allow_tf32),
// 2 cuDNN benchmark (torch.backends.cudnn.benchmark). Plain process-wide switches, settable without CUDA too.
STS_API int sts_backend_flag_get(int32_t flag, int32_t* out) {
  STS_TRY
    auto& ctx = at::globalContext();
    switch (flag) {
      case 0: *out = ctx.allowTF32CuBLAS() ? 1 : 0; break;
      case 1: *out = ctx.allowTF32CuDNN() ? 1 : 0; break;
      case 2: *out = ctx.benchmarkCuDNN() ? 1 : 0; break;
      default: TORCH_CHECK(false, "unknown backend flag ", flag);
    }
  STS_CATCH
}

STS_API int sts_backend_flag_set(int32_t flag, int32_t value) {
  STS_TRY
    auto& ctx = at::globalContext();
    switch (flag) {
      case 0: ctx.setAllowTF32CuBLAS(value != 0); break;
      case 1: ctx.setAllowTF32CuDNN(value != 0); break;
      case 2: ctx.setBenchmarkCuDNN(value != 0); break;
      default: TORCH_CHECK(false, "unknown backend flag ", flag);
    }
  STS_CATCH
}

STS_API int sts_cudnn_is_available(int32_t* out) {
  STS_TRY *out = cuda_available() && at::globalContext().hasCuDNN() ? 1 : 0; STS_CATCH
}

// ---- autocast -------------------------------------------------------------------------------------------

// The state a scope saves on entry and restores on exit (thread-local in libtorch, like grad mode).
struct sts_autocast_state {
  int32_t enabled;
  int32_t dtype;
  int32_t cache_enabled;
};

STS_API int sts_autocast_get(int32_t device_type, sts_autocast_state* out) {
  STS_TRY
    auto type = autocast_device(device_type);
    out->enabled = autocast_enabled(type) ? 1 : 0;
    out->dtype = static_cast<int32_t>(autocast_dtype(type));
    out->cache_enabled = at::autocast::is_autocast_cache_enabled() ? 1 : 0;
  STS_CATCH
}

// Enters a scope as torch.autocast.__enter__: saves the state into `previous`, sets the new one, nests.
STS_API int sts_autocast_enter(int32_t device_type, sts_autocast_state state, sts_autocast_state* previous) {
  STS_TRY
    auto type = autocast_device(device_type);
    auto dtype = static_cast<at::ScalarType>(state.dtype);
    TORCH_CHECK(dtype == at::kHalf || dtype == at::kBFloat16,
                "autocast runs in float16 or bfloat16, got ", dtype);
    if (type == c10::DeviceType::CUDA && state.enabled != 0) require_cuda("torch.autocast(\"cuda\")");
    previous->enabled = autocast_enabled(type) ? 1 : 0;
    previous->dtype = static_cast<int32_t>(autocast_dtype(type));
    previous->cache_enabled = at::autocast::is_autocast_cache_enabled() ? 1 : 0;
    set_autocast_enabled(type, state.enabled != 0);
    set_autocast_dtype(type, dtype);
    at::autocast::increment_nesting();
    at::autocast::set_autocast_cache_enabled(state.cache_enabled != 0);
  STS_CATCH
}

// Leaves a scope as torch.autocast.__exit__: the outermost exit drops the cast-weight cache.
STS_API int sts_autocast_exit(int32_t device_type, sts_autocast_state previous) {
  STS_TRY
    auto type = autocast_device(device_type);
    if (at::autocast::decrement_nesting() == 0) at::autocast::clear_cache();
    set_autocast_enabled(type, previous.enabled != 0);
    set_autocast_dtype(type, static_cast<at::ScalarType>(previous.dtype));
    at::autocast::set_autocast_cache_enabled(previous.cache_enabled != 0);
  STS_CATCH
}

// ---- gradient scaling (torch.amp.GradScaler) --------------------------------------------------------

// Multiplies every defined gradient of `params` by `inv_scale` (a 1-element float32 tensor) and sets
// `found_inf` (1-element float32) to 1 when any gradient holds an inf or NaN. Gradients are grouped by
// device and dtype, as PyTorch's GradScaler does, and each group goes through the fused ATen kernel
// where the device has one (CUDA; CPU from libtorch 2.3), else through the same arithmetic in ATen ops.
// Nothing here waits for the device.
STS_API int sts_amp_unscale_grads(const TensorHandle* params, int64_t count, TensorHandle inv_scale,
                                  TensorHandle found_inf, int32_t allow_fp16) {
  STS_TRY
    auto inv = sts::borrow(inv_scale);
    auto found = sts::borrow(found_inf);
    // A handful of (device, dtype) groups at most: a linear search beats a map here.
    std::vector<std::pair<std::pair<c10::Device, at::ScalarType>, std::vector<at::Tensor>>> groups;
    for (int64_t i = 0; i < count; ++i) {
      auto grad = sts::borrow(params[i]).grad();
      if (!grad.defined()) continue;
      TORCH_CHECK(allow_fp16 != 0 || grad.scalar_type() != at::kHalf, "Attempting to unscale FP16 gradients.");
      TORCH_CHECK(!grad.is_sparse(), "GradScaler does not support sparse gradients");
      std::pair<c10::Device, at::ScalarType> key{grad.device(), grad.scalar_type()};
      auto group = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == key; });
      if (group == groups.end()) groups.push_back({key, {grad}}); else group->second.push_back(grad);
    }
    static const bool cpu_kernel = has_cpu_kernel("aten::_amp_foreach_non_finite_check_and_unscale_");
    c10::NoGradGuard no_grad;
    for (auto& [key, grads] : groups) {
      auto device = key.first;
      auto inv_here = inv.to(device);
      auto found_here = device == found.device() ? found : at::zeros_like(found, at::TensorOptions().device(device));
      if (device.is_cuda() || (device.is_cpu() && cpu_kernel)) {
        at::_amp_foreach_non_finite_check_and_unscale_(grads, found_here, inv_here);
      } else {
        auto factor = inv_here.reshape({});
        for (auto& g : grads) {
          found_here.masked_fill_(at::isfinite(g).all().logical_not(), 1.0);
          g.mul_(factor);
        }
      }
      if (device != found.device()) found.copy_(at::maximum(found, found_here.to(found.device())));
    }
  STS_CATCH
}

// torch._amp_update_scale_: after an overflow multiply `scale` by backoff_factor and restart the count
// of good steps; after growth_interval good steps in a row multiply it by growth_factor (if finite).
STS_API int sts_amp_update_scale(TensorHandle scale, TensorHandle growth_tracker, TensorHandle found_inf,
                                 double growth_factor, double backoff_factor, int64_t growth_interval) {
  STS_TRY
    auto s = sts::borrow(scale);
    auto tracker = sts::borrow(growth_tracker);
    auto found = sts::borrow(found_inf);
    static const bool cpu_kernel = has_cpu_kernel("aten::_amp_update_scale_");
    c10::NoGradGuard no_grad;
    if (s.is_cuda() || (s.is_cpu() && cpu_kernel)) {
      at::_amp_update_scale_(s, tracker, found, growth_factor, backoff_factor, growth_interval);
    } else {
      // The same update on the host, in float32 as the kernel computes it.
      if (found.item<float>() != 0.0f) {
        s.fill_(static_cast<float>(s.item<float>() * backoff_factor));
        tracker.fill_(0);
      } else {
        auto successful = tracker.item<int32_t>() + 1;
        if (successful == growth_interval) {
          auto grown = static_cast<float>(s.item<float>() * growth_factor);
          if (std::isfinite(grown)) s.fill_(grown);
          tracker.fill_(0);
        } else {
          tracker.fill_(successful);
        }
      }
    }
  STS_CATCH
}

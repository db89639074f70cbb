// A caching CPU allocator for large blocks.
//
// glibc's malloc serves blocks over its mmap threshold (at most 32 MB) with fresh mmap()s and unmaps
// them on free, so a training step that allocates the same large activations and gradients every
// time page-faults them back in each step (measured with PyTorch on the Koch net: ~460k faults per
// step, a quarter to a third of its CPU time; DESIGN.md, "The engine"). Training loops repeat the
// same sizes, so freed large blocks are kept in per-size free lists and handed back on the next
// request of that size. Small blocks go straight to malloc. The cache is bounded (its capacity is
// set from .NET; 0 disables caching) and can be emptied.
#include "shim.h"

#include <c10/core/CPUAllocator.h>

#include <cstdlib>
#include <map>
#include <mutex>

namespace {

// Below this size malloc's arenas reuse memory without page faults. Blocks of 64 KB - 1 MB are cached too:
// malloc's adaptive mmap/trim thresholds hand them back to the OS and fault them in again (measured on the
// transformer_b64 benchmark step: ~150-350 page faults per step with a 1 MB floor, none with 64 KB, and
// 5-10% less CPU time).
constexpr size_t kMinCachedBytes = size_t(1) << 16;
// Matches c10's gAlignment so vectorised kernels see the alignment they expect.
constexpr size_t kAlignment = 64;

class CachingCpuAllocator final : public c10::Allocator {
 public:
  c10::DataPtr allocate(size_t nbytes) const override {
    void* p = nullptr;
    if (nbytes >= kMinCachedBytes) p = take(nbytes);
    if (p == nullptr && nbytes > 0) {
      if (posix_memalign(&p, kAlignment, round_up(nbytes)) != 0) p = nullptr;
      TORCH_CHECK(p != nullptr, "CPU out of memory: failed to allocate ", nbytes, " bytes");
      if (nbytes >= kMinCachedBytes) {
        std::lock_guard<std::mutex> lock(mutex_);
        sizes_[p] = round_up(nbytes);
      }
    }
    return {p, p, &CachingCpuAllocator::release, c10::Device(c10::DeviceType::CPU)};
  }

  c10::DeleterFnPtr raw_deleter() const override { return &CachingCpuAllocator::release; }

  static CachingCpuAllocator& instance() {
    static CachingCpuAllocator allocator;
    return allocator;
  }

  void set_capacity(int64_t bytes) {
    std::lock_guard<std::mutex> lock(mutex_);
    capacity_ = bytes < 0 ? 0 : static_cast<size_t>(bytes);
    trim_locked(capacity_);
  }

  void empty_cache() {
    std::lock_guard<std::mutex> lock(mutex_);
    trim_locked(0);
  }

  int64_t cached_bytes() {
    std::lock_guard<std::mutex> lock(mutex_);
    return static_cast<int64_t>(cached_);
  }

 private:
  static size_t round_up(size_t n) { return (n + kAlignment - 1) / kAlignment * kAlignment; }

  static void release(void* p) {
    if (p == nullptr) return;
    instance().give_back(p);
  }

  void* take(size_t nbytes) const {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = free_.find(round_up(nbytes));
    if (it == free_.end()) return nullptr;
    void* p = it->second;
    cached_ -= it->first;
    free_.erase(it);
    return p;
  }

  void give_back(void* p) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto size = sizes_.find(p);
    if (size == sizes_.end()) {
      std::free(p);  // a small block, never tracked
      return;
    }
    if (size->second + cached_ <= capacity_) {
      free_.emplace(size->second, p);
      cached_ += size->second;
      return;
    }
    sizes_.erase(size);
    std::free(p);
  }

  void trim_locked(size_t limit) const {
    while (cached_ > limit && !free_.empty()) {
      auto it = std::prev(free_.end());  // free the largest blocks first
      cached_ -= it->first;
      sizes_.erase(it->second);
      std::free(it->second);
      free_.erase(it);
    }
  }

  mutable std::mutex mutex_;
  mutable std::multimap<size_t, void*> free_;
  mutable std::map<void*, size_t> sizes_;
  mutable size_t cached_ = 0;
  size_t capacity_ = 0;
};

bool installed = false;

}  // namespace

// Installs the caching allocator as libtorch's CPU allocator (once) and sets the cache capacity.
// Capacity 0 keeps the allocator but caches nothing (every block goes back at once).
STS_API int sts_cpu_caching_allocator(int64_t capacity_bytes) {
  STS_TRY
    auto& allocator = CachingCpuAllocator::instance();
    allocator.set_capacity(capacity_bytes);
    if (!installed && capacity_bytes > 0) {
      c10::SetCPUAllocator(&allocator, /*priority=*/1);
      installed = true;
    }
  STS_CATCH
}

STS_API int sts_cpu_empty_cache() { STS_TRY CachingCpuAllocator::instance().empty_cache(); STS_CATCH }

STS_API int sts_cpu_cached_bytes(int64_t* out) { STS_TRY *out = CachingCpuAllocator::instance().cached_bytes(); STS_CATCH }

namespace {
// Installed when the shim is loaded, before any tensor exists. SIAMESE_CPU_CACHE_MB sets the cache
// capacity (default 2048 MB: the Koch net's largest step needs ~1.3 GB of large blocks); 0 turns it off.
constexpr int64_t kDefaultCacheMegabytes = 2048;

struct InstallAtLoad {
  InstallAtLoad() {
    int64_t megabytes = kDefaultCacheMegabytes;
    if (const char* env = std::getenv("SIAMESE_CPU_CACHE_MB")) megabytes = std::atoll(env);
    if (megabytes > 0) sts_cpu_caching_allocator(megabytes << 20);
  }
} install_at_load;
}  // namespace

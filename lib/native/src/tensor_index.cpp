// Python-style indexing (t[0, 1:3, ..., None, mask]) through at::indexing::TensorIndex.
//
// An index expression crosses the ABI as n entries: kinds[i] says what entry i is, ints[3i..3i+2]
// carry its integers and handles[i] its tensor:
//   0 = integer ints[3i]            1 = slice(ints[3i], ints[3i+1], ints[3i+2]), INT64_MIN = None
//   2 = Ellipsis (...)              3 = None (new axis)
//   4 = bool ints[3i] != 0          5 = tensor handles[i] (integer indices or a bool mask)
#include "shim.h"

#include <limits>

namespace {
constexpr int64_t kNone = std::numeric_limits<int64_t>::min();

c10::optional<int64_t> slice_part(int64_t v) { return v == kNone ? c10::nullopt : c10::optional<int64_t>(v); }

std::vector<at::indexing::TensorIndex> decode(const int32_t* kinds, const int64_t* ints, const TensorHandle* handles,
                                              int64_t n) {
  using namespace at::indexing;
  std::vector<TensorIndex> result;
  result.reserve(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) {
    const int64_t* v = ints + 3 * i;
    switch (kinds[i]) {
      case 0: result.emplace_back(v[0]); break;
      case 1: result.emplace_back(Slice(slice_part(v[0]), slice_part(v[1]), slice_part(v[2]))); break;
      case 2: result.emplace_back(Ellipsis); break;
      case 3: result.emplace_back(None); break;
      case 4: result.emplace_back(v[0] != 0); break;
      case 5: result.emplace_back(sts::borrow(handles[i])); break;
      default: throw std::invalid_argument("unknown tensor index kind " + std::to_string(kinds[i]));
    }
  }
  return result;
}
}  // namespace

STS_API int sts_index(TensorHandle a, const int32_t* kinds, const int64_t* ints, const TensorHandle* handles, int64_t n,
                      TensorHandle* out) {
  STS_TRY *out = sts::to_handle(sts::borrow(a).index(decode(kinds, ints, handles, n))); STS_CATCH
}
STS_API int sts_index_put_(TensorHandle a, const int32_t* kinds, const int64_t* ints, const TensorHandle* handles,
                           int64_t n, TensorHandle value) {
  STS_TRY sts::borrow(a).index_put_(decode(kinds, ints, handles, n), sts::borrow(value)); STS_CATCH
}
STS_API int sts_index_put_scalar_(TensorHandle a, const int32_t* kinds, const int64_t* ints, const TensorHandle* handles,
                                  int64_t n, sts_scalar value) {
  STS_TRY sts::borrow(a).index_put_(decode(kinds, ints, handles, n), sts::scalar(value)); STS_CATCH
}
STS_API int sts_masked_select(TensorHandle a, TensorHandle mask, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::masked_select(sts::borrow(a), sts::borrow(mask))); STS_CATCH
}
STS_API int sts_nonzero(TensorHandle a, TensorHandle* out) { STS_TRY *out = sts::to_handle(at::nonzero(sts::borrow(a))); STS_CATCH }

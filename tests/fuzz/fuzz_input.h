#pragma once
// What the fuzz targets share: a check that stops the run on a broken invariant, a reader that
// draws bounded values from the input's bytes, and a hash for values derived from a whole input.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sbw::fuzz {

// A broken invariant is a crash for the fuzzer, whatever the build (asserts may be compiled out).
inline void check(bool invariant) {
  if (!invariant) __builtin_trap();
}

// The input as text, byte for byte.
inline std::string_view textOf(const uint8_t* data, size_t size) { return {reinterpret_cast<const char*>(data), size}; }

// FNV-1a over the input: a value that follows every byte, for settings derived from a text input
// that must stay readable as text (seeds are plain words).
inline std::uint64_t hashOf(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ull;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

// Fresh bits from a hash (splitmix64's finaliser), for several settings from one input.
inline std::uint64_t mixed(std::uint64_t bits) {
  bits += 0x9e3779b97f4a7c15ull;
  bits = (bits ^ (bits >> 30)) * 0xbf58476d1ce4e5b9ull;
  bits = (bits ^ (bits >> 27)) * 0x94d049bb133111ebull;
  return bits ^ (bits >> 31);
}

// Draws values from the front of the input; once it runs out every value is the lowest allowed.
class ByteReader {
 public:
  ByteReader(const uint8_t* data, size_t size) : data_(data), size_(size) {}

  bool empty() const { return at_ >= size_; }
  uint8_t byte() { return at_ < size_ ? data_[at_++] : 0; }
  bool flag() { return (byte() & 1) != 0; }
  // 0 .. count-1 (count > 0).
  int below(int count) { return static_cast<int>(byte()) % count; }
  // [lo, hi], in steps of 1/65535 of the range: always finite.
  double in(double lo, double hi) {
    const unsigned high = byte();
    const unsigned low = byte();
    return lo + (hi - lo) * static_cast<double>((high << 8) | low) / 65535.0;
  }
  // Up to `maxLength` raw bytes, at least one.
  std::string text(size_t maxLength) {
    const size_t length = 1 + static_cast<size_t>(byte()) % maxLength;
    std::string out;
    while (out.size() < length && !empty()) out.push_back(static_cast<char>(byte()));
    if (out.empty()) out = "x";
    return out;
  }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t at_ = 0;
};

}  // namespace sbw::fuzz

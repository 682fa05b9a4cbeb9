#pragma once
// Disjoint sets over 0..n-1, for grouping rulings that touch and grid positions that are one cell.

#include <numeric>
#include <vector>

namespace sbw::pdf {

struct UnionFind {
  std::vector<int> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  int find(int i) { return parent[i] == i ? i : parent[i] = find(parent[i]); }
  void join(int a, int b) { parent[find(a)] = find(b); }
};

}  // namespace sbw::pdf

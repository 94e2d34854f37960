// Seeded random op parameters with TFLite-like statistics: int8 weights, biases of the size a
// real model has, per-channel scales that keep outputs spread over int8 (a few channels with
// scales above 1, i.e. positive shifts), varied zero points and activation ranges. Used by the
// tests, the benchmarks and the built-in demo network, always with fixed seeds.
#pragma once

#include "loom/ops/Ops.h"

#include <random>

namespace loom::ops {

struct RandomOptions {
  bool positiveShifts = true; // allow channels whose scale exceeds 1
  bool randomActivation = true;
  bool randomZeroPoints = true;
};

std::vector<int8_t> randomInt8(size_t count, std::mt19937 &rng);

// Fills weights, bias, zero points and the output stage for the shape already set in `p`.
void fillRandom(Conv2DParams &p, std::mt19937 &rng, const RandomOptions &o = {});
void fillRandom(DepthwiseConv2DParams &p, std::mt19937 &rng, const RandomOptions &o = {});
void fillRandom(PointwiseConv2DParams &p, std::mt19937 &rng, const RandomOptions &o = {});
void fillRandom(FullyConnectedParams &p, std::mt19937 &rng, const RandomOptions &o = {});

} // namespace loom::ops

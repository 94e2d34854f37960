// Seeded random parameters; see RandomParams.h for the statistics they follow.
#include "loom/ops/RandomParams.h"

#include <cmath>

namespace loom::ops {

namespace {

int uniform(std::mt19937 &rng, int lo, int hi) {
  return std::uniform_int_distribution<int>(lo, hi)(rng);
}

double uniformReal(std::mt19937 &rng, double lo, double hi) {
  return std::uniform_real_distribution<double>(lo, hi)(rng);
}

// The accumulator of a reduction over n int8 products has a standard deviation of about
// sqrt(n) * 74 * 74 (uniform int8 has sigma ~74); a scale of ~40 / that keeps outputs spread.
void fillStage(OutputStage &s, std::vector<int32_t> &bias, int channels, int64_t reduction,
               std::mt19937 &rng, const RandomOptions &o) {
  const double accSigma = std::sqrt(static_cast<double>(reduction)) * 74.0 * 74.0;
  s.multipliers.resize(static_cast<size_t>(channels));
  s.shifts.resize(static_cast<size_t>(channels));
  bias.resize(static_cast<size_t>(channels));
  for (int c = 0; c < channels; ++c) {
    double scale = 40.0 / accSigma * uniformReal(rng, 0.25, 2.0);
    if (o.positiveShifts && uniform(rng, 0, 9) == 0)
      scale = uniformReal(rng, 1.0, 6.0); // TFLite allows it; exercises the left-shift path
    QuantizedMultiplier q = quantizeMultiplier(scale);
    s.multipliers[c] = q.multiplier;
    s.shifts[c] = q.shift;
    bias[c] = static_cast<int32_t>(uniformReal(rng, -1.0, 1.0) * accSigma);
  }
  s.outputZeroPoint = o.randomZeroPoints ? uniform(rng, -128, 127) : 0;
  s.activationMin = -128;
  s.activationMax = 127;
  if (o.randomActivation) {
    switch (uniform(rng, 0, 2)) {
    case 0: break;                                                      // no fused activation
    case 1: s.activationMin = std::max(-128, s.outputZeroPoint); break; // ReLU
    default: // ReLU6-like: [zp, zp + 6/scale]
      s.activationMin = std::max(-128, s.outputZeroPoint);
      s.activationMax = std::min(127, s.activationMin + uniform(rng, 1, 120));
    }
  }
}

} // namespace

std::vector<int8_t> randomInt8(size_t count, std::mt19937 &rng) {
  std::vector<int8_t> v(count);
  std::uniform_int_distribution<int> d(-128, 127);
  for (auto &x : v)
    x = static_cast<int8_t>(d(rng));
  return v;
}

void fillRandom(Conv2DParams &p, std::mt19937 &rng, const RandomOptions &o) {
  p.weights = randomInt8(static_cast<size_t>(p.outputChannels) * p.kernelHeight * p.kernelWidth *
                             p.inputChannels,
                         rng);
  p.inputZeroPoint = o.randomZeroPoints ? uniform(rng, -128, 127) : 0;
  fillStage(p.output, p.bias, p.outputChannels,
            int64_t{p.kernelHeight} * p.kernelWidth * p.inputChannels, rng, o);
}

void fillRandom(DepthwiseConv2DParams &p, std::mt19937 &rng, const RandomOptions &o) {
  p.weights = randomInt8(static_cast<size_t>(p.kernelHeight) * p.kernelWidth * p.channels, rng);
  p.inputZeroPoint = o.randomZeroPoints ? uniform(rng, -128, 127) : 0;
  fillStage(p.output, p.bias, p.channels, int64_t{p.kernelHeight} * p.kernelWidth, rng, o);
}

void fillRandom(PointwiseConv2DParams &p, std::mt19937 &rng, const RandomOptions &o) {
  p.weights = randomInt8(static_cast<size_t>(p.outputChannels) * p.inputChannels, rng);
  p.inputZeroPoint = o.randomZeroPoints ? uniform(rng, -128, 127) : 0;
  fillStage(p.output, p.bias, p.outputChannels, p.inputChannels, rng, o);
}

void fillRandom(FullyConnectedParams &p, std::mt19937 &rng, const RandomOptions &o) {
  p.weights = randomInt8(static_cast<size_t>(p.outputSize) * p.inputSize, rng);
  p.inputZeroPoint = o.randomZeroPoints ? uniform(rng, -128, 127) : 0;
  fillStage(p.output, p.bias, p.outputSize, p.inputSize, rng, o);
}

} // namespace loom::ops

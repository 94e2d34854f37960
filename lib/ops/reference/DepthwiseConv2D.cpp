// Reference DepthwiseConv2D, after TFLite reference_integer_ops::DepthwiseConvPerChannel
// (batch 1).
#include "OutputStage.h"

namespace loom::ops::reference {

void depthwiseConv2D(const DepthwiseConv2DParams &p, const int8_t *input, int8_t *output) {
  const int outH = p.outputHeight(), outW = p.outputWidth();
  const int32_t inputOffset = -p.inputZeroPoint;
  for (int outY = 0; outY < outH; ++outY) {
    for (int outX = 0; outX < outW; ++outX) {
      for (int c = 0; c < p.channels; ++c) {
        for (int m = 0; m < p.depthMultiplier; ++m) {
          const int oc = c * p.depthMultiplier + m, outC = p.outputChannels();
          const int inYOrigin = outY * p.strideHeight - p.padding.top;
          const int inXOrigin = outX * p.strideWidth - p.padding.left;
          int32_t acc = 0;
          for (int fy = 0; fy < p.kernelHeight; ++fy) {
            for (int fx = 0; fx < p.kernelWidth; ++fx) {
              const int inY = inYOrigin + fy * p.dilationHeight,
                        inX = inXOrigin + fx * p.dilationWidth;
              // TFLite: is_point_inside_image; outside points contribute nothing.
              if (inY < 0 || inY >= p.inputHeight || inX < 0 || inX >= p.inputWidth)
                continue;
              const int32_t x = input[(inY * p.inputWidth + inX) * p.channels + c];
              const int32_t w = p.weights[(fy * p.kernelWidth + fx) * outC + oc];
              acc = detail::wrappingAdd(acc, w * (x + inputOffset));
            }
          }
          acc = detail::wrappingAdd(acc, p.bias[oc]);
          output[(outY * outW + outX) * outC + oc] = detail::outputStage(acc, p.output, oc);
        }
      }
    }
  }
}

} // namespace loom::ops::reference

// Reference 1x1 convolution: TFLite ConvPerChannel with a 1x1 filter and no padding.
#include "OutputStage.h"

namespace loom::ops::reference {

void pointwiseConv2D(const PointwiseConv2DParams &p, const int8_t *input, int8_t *output) {
  const int outH = p.outputHeight(), outW = p.outputWidth();
  const int32_t inputOffset = -p.inputZeroPoint;
  for (int outY = 0; outY < outH; ++outY) {
    for (int outX = 0; outX < outW; ++outX) {
      const int8_t *pixel =
          input + (outY * p.stride * p.inputWidth + outX * p.stride) * p.inputChannels;
      for (int outC = 0; outC < p.outputChannels; ++outC) {
        int32_t acc = 0;
        for (int inC = 0; inC < p.inputChannels; ++inC)
          acc = detail::wrappingAdd(acc, int32_t{p.weights[outC * p.inputChannels + inC]} *
                                             (pixel[inC] + inputOffset));
        acc = detail::wrappingAdd(acc, p.bias[outC]);
        output[(outY * outW + outX) * p.outputChannels + outC] =
            detail::outputStage(acc, p.output, outC);
      }
    }
  }
}

} // namespace loom::ops::reference

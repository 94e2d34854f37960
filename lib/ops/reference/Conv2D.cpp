// Reference Conv2D, after TFLite reference_integer_ops::ConvPerChannel (batch 1).
#include "OutputStage.h"

namespace loom::ops::reference {

void conv2D(const Conv2DParams &p, const int8_t *input, int8_t *output) {
  const int outH = p.outputHeight(), outW = p.outputWidth();
  const int32_t inputOffset = -p.inputZeroPoint; // TFLite passes -zero_point as input_offset
  for (int outY = 0; outY < outH; ++outY) {
    for (int outX = 0; outX < outW; ++outX) {
      for (int outC = 0; outC < p.outputChannels; ++outC) {
        const int inYOrigin = outY * p.strideHeight - p.padding.top;
        const int inXOrigin = outX * p.strideWidth - p.padding.left;
        int32_t acc = 0;
        for (int fy = 0; fy < p.kernelHeight; ++fy) {
          for (int fx = 0; fx < p.kernelWidth; ++fx) {
            const int inY = inYOrigin + fy * p.dilationHeight, inX = inXOrigin + fx * p.dilationWidth;
            // TFLite: "Zero padding by omitting the areas outside the image."
            if (inY < 0 || inY >= p.inputHeight || inX < 0 || inX >= p.inputWidth)
              continue;
            for (int inC = 0; inC < p.inputChannels; ++inC) {
              const int32_t x = input[(inY * p.inputWidth + inX) * p.inputChannels + inC];
              const int32_t w =
                  p.weights[((outC * p.kernelHeight + fy) * p.kernelWidth + fx) * p.inputChannels +
                            inC];
              acc = detail::wrappingAdd(acc,
                                        w * (x + inputOffset)); // TFLite: filter * (input + offset)
            }
          }
        }
        acc = detail::wrappingAdd(acc, p.bias[outC]); // TFLite adds the bias after the reduction
        output[(outY * outW + outX) * p.outputChannels + outC] =
            detail::outputStage(acc, p.output, outC);
      }
    }
  }
}

} // namespace loom::ops::reference

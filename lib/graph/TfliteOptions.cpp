// The builtin options of each imported operator as the node's Options: strides, padding,
// fused activations, axes and flags, with the checks that need nothing but the options.
#include "TfliteOptions.h"

#include <fmt/format.h>

namespace loom::graph::detail {

namespace {

Activation activation(tflite::ActivationFunctionType a, bool &ok) {
  switch (a) {
  case tflite::ActivationFunctionType::NONE: return Activation::None;
  case tflite::ActivationFunctionType::RELU: return Activation::Relu;
  case tflite::ActivationFunctionType::RELU_N1_TO_1: return Activation::ReluN1To1;
  case tflite::ActivationFunctionType::RELU6: return Activation::Relu6;
  default: ok = false; return Activation::None;
  }
}

PaddingMode padding(tflite::Padding p) {
  return p == tflite::Padding::SAME ? PaddingMode::Same : PaddingMode::Valid;
}

} // namespace

Status readOptions(const tflite::Operator &op, Node &n) {
  bool ok = true;
  switch (n.op) {
  case OpType::Conv2D: {
    ConvOptions c;
    if (const auto *o = op.builtin_options_as_Conv2DOptions()) {
      c = {padding(o->padding()),
           o->stride_h(),
           o->stride_w(),
           o->dilation_h_factor(),
           o->dilation_w_factor(),
           1,
           activation(o->fused_activation_function(), ok)};
    }
    n.options = c;
    break;
  }
  case OpType::DepthwiseConv2D: {
    ConvOptions c;
    if (const auto *o = op.builtin_options_as_DepthwiseConv2DOptions()) {
      c = {padding(o->padding()),
           o->stride_h(),
           o->stride_w(),
           o->dilation_h_factor(),
           o->dilation_w_factor(),
           o->depth_multiplier(),
           activation(o->fused_activation_function(), ok)};
    }
    n.options = c;
    break;
  }
  case OpType::AveragePool2D:
  case OpType::MaxPool2D: {
    PoolOptions p;
    if (const auto *o = op.builtin_options_as_Pool2DOptions())
      p = {padding(o->padding()), o->stride_h(),
           o->stride_w(),         o->filter_height(),
           o->filter_width(),     activation(o->fused_activation_function(), ok)};
    n.options = p;
    break;
  }
  case OpType::FullyConnected:
    if (const auto *o = op.builtin_options_as_FullyConnectedOptions()) {
      if (o->weights_format() != 0)
        return Error{"shuffled fully-connected weights are not supported"};
      n.options = ElementwiseOptions{activation(o->fused_activation_function(), ok)};
    } else {
      n.options = ElementwiseOptions{};
    }
    break;
  case OpType::Add:
    n.options = ElementwiseOptions{
        op.builtin_options_as_AddOptions()
            ? activation(op.builtin_options_as_AddOptions()->fused_activation_function(), ok)
            : Activation::None};
    break;
  case OpType::Mul:
    n.options = ElementwiseOptions{
        op.builtin_options_as_MulOptions()
            ? activation(op.builtin_options_as_MulOptions()->fused_activation_function(), ok)
            : Activation::None};
    break;
  case OpType::Sub:
    n.options = ElementwiseOptions{
        op.builtin_options_as_SubOptions()
            ? activation(op.builtin_options_as_SubOptions()->fused_activation_function(), ok)
            : Activation::None};
    break;
  case OpType::Maximum:
  case OpType::Minimum:
  case OpType::Prelu: n.options = ElementwiseOptions{}; break;
  case OpType::Pack:
    n.options = ConcatOptions{
        op.builtin_options_as_PackOptions() ? op.builtin_options_as_PackOptions()->axis() : 0};
    break;
  case OpType::Concatenation:
    if (const auto *o = op.builtin_options_as_ConcatenationOptions())
      n.options = ConcatOptions{o->axis(), activation(o->fused_activation_function(), ok)};
    else
      n.options = ConcatOptions{};
    break;
  case OpType::Mean:
    n.options = ReduceOptions{op.builtin_options_as_ReducerOptions() &&
                              op.builtin_options_as_ReducerOptions()->keep_dims()};
    break;
  case OpType::ResizeNearestNeighbor:
    if (const auto *o = op.builtin_options_as_ResizeNearestNeighborOptions())
      n.options = ResizeOptions{o->align_corners(), o->half_pixel_centers()};
    else
      n.options = ResizeOptions{};
    break;
  case OpType::ResizeBilinear:
    if (const auto *o = op.builtin_options_as_ResizeBilinearOptions())
      n.options = ResizeOptions{o->align_corners(), o->half_pixel_centers()};
    else
      n.options = ResizeOptions{};
    break;
  case OpType::StridedSlice:
    if (const auto *o = op.builtin_options_as_StridedSliceOptions())
      n.options = StridedSliceOptions{o->begin_mask(),    o->end_mask(),         o->ellipsis_mask(),
                                      o->new_axis_mask(), o->shrink_axis_mask(), o->offset()};
    else
      n.options = StridedSliceOptions{};
    break;
  case OpType::UnidirectionalSequenceLstm:
    if (const auto *o = op.builtin_options_as_UnidirectionalSequenceLSTMOptions()) {
      // TFLite Micro's cell gate activation: TANH (or its C-only sigmoid, not in the schema).
      if (o->fused_activation_function() != tflite::ActivationFunctionType::TANH)
        return Error{fmt::format("cell gate activation {} is not supported (TANH)",
                                 static_cast<int>(o->fused_activation_function()))};
      if (o->diagonal_recurrent_tensors())
        return Error{"diagonal recurrent weights are not supported"};
      n.options = LstmOptions{true, o->cell_clip(), o->proj_clip(), o->time_major()};
    } else {
      return Error{"the LSTM has no options"};
    }
    break;
  case OpType::Svdf:
    if (const auto *o = op.builtin_options_as_SVDFOptions()) {
      if (o->asymmetric_quantize_inputs())
        return Error{"hybrid (float input, int8 weights) SVDF is not supported"};
      n.options = SvdfOptions{o->rank(), activation(o->fused_activation_function(), ok)};
    } else {
      return Error{"the SVDF has no options"};
    }
    break;
  case OpType::LeakyRelu:
    n.options = LeakyReluOptions{op.builtin_options_as_LeakyReluOptions()
                                     ? op.builtin_options_as_LeakyReluOptions()->alpha()
                                     : 0.0f};
    break;
  case OpType::Softmax:
    n.options = SoftmaxOptions{op.builtin_options_as_SoftmaxOptions()
                                   ? op.builtin_options_as_SoftmaxOptions()->beta()
                                   : 1.0f};
    break;
  default: break;
  }
  if (!ok)
    return Error{"unsupported fused activation"};
  if (auto *c = std::get_if<ConvOptions>(&n.options)) {
    if (c->strideHeight < 1 || c->strideWidth < 1)
      return Error{fmt::format("stride {}x{} is not positive", c->strideHeight, c->strideWidth)};
    if (c->dilationHeight < 1 || c->dilationWidth < 1)
      return Error{
          fmt::format("dilation {}x{} is not positive", c->dilationHeight, c->dilationWidth)};
  }
  if (auto *p = std::get_if<PoolOptions>(&n.options))
    if (p->strideHeight < 1 || p->strideWidth < 1 || p->filterHeight < 1 || p->filterWidth < 1)
      return Error{"pool stride and filter must be positive"};
  return {};
}

} // namespace loom::graph::detail

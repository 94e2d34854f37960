// Writing a compiled model: kernel objects, the archive, the C glue (step table) and the header.
#include "loom/codegen/Codegen.h"
#include "loom/model/ModelCompiler.h"

#include <fmt/format.h>

#include <cctype>
#include <fstream>
#include <set>

namespace loom::model {

using namespace graph;

namespace {

// A tensor name inside a C comment: no "*/", nothing unprintable.
std::string cComment(std::string name) {
  for (char &c : name)
    if (!std::isprint(static_cast<unsigned char>(c)) || c == '*')
      c = '_';
  return name;
}

// The C element type of a TFLite tensor type.
std::string_view cType(const std::string &tfliteType) {
  return tfliteType == "INT8"      ? "int8_t"
         : tfliteType == "UINT8"   ? "uint8_t"
         : tfliteType == "INT16"   ? "int16_t"
         : tfliteType == "INT32"   ? "int32_t"
         : tfliteType == "INT64"   ? "int64_t"
         : tfliteType == "FLOAT32" ? "float"
                                   : "uint8_t";
}

} // namespace

Status writeModel(const CompiledModel &m, const codegen::Target &target,
                  const std::filesystem::path &dir, const codegen::EmitOptions &emit) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  std::string declarations, table;
  std::vector<std::filesystem::path> objects;
  std::set<std::string> written; // slices of a depth-first segment share kernels
  std::string inputSteps;        // glue functions asking the application for input rows
  for (const auto &s : m.steps) {
    if (s.inputRows) {
      const std::string fn = fmt::format("input_rows_{}_{}", s.inputRows->begin, s.inputRows->end);
      if (written.insert(fn).second)
        inputSteps +=
            fmt::format("static void {}(void *dst, void *a, void *b, void *c) {{\n"
                        "  (void)a, (void)b, (void)c;\n  {}_read_input(dst, {}, {});\n}}\n",
                        fn, m.name, s.inputRows->begin, s.inputRows->size());
      table += fmt::format("    {{{}, {{{}, -1, -1, -1}}}}, /* input rows */\n", fn,
                           m.plan.offsets[s.buffers[0]] + s.argOffsets[0]);
      continue;
    }
    std::string offsets;
    for (size_t a = 0; a < 4; ++a) {
      const int b = a < s.buffers.size() ? s.buffers[a] : -1;
      const int64_t at = a < s.argOffsets.size() ? s.argOffsets[a] : 0;
      if (b <= CompiledModel::stateArgument(0))
        offsets += fmt::format("{}LOOM_STATE_ARG({})", a ? ", " : "",
                               m.states[CompiledModel::stateOfArgument(b)].offset + at);
      else
        offsets += fmt::format("{}{}", a ? ", " : "", b >= 0 ? m.plan.offsets[b] + at : -1);
    }
    table += fmt::format("    {{{}, {{{}}}}}, /* node {} */\n", s.kernel.name, offsets, s.node);
    if (!written.insert(s.kernel.name).second)
      continue;
    if (auto st = codegen::writeKernel(s.kernel, target, dir, emit); !st)
      return st;
    objects.push_back(dir / (s.kernel.name + ".o"));
    declarations += fmt::format("void {}(void *, void *, void *, void *);\n", s.kernel.name);
  }
  // All kernels in one library too, so a firmware build links one known file.
  if (auto st = codegen::writeArchive(objects, dir / (m.name + "_kernels.a")); !st)
    return st;
  const std::string up = [&] {
    std::string u;
    for (char c : m.name)
      u += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return u;
  }();
  // A streamed input has no place in the arena: the application hands its rows over on demand.
  const std::string inputAddress =
      m.streamedInput ? "(void)arena, (void *)0"
                      : fmt::format("(uint8_t *)arena + {}", m.plan.offsets[m.inputBuffer]);
  const std::string streaming =
      m.streamedInput
          ? fmt::format("/* The input is streamed: {0}_input() returns 0 and the model asks the\n"
                        " * application for {1}-byte input rows as it needs them, in order. Copy\n"
                        " * rows [first_row, first_row + rows) of the HWC input to dst. */\n"
                        "void {0}_read_input(void *dst, uint32_t first_row, uint32_t rows);\n"
                        "#define {2}_INPUT_STREAMED 1\n#define {2}_INPUT_ROW_BYTES {1}\n",
                        m.name, m.inputRowBytes, up)
          : fmt::format("#define {}_INPUT_STREAMED 0\n", up);
  const size_t outputs = m.outputBuffers.size();
  std::string outputMacros, outputOffsets, outputSizes;
  for (size_t k = 0; k < outputs; ++k) {
    outputMacros += fmt::format("#define {}_OUTPUT{}_BYTES {}\n", up, k, m.outputBytes[k]);
    outputOffsets += fmt::format("{}{}", k ? ", " : "", m.plan.offsets[m.outputBuffers[k]]);
    outputSizes += fmt::format("{}{}", k ? ", " : "", m.outputBytes[k]);
  }
  // Shape, type and quantization of each interface tensor: real = scale * (q - zero_point).
  auto describe = [&](const CompiledModel::IoTensor &t, const std::string &what,
                      const std::string &prefix) {
    std::string shape;
    for (size_t d = 0; d < t.shape.size(); ++d)
      shape += fmt::format("{}{}", d ? ", " : "", t.shape[d]);
    const std::string name = cComment(t.name);
    std::string text = fmt::format("/* {} '{}': {} [{}]", what, name, t.type, shape);
    if (t.scales.size() == 1 && t.zeroPoints.size() == 1) {
      std::string scale = fmt::format("{:.9g}", t.scales[0]);
      if (scale.find_first_of(".e") == std::string::npos)
        scale += ".0";
      text += fmt::format(", real = {} * (q - ({})) */\n#define {}_SCALE {}f\n"
                          "#define {}_ZERO_POINT ({})\n",
                          scale, t.zeroPoints[0], prefix, scale, prefix, t.zeroPoints[0]);
    } else {
      text += t.scales.empty() ? ", not quantized */\n" : ", quantized per channel */\n";
    }
    return text + fmt::format("#define {}_SHAPE {{{}}}\n#define {}_TYPE {}\n", prefix, shape,
                              prefix, cType(t.type));
  };
  std::string interface = describe(m.input, "Input", up + "_INPUT");
  for (size_t k = 0; k < m.outputs.size(); ++k)
    interface +=
        describe(m.outputs[k], fmt::format("Output {}", k), fmt::format("{}_OUTPUT{}", up, k));
  // How to feed a quantized model, in the header's own names (the README's example in full).
  if (m.input.scales.size() == 1 && !m.outputs.empty() && m.outputs[0].scales.size() == 1 &&
      !m.streamedInput)
    interface += fmt::format(
        "/* Feeding it: quantize real input values x[i], run, dequantize output 0.\n"
        " *   static uint8_t arena[{0}_ARENA_BYTES] "
        "__attribute__((aligned({0}_ARENA_ALIGNMENT)));\n"
        " *   {0}_INPUT_TYPE *in = ({0}_INPUT_TYPE *){1}_input(arena);\n"
        " *   for (i = 0; i < {0}_INPUT_BYTES / sizeof *in; ++i)\n"
        " *     in[i] = clamp(lroundf(x[i] / {0}_INPUT_SCALE) + {0}_INPUT_ZERO_POINT);  (to the "
        "type's range)\n"
        " *   {1}_invoke(arena);\n"
        " *   {0}_OUTPUT0_TYPE *out = ({0}_OUTPUT0_TYPE *){1}_output(arena);\n"
        " *   y[k] = {0}_OUTPUT0_SCALE * (out[k] - {0}_OUTPUT0_ZERO_POINT);\n */\n",
        up, m.name);
  std::string resets;
  for (const auto &st : m.states)
    resets += fmt::format("  memset((uint8_t *)state + {}, {}, {}); /* {} */\n", st.offset, st.fill,
                          st.bytes, cComment(st.name));
  std::ofstream h(dir / (m.name + ".h"));
  h << fmt::format(
      "/* loom model '{0}' for {1}. Generated by loom-gen; do not edit.\n"
      " * The arena holds every activation (the inputs and outputs included) and all scratch. */\n"
      "#ifndef LOOM_MODEL_{2}_H\n#define LOOM_MODEL_{2}_H\n\n#include <stdint.h>\n\n"
      "#ifdef __cplusplus\nextern \"C\" {{\n#endif\n\n"
      "#define {2}_ARENA_BYTES {3}\n#define {2}_ARENA_ALIGNMENT {4}\n"
      "#define {2}_INPUT_BYTES {5}\n#define {2}_OUTPUT_BYTES {6} /* output 0 */\n"
      "#define {2}_OUTPUTS {8}\n{9}\n{11}\n{10}"
      "/* Where the caller writes the input and reads the outputs, inside the arena. */\n"
      "void *{0}_input(void *arena);\nvoid *{0}_output(void *arena); /* output 0 */\n"
      "void *{0}_output_n(void *arena, uint32_t index); /* 0 when index >= {2}_OUTPUTS */\n"
      "/* Runs the model; 0 on success. */\nint {0}_invoke(void *arena);\n"
      "/* The same, calling hook(step, context) before each kernel and once after the last\n"
      " * (for per-layer timing); {2}_STEPS kernels. */\n"
      "typedef void (*{0}_hook)(uint32_t step, void *context);\n"
      "int {0}_invoke_with_hook(void *arena, {0}_hook hook, void *context);\n"
      "#define {2}_STEPS {7}\n\n"
      "/* State that persists from one inference to the next (an LSTM's hidden and cell state):\n"
      " * {2}_STATE_BYTES bytes ({2}_ARENA_ALIGNMENT-aligned) the application owns, outside the\n"
      " * arena. Reset it once before the first inference and whenever a new sequence starts, "
      "then\n"
      " * run the model with {0}_invoke_with_state; {0}_invoke and {0}_invoke_with_hook return -1\n"
      " * for a model with state. 0 bytes: the model has none. */\n"
      "#define {2}_STATE_BYTES {12}\n"
      "void {0}_reset_state(void *state);\n"
      "int {0}_invoke_with_state(void *arena, void *state);\n"
      "int {0}_invoke_with_state_and_hook(void *arena, void *state, {0}_hook hook, void "
      "*context);\n\n"
      "#ifdef __cplusplus\n}}\n#endif\n\n#endif\n",
      m.name, target.name(), up, m.plan.arenaBytes, kArenaAlignment, m.inputBytes, m.outputBytes[0],
      m.steps.size(), outputs, outputMacros, streaming, interface, m.stateBytes);
  std::ofstream c(dir / (m.name + ".c"));
  c << fmt::format(
      "/* loom model '{0}': the step table run by loom_runtime. Generated by loom-gen. */\n"
      "#include \"{0}.h\"\n#include \"loom_runtime.h\"\n\n#include <string.h>\n\n"
      "/* Kernels (thumbv7em objects, see <kernel>.h for their own prototypes). They are declared\n"
      " * with the runtime's four pointers: a kernel reads only its own, and AAPCS passes all "
      "four\n"
      " * in r0-r3. */\n{1}\n"
      "static const loom_step steps[] = {{\n{2}}};\n\n"
      "static const loom_program program = {{steps, {3}, {11}}};\n"
      "static const uint32_t output_offsets[] = {{{5}}};\n\n"
      "void *{0}_input(void *arena) {{ return {4}; }}\n"
      "void *{0}_output_n(void *arena, uint32_t index) {{\n"
      "  return index < {9} ? (uint8_t *)arena + output_offsets[index] : 0;\n}}\n"
      "void *{0}_output(void *arena) {{ return {0}_output_n(arena, 0); }}\n"
      "int {0}_invoke(void *arena) {{ return loom_run(&program, (uint8_t *)arena, 0, 0, 0); }}\n"
      "int {0}_invoke_with_hook(void *arena, {0}_hook hook, void *context) {{\n"
      "  return loom_run(&program, (uint8_t *)arena, 0, hook, context);\n}}\n"
      "void {0}_reset_state(void *state) {{\n  (void)state;\n{12}}}\n"
      "int {0}_invoke_with_state(void *arena, void *state) {{\n"
      "  return loom_run(&program, (uint8_t *)arena, (uint8_t *)state, 0, 0);\n}}\n"
      "int {0}_invoke_with_state_and_hook(void *arena, void *state, {0}_hook hook, "
      "void *context) {{\n"
      "  return loom_run(&program, (uint8_t *)arena, (uint8_t *)state, hook, context);\n}}\n\n"
      "/* The same under generic names, for loom's QEMU firmware (examples/firmware). */\n"
      "const uint32_t loom_model_arena_bytes = {6};\n"
      "const uint32_t loom_model_input_bytes = {7};\n"
      "const uint32_t loom_model_input_row_bytes = {10}; /* 0: the input is not streamed */\n"
      "const uint32_t loom_model_outputs = {9};\n"
      "const uint32_t loom_model_output_bytes[] = {{{8}}};\n"
      "void *loom_model_input(void *arena) {{ return {0}_input(arena); }}\n"
      "void *loom_model_output(void *arena, uint32_t index) {{ return {0}_output_n(arena, index); "
      "}}\n"
      "const uint32_t loom_model_steps = {3};\n"
      "const uint32_t loom_model_state_bytes = {11};\n"
      "void loom_model_reset_state(void *state) {{ {0}_reset_state(state); }}\n"
      "int loom_model_invoke(void *arena, void *state, void (*hook)(uint32_t, void *), "
      "void *context) {{\n"
      "  return {0}_invoke_with_state_and_hook(arena, state, hook, context);\n}}\n",
      m.name, declarations + inputSteps, table, m.steps.size(), inputAddress, outputOffsets,
      m.plan.arenaBytes, m.inputBytes, outputSizes, outputs, m.streamedInput ? m.inputRowBytes : 0,
      m.stateBytes, resets);
  if (!h || !c)
    return Error{fmt::format("cannot write the model files into {}", dir.string())};
  return {};
}

} // namespace loom::model

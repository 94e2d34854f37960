// The llvm-mca backend: a cycle estimate of a kernel's innermost loops without running it. Each
// innermost loop of the target assembly (a backward branch enclosing no other) goes through
// llvm-mca's scheduling model of the CPU for cycles per iteration, weighted by the iteration
// count of the matching innermost serial loop of the scheduled nest. Cheap and approximate:
// code outside the innermost loops is not counted, and when LLVM's loops do not match the nest's
// one to one the mean cost per iteration is used. A pre-filter, not a measurement.
#include "loom/tune/Tuner.h"

#include "loom/codegen/Codegen.h"
#include "loom/qemu/Process.h"

#include <fmt/format.h>

#include <fstream>
#include <map>
#include <regex>
#include <sstream>

namespace loom::tune {

namespace fs = std::filesystem;

namespace {

// Iterations of every innermost serial loop of the nest, in program order.
void innermostIterations(const ir::Stmt &s, int64_t outer, std::vector<int64_t> &out,
                         bool &hasSerialLoop) {
  if (!s)
    return;
  std::visit(
      [&](const auto &n) {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, ir::For>) {
          const int64_t extent = ir::constantValue(n.extent).value_or(1);
          bool inner = false;
          innermostIterations(n.body, outer * extent, out, inner);
          if (n.kind == ir::LoopKind::Serial && !inner)
            out.push_back(outer * extent);
          hasSerialLoop = hasSerialLoop || inner || n.kind == ir::LoopKind::Serial;
        } else if constexpr (std::is_same_v<T, ir::Let> || std::is_same_v<T, ir::Allocate>) {
          innermostIterations(n.body, outer, out, hasSerialLoop);
        } else if constexpr (std::is_same_v<T, ir::Block>) {
          for (const auto &x : n.stmts)
            innermostIterations(x, outer, out, hasSerialLoop);
        } else if constexpr (std::is_same_v<T, ir::IfThenElse>) {
          innermostIterations(n.thenCase, outer, out, hasSerialLoop);
          innermostIterations(n.elseCase, outer, out, hasSerialLoop);
        }
      },
      s->node);
}

// The instruction lines of each innermost loop of the assembly, in program order.
std::vector<std::vector<std::string>> innermostAsmLoops(const std::string &assembly) {
  std::vector<std::string> lines;
  std::stringstream in(assembly);
  for (std::string l; std::getline(in, l);)
    lines.push_back(l);
  static const std::regex label(R"(^(\.?L[\w.$]+|\w+):)");
  static const std::regex branch(
      R"(^\s+(b|beq|bne|bhi|bls|bhs|blo|bcs|bcc|bge|blt|bgt|ble|bmi|bpl)(\.w)?\s+(\S+)\s*$|^\s+cbn?z\s+\w+,\s*(\S+)\s*$)");
  std::map<std::string, size_t> labels;
  std::smatch m;
  for (size_t i = 0; i < lines.size(); ++i)
    if (std::regex_search(lines[i], m, label))
      labels[m[1]] = i;
  std::vector<std::pair<size_t, size_t>> loops;
  for (size_t i = 0; i < lines.size(); ++i)
    if (std::regex_match(lines[i], m, branch)) {
      const std::string target = m[3].matched ? m[3].str() : m[4].str();
      auto it = labels.find(target);
      if (it != labels.end() && it->second < i)
        loops.emplace_back(it->second, i);
    }
  std::vector<std::vector<std::string>> out;
  for (const auto &[s, e] : loops) {
    bool innermost = true;
    for (const auto &[s2, e2] : loops)
      if (s <= s2 && e2 <= e && (s2 != s || e2 != e))
        innermost = false;
    if (!innermost)
      continue;
    std::vector<std::string> body;
    for (size_t i = s; i <= e; ++i) {
      std::string l = lines[i];
      const size_t at = l.find('@');
      if (at != std::string::npos)
        l = l.substr(0, at);
      const size_t first = l.find_first_not_of(" \t");
      if (first == std::string::npos || l[first] == '.' || std::regex_search(l, m, label))
        continue;
      body.push_back(l);
    }
    if (!body.empty())
      out.push_back(std::move(body));
  }
  return out;
}

class McaEstimator : public Measurer {
public:
  explicit McaEstimator(codegen::Target t) : target_(t) {}
  std::string backend() const override { return "llvm-mca"; }
  Expected<Measurement> measure(const ops::Layer &, const ir::Kernel &kernel, const std::string &,
                                const fs::path &work) override {
    std::error_code ec;
    fs::create_directories(work, ec);
    auto code = codegen::emitObject(kernel, target_, {.assembly = true});
    if (!code)
      return code.error();
    const auto loops = innermostAsmLoops(code->assembly);
    std::vector<int64_t> iterations;
    bool any = false;
    innermostIterations(kernel.body, 1, iterations, any);
    if (loops.empty() || iterations.empty())
      return Error{fmt::format("kernel '{}': no loop to estimate", kernel.name)};
    std::vector<double> cycles;
    for (size_t k = 0; k < loops.size(); ++k) {
      const fs::path file = work / fmt::format("loop{}.s", k);
      std::ofstream f(file);
      for (const auto &l : loops[k])
        f << l << "\n";
      f.close();
      auto r = qemu::runProcess({LOOM_LLVM_MCA, "-mtriple=" + target_.triple(),
                                 "-mcpu=" + std::string(target_.cpuName()), "-iterations=100",
                                 "-skip-unsupported-instructions=lack-sched", file.string()},
                                work, 60);
      if (!r)
        return r.error();
      std::smatch m;
      static const std::regex total(R"(Total Cycles:\s+(\d+))");
      if (r->exitCode != 0 || !std::regex_search(r->output, m, total))
        return Error{fmt::format("llvm-mca failed on a loop of '{}':\n{}", kernel.name,
                                 r->output.substr(0, 2000))};
      cycles.push_back(std::stod(m[1]) / 100.0);
    }
    double cost = 0;
    if (cycles.size() == iterations.size()) {
      for (size_t k = 0; k < cycles.size(); ++k)
        cost += cycles[k] * static_cast<double>(iterations[k]);
    } else { // LLVM reshaped the loops: the mean cost per iteration over all iterations
      double mean = 0, total = 0;
      for (double c : cycles)
        mean += c / static_cast<double>(cycles.size());
      for (int64_t n : iterations)
        total += static_cast<double>(n);
      cost = mean * total;
    }
    // Not run: bit-exactness is the host check's (and QEMU's, when the winner is measured).
    return Measurement{std::max<int64_t>(1, static_cast<int64_t>(cost)), true};
  }

private:
  codegen::Target target_;
};

} // namespace

std::unique_ptr<Measurer> makeMcaEstimator(const codegen::Target &target) {
  return std::make_unique<McaEstimator>(target);
}

} // namespace loom::tune

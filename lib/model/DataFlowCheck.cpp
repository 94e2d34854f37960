// Replays a compiled model's accesses over its arena plan.
#include "loom/model/ModelCompiler.h"

#include <fmt/format.h>

#include <map>

namespace loom::model {

using namespace graph;

namespace {

// What each arena byte holds: intervals labelled with a buffer and the tensor byte at their start.
class ArenaContents {
public:
  struct Label {
    int64_t end = 0;
    int buffer = -1;
    int64_t tensorByte = 0;
  };

  void write(int64_t at, int64_t bytes, int buffer, int64_t tensorByte) {
    const int64_t end = at + bytes;
    cut(at);
    cut(end);
    labels_.erase(labels_.lower_bound(at), labels_.lower_bound(end));
    labels_[at] = {end, buffer, tensorByte};
  }

  // The first byte of [at, at + bytes) that does not hold `buffer`'s byte `tensorByte + i`.
  std::optional<int64_t> firstWrong(int64_t at, int64_t bytes, int buffer,
                                    int64_t tensorByte) const {
    int64_t cursor = at;
    auto it = labels_.upper_bound(at);
    if (it != labels_.begin())
      --it;
    for (; it != labels_.end() && cursor < at + bytes; ++it) {
      const auto &[start, l] = *it;
      if (l.end <= cursor)
        continue;
      if (start > cursor)
        return cursor; // never written
      if (l.buffer != buffer || l.tensorByte + (cursor - start) != tensorByte + (cursor - at))
        return cursor;
      cursor = l.end;
    }
    if (cursor < at + bytes)
      return cursor;
    return std::nullopt;
  }

  std::string holder(int64_t at) const {
    auto it = labels_.upper_bound(at);
    if (it == labels_.begin() || std::prev(it)->second.end <= at)
      return "nothing";
    --it;
    return fmt::format("buffer {} byte {}", it->second.buffer,
                       it->second.tensorByte + (at - it->first));
  }

private:
  void cut(int64_t at) {
    auto it = labels_.upper_bound(at);
    if (it == labels_.begin())
      return;
    --it;
    if (it->first < at && it->second.end > at) {
      Label right = it->second;
      right.tensorByte += at - it->first;
      it->second.end = at;
      labels_[at] = right;
    }
  }
  std::map<int64_t, Label> labels_;
};

} // namespace

Status verifyDataFlow(const CompiledModel &m) {
  ArenaContents arena;
  auto where = [&](int buffer, int64_t offset) {
    return m.plan.offsets[static_cast<size_t>(buffer)] + offset;
  };
  // The application writes the whole input before the run, or (streamed) each band when asked.
  const auto &in = m.buffers[static_cast<size_t>(m.inputBuffer)];
  if (!m.streamedInput)
    arena.write(where(m.inputBuffer, 0), in.size, m.inputBuffer, 0);
  for (size_t i = 0; i < m.steps.size(); ++i) {
    const auto &s = m.steps[i];
    for (const auto &a : s.accesses) {
      const auto &r = m.buffers[static_cast<size_t>(a.buffer)];
      if (a.offset < 0 || a.bytes < 0 || a.offset + a.bytes > r.size)
        return Error{fmt::format("step {} ({}) accesses bytes [{}, {}) of buffer '{}' of {} bytes",
                                 i, s.kernel.name, a.offset, a.offset + a.bytes, r.name, r.size)};
      if (a.write)
        continue;
      if (auto bad = arena.firstWrong(where(a.buffer, a.offset), a.bytes, a.label(), a.tensorByte))
        return Error{fmt::format("step {} ({}) reads byte {} of '{}' at arena offset {}, which "
                                 "holds {}",
                                 i, s.kernel.name,
                                 a.tensorByte + (*bad - where(a.buffer, a.offset)), r.name, *bad,
                                 arena.holder(*bad))};
    }
    for (const auto &a : s.accesses)
      if (a.write)
        arena.write(where(a.buffer, a.offset), a.bytes, a.label(), a.tensorByte);
  }
  for (size_t k = 0; k < m.outputBuffers.size(); ++k) {
    const int b = m.outputBuffers[k];
    if (auto bad = arena.firstWrong(where(b, 0), m.outputBytes[k], b, 0))
      return Error{
          fmt::format("output {} ('{}') is not intact at the end: arena offset {} holds {}", k,
                      m.buffers[static_cast<size_t>(b)].name, *bad, arena.holder(*bad))};
  }
  return {};
}

} // namespace loom::model

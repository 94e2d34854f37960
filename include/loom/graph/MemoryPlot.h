// A picture of an arena plan: execution steps on x, arena bytes on y, one rectangle per buffer
// (its offset and size over its lifetime), with the arena size and the lower bound as lines.
// loom-gen writes it as memory.svg next to every model it compiles.
#pragma once

#include "loom/graph/ArenaPlanner.h"

#include <string>
#include <vector>

namespace loom::graph {

std::string memorySvg(const std::vector<BufferRequest> &requests, const ArenaPlan &plan,
                      const std::string &title);

} // namespace loom::graph

// TFLite's BuiltinOperator names (schema.fbs), for messages: the schema subset loom compiles
// with flatc carries the operator codes as plain integers.
#pragma once

#include <string>

namespace loom::graph {

// "LOGISTIC" for 14; "operator 999" for a code newer than the table.
std::string tfliteOperatorName(int code);

} // namespace loom::graph

// Must-fail tests for the IR verifier: malformed nests are refused with a message that names the
// problem; the nests the ops build pass.
#include "loom/ir/Verifier.h"

#include <gtest/gtest.h>

namespace loom::testing {
namespace {

using namespace ir;

struct Fixture {
  Buffer in = makeBuffer("in", ScalarType::I8, {4, 4}, {"h", "w"}, BufferRole::Input);
  Buffer out = makeBuffer("out", ScalarType::I8, {4, 4}, {"h", "w"}, BufferRole::Output);
  Kernel kernel(Stmt body) { return Kernel{"t", {in, out}, std::move(body), ""}; }
  Stmt copy(Expr value) {
    return forLoop("y", i32(0), i32(4),
                   forLoop("x", i32(0), i32(4), store(out, {var("y"), var("x")}, value)));
  }
};

void expectError(const Kernel &k, const std::string &fragment) {
  Status s = verify(k);
  ASSERT_FALSE(s.ok()) << "expected an error containing '" << fragment << "'";
  EXPECT_NE(s.error().message.find(fragment), std::string::npos) << s.error().message;
}

TEST(Verifier, AcceptsAWellFormedNest) {
  Fixture f;
  EXPECT_TRUE(verify(f.kernel(f.copy(load(f.in, {var("y"), var("x")})))).ok());
}

TEST(Verifier, RefusesAnUnboundVariable) {
  Fixture f;
  expectError(f.kernel(f.copy(load(f.in, {var("y"), var("z")}))), "unbound variable 'z'");
}

TEST(Verifier, RefusesMismatchedOperandTypes) {
  Fixture f;
  Expr sum = load(f.in, {var("y"), var("x")}) + i32(1); // i8 + i32
  expectError(f.kernel(f.copy(cast(ScalarType::I8, sum))), "type mismatch");
}

TEST(Verifier, RefusesAStoreOfTheWrongType) {
  Fixture f;
  expectError(f.kernel(f.copy(cast(ScalarType::F32, load(f.in, {var("y"), var("x")})))),
              "store of f32 value");
}

// A packed load reads consecutive bytes of the last dimension; a constant index that leaves no
// room for all of them is refused (the same check as for packed stores, below).
TEST(Verifier, ChecksPackedLoads) {
  Fixture f;
  auto word = [&](int64_t last) {
    Expr packed = std::make_shared<const ExprNode>(
        ExprNode{ScalarType::I32, Load{f.in, {var("y"), i32(last)}}});
    return f.kernel(forLoop("y", i32(0), i32(4),
                            store(f.out, {var("y"), i32(0)}, cast(ScalarType::I8, packed))));
  };
  EXPECT_TRUE(verify(word(0)).ok());
  expectError(word(2), "packed load 'packed_i32(in[y, 2])' reads past the end of dimension 1");
}

// A wider integer stored into an int8 buffer writes consecutive bytes of its last dimension
// (pack_store); a constant index that leaves no room for all of them is refused.
TEST(Verifier, ChecksPackedStores) {
  Fixture f;
  auto word = [&](Expr x) {
    return f.kernel(forLoop("y", i32(0), i32(4),
                            store(f.out, {var("y"), std::move(x)},
                                  cast(ScalarType::I32, load(f.in, {var("y"), i32(0)})))));
  };
  EXPECT_TRUE(verify(word(i32(0))).ok());
  expectError(word(i32(1)), "packed store into 'out' writes past the end of dimension 1");
  BufferNode transposed = *makeBuffer("t", ScalarType::I8, {4, 4}, {"w", "h"}, BufferRole::Output);
  transposed.strides = {1, 4}; // the last dimension is not contiguous
  Buffer across = std::make_shared<const BufferNode>(transposed);
  expectError(
      Kernel{"t",
             {f.in, across},
             store(across, {i32(0), i32(0)}, cast(ScalarType::I32, load(f.in, {i32(0), i32(0)}))),
             ""},
      "store of i32 value");
}

TEST(Verifier, RefusesAVariableUsedWithAnotherType) {
  Fixture f;
  expectError(f.kernel(f.copy(load(f.in, {var("y"), var("x", ScalarType::I16)}))),
              "variable 'x' is i32 but used as i16");
}

TEST(Verifier, RefusesAConstantIndexOutOfRange) {
  Fixture f;
  expectError(f.kernel(f.copy(load(f.in, {var("y"), i32(4)}))),
              "constant index 4 out of range [0, 4)");
}

TEST(Verifier, RefusesAWrongNumberOfIndices) {
  Fixture f;
  expectError(f.kernel(f.copy(load(f.in, {var("y")}))), "has 1 indices but buffer 'in' has rank 2");
}

TEST(Verifier, RefusesAStoreIntoTheInput) {
  Fixture f;
  expectError(f.kernel(store(f.in, {i32(0), i32(0)}, imm(ScalarType::I8, 1))),
              "store into read-only buffer 'in'");
}

TEST(Verifier, RefusesAnUnknownIntrinsicAndBadArguments) {
  Fixture f;
  expectError(f.kernel(evaluate(call("no_such_thing", ScalarType::I32, {}))),
              "unknown intrinsic 'no_such_thing'");
  expectError(f.kernel(evaluate(call("rounding_divide_by_pot", ScalarType::I32, {i32(1)}))),
              "takes 2 arguments, got 1");
}

TEST(Verifier, RefusesANonBooleanCondition) {
  Fixture f;
  expectError(f.kernel(ifThenElse(i32(1), store(f.out, {i32(0), i32(0)}, imm(ScalarType::I8, 1)))),
              "condition '1' must be i1");
}

TEST(Verifier, RefusesAConstantThatDoesNotFitItsType) {
  Fixture f;
  expectError(f.kernel(f.copy(imm(ScalarType::I8, 300))), "constant 300 does not fit i8");
}

TEST(Verifier, RefusesABufferThatIsNotInScope) {
  Fixture f;
  Buffer stray = makeBuffer("stray", ScalarType::I8, {4, 4}, {}, BufferRole::Input);
  expectError(f.kernel(f.copy(load(stray, {var("y"), var("x")}))), "buffer 'stray'");
}

TEST(Verifier, RefusesAVariableBoundTwice) {
  Fixture f;
  Stmt inner =
      forLoop("y", i32(0), i32(4), store(f.out, {var("y"), i32(0)}, imm(ScalarType::I8, 0)));
  expectError(f.kernel(forLoop("y", i32(0), i32(4), inner)), "variable 'y' is bound twice");
}

// f32 exists for model boundaries: arithmetic, comparisons and conversions are defined on it;
// integer-only operations, mixed-type loads and float constant data are not.
TEST(Verifier, AcceptsFloatArithmeticAndConversions) {
  Fixture f;
  Buffer fin = makeBuffer("fin", ScalarType::F32, {4, 4}, {"h", "w"}, BufferRole::Input);
  Kernel k{"t",
           {fin, f.out},
           f.copy(cast(
               ScalarType::I8,
               cast(ScalarType::I32, max(load(fin, {var("y"), var("x")}) / f32(0.5), f32(-3.0))))),
           ""};
  EXPECT_TRUE(verify(k).ok()) << verify(k).error().message;
}

TEST(Verifier, RefusesIntegerOnlyOperationsOnFloats) {
  Fixture f;
  Buffer fin = makeBuffer("fin", ScalarType::F32, {4, 4}, {"h", "w"}, BufferRole::Input);
  Expr x = load(fin, {var("y"), var("x")});
  Kernel mod{"t", {fin, f.out}, f.copy(cast(ScalarType::I8, binary(BinaryOp::Mod, x, x))), ""};
  expectError(mod, "'%' is not defined on f32");
  Kernel shift{"t", {fin, f.out}, f.copy(cast(ScalarType::I8, binary(BinaryOp::Shl, x, x))), ""};
  expectError(shift, "is not defined on f32");
}

TEST(Verifier, RefusesMixedFloatLoadsAndMistypedConstants) {
  Fixture f;
  // An i32 load from an f32 buffer would reinterpret bits: refused, not a packed load.
  Buffer fin = makeBuffer("fin", ScalarType::F32, {4, 4}, {"h", "w"}, BufferRole::Input);
  Expr bits =
      std::make_shared<const ExprNode>(ExprNode{ScalarType::I32, Load{fin, {var("y"), var("x")}}});
  expectError(Kernel{"t", {fin, f.out}, f.copy(cast(ScalarType::I8, bits)), ""},
              "typed i32 from a f32 buffer");
  expectError(f.kernel(f.copy(cast(ScalarType::I8, imm(ScalarType::F32, 1)))),
              "integer constant 1 typed f32");
  Buffer table =
      makeConstantBuffer("table", ScalarType::F32, {4}, {"i"}, BufferRole::Weight, {1, 2, 3, 4});
  expectError(f.kernel(f.copy(cast(ScalarType::I8, load(table, {var("x")})))),
              "constant buffer 'table' is f32");
}

} // namespace
} // namespace loom::testing

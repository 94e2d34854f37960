// loom IR -> LLVM IR. A direct, structural translation: loops become canonical loops (with
// unroll metadata where the nest asks for it), lets become SSA values, local buffers allocas.
#include "LowerToLLVM.h"

#include <llvm/IR/Constants.h>
#include <llvm/IR/Intrinsics.h>
#include <llvm/IR/MDBuilder.h>

#include <map>
#include <stdexcept>

namespace loom::codegen::detail {

namespace {

using namespace loom::ir;

class Lowering {
public:
  Lowering(const Kernel &k, llvm::LLVMContext &ctx, const LoweringTarget &target)
      : kernel_(k), ctx_(ctx), module_(std::make_unique<llvm::Module>(k.name, ctx)), b_(ctx),
        target_(target) {}

  std::unique_ptr<llvm::Module> run() {
    // Match arm-none-eabi-gcc's ABI tags (short enums, 4-byte wchar_t) so the linker is silent.
    module_->addModuleFlag(llvm::Module::Error, "wchar_size", 4);
    module_->addModuleFlag(llvm::Module::Error, "min_enum_size", 1);

    std::vector<llvm::Type *> params(kernel_.arguments.size(), b_.getPtrTy());
    auto *fnType = llvm::FunctionType::get(b_.getVoidTy(), params, false);
    fn_ = llvm::Function::Create(fnType, llvm::Function::ExternalLinkage, kernel_.name,
                                 module_.get());
    fn_->addFnAttr(llvm::Attribute::NoUnwind);
    for (size_t i = 0; i < kernel_.arguments.size(); ++i) {
      const Buffer &buf = kernel_.arguments[i];
      llvm::Argument *arg = fn_->getArg(static_cast<unsigned>(i));
      arg->setName(buf->name);
      // Arguments are distinct arena regions in loom's plans (in-place ops get their own nests).
      arg->addAttr(llvm::Attribute::NoAlias);
      if (buf->role == BufferRole::Input)
        arg->addAttr(llvm::Attribute::ReadOnly);
      bases_[buf.get()] = arg;
    }
    for (const Buffer &buf : kernel_.constantBuffers())
      bases_[buf.get()] = constantGlobal(*buf);

    entry_ = llvm::BasicBlock::Create(ctx_, "entry", fn_);
    b_.SetInsertPoint(entry_);
    stmt(kernel_.body);
    b_.CreateRetVoid();
    return std::move(module_);
  }

private:
  llvm::Type *type(ScalarType t) {
    return isFloat(t) ? b_.getFloatTy() : b_.getIntNTy(static_cast<unsigned>(bitWidth(t)));
  }

  llvm::GlobalVariable *constantGlobal(const BufferNode &buf) {
    llvm::Type *elem = type(buf.type);
    std::vector<llvm::Constant *> values;
    values.reserve(buf.constantData.size());
    for (int64_t v : buf.constantData)
      values.push_back(llvm::ConstantInt::getSigned(elem, v));
    auto *arrayType = llvm::ArrayType::get(elem, values.size());
    auto *g = new llvm::GlobalVariable(
        *module_, arrayType, /*isConstant=*/true, llvm::GlobalValue::PrivateLinkage,
        llvm::ConstantArray::get(arrayType, values), kernel_.name + "." + buf.name);
    g->setAlignment(llvm::Align(4)); // word loads of packed weights need it
    g->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
    return g;
  }

  llvm::Value *address(const Buffer &buf, const std::vector<Expr> &indices) {
    llvm::Value *offset = b_.getInt32(0);
    for (size_t i = 0; i < indices.size(); ++i) {
      llvm::Value *term =
          b_.CreateMul(expr(indices[i]), b_.getInt32(static_cast<uint32_t>(buf->strides[i])), "",
                       /*HasNUW=*/false, /*HasNSW=*/true);
      offset = b_.CreateAdd(offset, term, "", false, true);
    }
    auto it = bases_.find(buf.get());
    if (it == bases_.end())
      throw std::logic_error("buffer without storage: " + buf->name);
    return b_.CreateInBoundsGEP(type(buf->type), it->second, offset);
  }

  llvm::Value *expr(const Expr &e) {
    return std::visit(
        [&](const auto &n) -> llvm::Value * {
          using T = std::decay_t<decltype(n)>;
          if constexpr (std::is_same_v<T, IntImm>) {
            return llvm::ConstantInt::getSigned(type(e->type), n.value);
          } else if constexpr (std::is_same_v<T, FloatImm>) {
            return llvm::ConstantFP::get(type(e->type), n.value);
          } else if constexpr (std::is_same_v<T, Var>) {
            return scope_.at(n.name);
          } else if constexpr (std::is_same_v<T, Binary>) {
            return binary(n.op, expr(n.a), expr(n.b));
          } else if constexpr (std::is_same_v<T, Compare>) {
            return compare(n.op, expr(n.a), expr(n.b));
          } else if constexpr (std::is_same_v<T, Select>) {
            return b_.CreateSelect(expr(n.condition), expr(n.trueValue), expr(n.falseValue));
          } else if constexpr (std::is_same_v<T, Cast>) {
            return cast(expr(n.value), n.value->type, e->type);
          } else if constexpr (std::is_same_v<T, Load>) {
            llvm::Type *t = type(e->type);
            // A packed load (wider than the element) may be unaligned: ARMv7-M LDR allows it.
            const uint64_t align = static_cast<uint64_t>(
                byteSize(e->type == n.buffer->type ? e->type : n.buffer->type));
            return b_.CreateAlignedLoad(t, address(n.buffer, n.indices), llvm::Align(align));
          } else {
            std::vector<llvm::Value *> args;
            for (const auto &a : n.args)
              args.push_back(expr(a));
            return lowerIntrinsic(b_, n.name, args, target_);
          }
        },
        e->node);
  }

  // Integer casts sign-extend or truncate; f32 -> integer saturates (llvm.fptosi.sat: one VCVT
  // on Arm, and defined for every input, unlike fptosi).
  llvm::Value *cast(llvm::Value *v, ScalarType from, ScalarType to) {
    if (isFloat(from) && isFloat(to))
      return v;
    if (isFloat(to))
      return b_.CreateSIToFP(v, type(to));
    if (isFloat(from))
      return b_.CreateIntrinsic(llvm::Intrinsic::fptosi_sat, {type(to), v->getType()}, {v});
    return b_.CreateSExtOrTrunc(v, type(to));
  }

  // std::min / std::max semantics on floats: min(a, b) = b < a ? b : a, max(a, b) = a < b ? b : a.
  llvm::Value *floatBinary(BinaryOp op, llvm::Value *a, llvm::Value *b) {
    switch (op) {
    case BinaryOp::Add: return b_.CreateFAdd(a, b);
    case BinaryOp::Sub: return b_.CreateFSub(a, b);
    case BinaryOp::Mul: return b_.CreateFMul(a, b);
    case BinaryOp::Div: return b_.CreateFDiv(a, b);
    case BinaryOp::Min: return b_.CreateSelect(b_.CreateFCmpOLT(b, a), b, a);
    case BinaryOp::Max: return b_.CreateSelect(b_.CreateFCmpOLT(a, b), b, a);
    default: throw std::logic_error("binary op not defined on f32"); // the verifier refuses it
    }
  }

  llvm::Value *binary(BinaryOp op, llvm::Value *a, llvm::Value *b) {
    if (a->getType()->isFloatTy())
      return floatBinary(op, a, b);
    switch (op) {
    case BinaryOp::Add: return b_.CreateAdd(a, b);
    case BinaryOp::Sub: return b_.CreateSub(a, b);
    case BinaryOp::Mul: return b_.CreateMul(a, b);
    case BinaryOp::Div: return b_.CreateSDiv(a, b);
    case BinaryOp::Mod: return b_.CreateSRem(a, b);
    case BinaryOp::Min: return b_.CreateBinaryIntrinsic(llvm::Intrinsic::smin, a, b);
    case BinaryOp::Max: return b_.CreateBinaryIntrinsic(llvm::Intrinsic::smax, a, b);
    case BinaryOp::And: return b_.CreateAnd(a, b);
    case BinaryOp::Or: return b_.CreateOr(a, b);
    case BinaryOp::Xor: return b_.CreateXor(a, b);
    case BinaryOp::Shl: return b_.CreateShl(a, b);
    case BinaryOp::Shr: return b_.CreateAShr(a, b);
    }
    throw std::logic_error("unknown binary op");
  }

  llvm::Value *compare(CompareOp op, llvm::Value *a, llvm::Value *b) {
    if (a->getType()->isFloatTy()) {
      // Ordered comparisons (false on NaN) except !=, as in C.
      switch (op) {
      case CompareOp::EQ: return b_.CreateFCmpOEQ(a, b);
      case CompareOp::NE: return b_.CreateFCmpUNE(a, b);
      case CompareOp::LT: return b_.CreateFCmpOLT(a, b);
      case CompareOp::LE: return b_.CreateFCmpOLE(a, b);
      case CompareOp::GT: return b_.CreateFCmpOGT(a, b);
      case CompareOp::GE: return b_.CreateFCmpOGE(a, b);
      }
    }
    switch (op) {
    case CompareOp::EQ: return b_.CreateICmpEQ(a, b);
    case CompareOp::NE: return b_.CreateICmpNE(a, b);
    case CompareOp::LT: return b_.CreateICmpSLT(a, b);
    case CompareOp::LE: return b_.CreateICmpSLE(a, b);
    case CompareOp::GT: return b_.CreateICmpSGT(a, b);
    case CompareOp::GE: return b_.CreateICmpSGE(a, b);
    }
    throw std::logic_error("unknown compare op");
  }

  void loop(const For &f) {
    llvm::Value *lo = expr(f.min);
    llvm::Value *hi = b_.CreateAdd(lo, expr(f.extent));
    llvm::BasicBlock *pre = b_.GetInsertBlock();
    auto *header = llvm::BasicBlock::Create(ctx_, f.var + ".header", fn_);
    auto *body = llvm::BasicBlock::Create(ctx_, f.var + ".body", fn_);
    auto *exit = llvm::BasicBlock::Create(ctx_, f.var + ".exit", fn_);
    b_.CreateBr(header);
    b_.SetInsertPoint(header);
    llvm::PHINode *iv = b_.CreatePHI(b_.getInt32Ty(), 2, f.var);
    iv->addIncoming(lo, pre);
    b_.CreateCondBr(b_.CreateICmpSLT(iv, hi), body, exit);
    b_.SetInsertPoint(body);
    scope_[f.var] = iv;
    stmt(f.body);
    scope_.erase(f.var);
    llvm::Value *next = b_.CreateAdd(iv, b_.getInt32(1), f.var + ".next", false, true);
    llvm::BranchInst *back = b_.CreateBr(header);
    iv->addIncoming(next, b_.GetInsertBlock());
    if (f.kind == LoopKind::Unrolled) {
      // The schedule asked for full unrolling: say so in the loop's metadata.
      llvm::MDNode *unroll =
          llvm::MDNode::get(ctx_, {llvm::MDString::get(ctx_, "llvm.loop.unroll.full")});
      llvm::MDNode *self = llvm::MDNode::getDistinct(ctx_, {nullptr, unroll});
      self->replaceOperandWith(0, self);
      back->setMetadata(llvm::LLVMContext::MD_loop, self);
    }
    b_.SetInsertPoint(exit);
  }

  void stmt(const Stmt &s) {
    std::visit(
        [&](const auto &n) {
          using T = std::decay_t<decltype(n)>;
          if constexpr (std::is_same_v<T, For>) {
            loop(n);
          } else if constexpr (std::is_same_v<T, Store>) {
            llvm::Value *v = expr(n.value);
            b_.CreateAlignedStore(v, address(n.buffer, n.indices),
                                  llvm::Align(static_cast<uint64_t>(byteSize(n.buffer->type))));
          } else if constexpr (std::is_same_v<T, Let>) {
            scope_[n.var] = expr(n.value);
            stmt(n.body);
            scope_.erase(n.var);
          } else if constexpr (std::is_same_v<T, Block>) {
            for (const auto &x : n.stmts)
              stmt(x);
          } else if constexpr (std::is_same_v<T, IfThenElse>) {
            auto *thenBlock = llvm::BasicBlock::Create(ctx_, "then", fn_);
            auto *elseBlock = n.elseCase ? llvm::BasicBlock::Create(ctx_, "else", fn_) : nullptr;
            auto *merge = llvm::BasicBlock::Create(ctx_, "endif", fn_);
            b_.CreateCondBr(expr(n.condition), thenBlock, elseBlock ? elseBlock : merge);
            b_.SetInsertPoint(thenBlock);
            stmt(n.thenCase);
            b_.CreateBr(merge);
            if (elseBlock) {
              b_.SetInsertPoint(elseBlock);
              stmt(n.elseCase);
              b_.CreateBr(merge);
            }
            b_.SetInsertPoint(merge);
          } else if constexpr (std::is_same_v<T, Evaluate>) {
            expr(n.value);
          } else {
            // Local buffers live in the entry block so that SROA/mem2reg can make them registers.
            llvm::IRBuilder<> entry(entry_, entry_->begin());
            auto *slot = entry.CreateAlloca(
                llvm::ArrayType::get(type(n.buffer->type),
                                     static_cast<uint64_t>(n.buffer->elementCount())),
                nullptr, n.buffer->name);
            slot->setAlignment(llvm::Align(4));
            bases_[n.buffer.get()] = slot;
            stmt(n.body);
          }
        },
        s->node);
  }

  const Kernel &kernel_;
  llvm::LLVMContext &ctx_;
  std::unique_ptr<llvm::Module> module_;
  llvm::IRBuilder<> b_;
  llvm::Function *fn_ = nullptr;
  llvm::BasicBlock *entry_ = nullptr;
  std::map<std::string, llvm::Value *> scope_;
  std::map<const BufferNode *, llvm::Value *> bases_;
  LoweringTarget target_;
};

} // namespace

std::unique_ptr<llvm::Module> lowerToLLVM(const Kernel &kernel, llvm::LLVMContext &context,
                                          const LoweringTarget &target) {
  return Lowering(kernel, context, target).run();
}

} // namespace loom::codegen::detail

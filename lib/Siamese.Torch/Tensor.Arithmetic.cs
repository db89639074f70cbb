using static Siamese.Torch.Native.NativeMethods;

namespace Siamese.Torch;

public static partial class torch
{
    public partial class Tensor
    {
        /// <summary>this + alpha * other (broadcasting).</summary>
        public Tensor add(Tensor other, Scalar? alpha = null) => Wrap(sts_add(Handle, other.Handle, (alpha ?? 1).ToNative(), out var r), r);

        /// <summary>this + alpha * other for a scalar other.</summary>
        public Tensor add(Scalar other, Scalar? alpha = null) => Wrap(sts_add_scalar(Handle, other.ToNative(), (alpha ?? 1).ToNative(), out var r), r);

        /// <summary>In place: this += alpha * other.</summary>
        public Tensor add_(Tensor other, Scalar? alpha = null)
        {
            Check(sts_add_(Handle, other.Handle, (alpha ?? 1).ToNative()));
            return this;
        }

        /// <summary>In place: this += alpha * other for a scalar other.</summary>
        public Tensor add_(Scalar other, Scalar? alpha = null)
        {
            Check(sts_add_scalar_(Handle, other.ToNative(), (alpha ?? 1).ToNative()));
            return this;
        }

        /// <summary>this - alpha * other.</summary>
        public Tensor sub(Tensor other, Scalar? alpha = null) => Wrap(sts_sub(Handle, other.Handle, (alpha ?? 1).ToNative(), out var r), r);

        /// <summary>this - alpha * other for a scalar other.</summary>
        public Tensor sub(Scalar other, Scalar? alpha = null) => Wrap(sts_sub_scalar(Handle, other.ToNative(), (alpha ?? 1).ToNative(), out var r), r);

        /// <summary>Elementwise product (broadcasting).</summary>
        public Tensor mul(Tensor other) => Wrap(sts_mul(Handle, other.Handle, out var r), r);

        /// <summary>Product with a scalar.</summary>
        public Tensor mul(Scalar other) => Wrap(sts_mul_scalar(Handle, other.ToNative(), out var r), r);

        /// <summary>In place elementwise product.</summary>
        public Tensor mul_(Tensor other)
        {
            Check(sts_mul_(Handle, other.Handle));
            return this;
        }

        /// <summary>In place product with a scalar.</summary>
        public Tensor mul_(Scalar other)
        {
            Check(sts_mul_scalar_(Handle, other.ToNative()));
            return this;
        }

        /// <summary>Elementwise true division (broadcasting).</summary>
        public Tensor div(Tensor other) => Wrap(sts_div(Handle, other.Handle, out var r), r);

        /// <summary>Division by a scalar.</summary>
        public Tensor div(Scalar other) => Wrap(sts_div_scalar(Handle, other.ToNative(), out var r), r);

        /// <summary>In place elementwise division.</summary>
        public Tensor div_(Tensor other)
        {
            Check(sts_div_(Handle, other.Handle));
            return this;
        }

        /// <summary>Matrix product with PyTorch's broadcasting rules (1-D, 2-D and batched).</summary>
        public Tensor matmul(Tensor other) => Wrap(sts_matmul(Handle, other.Handle, out var r), r);

        /// <summary>Elementwise negation.</summary>
        public Tensor neg() => Wrap(sts_neg(Handle, out var r), r);

        /// <summary>max(x, 0).</summary>
        public Tensor relu() => Wrap(sts_relu(Handle, out var r), r);

        /// <summary>Fills with zeros in place.</summary>
        public Tensor zero_()
        {
            Check(sts_zero_(Handle));
            return this;
        }

        /// <summary>Elementwise sum.</summary>
        public static Tensor operator +(Tensor a, Tensor b) => a.add(b);
        /// <summary>Adds a scalar.</summary>
        public static Tensor operator +(Tensor a, Scalar b) => a.add(b);
        /// <summary>Adds a scalar.</summary>
        public static Tensor operator +(Scalar a, Tensor b) => b.add(a);
        /// <summary>Elementwise difference.</summary>
        public static Tensor operator -(Tensor a, Tensor b) => a.sub(b);
        /// <summary>Subtracts a scalar.</summary>
        public static Tensor operator -(Tensor a, Scalar b) => a.sub(b);
        /// <summary>Scalar minus tensor.</summary>
        public static Tensor operator -(Scalar a, Tensor b) => Wrap(sts_rsub_scalar(b.Handle, a.ToNative(), out var r), r);
        /// <summary>Negation.</summary>
        public static Tensor operator -(Tensor a) => a.neg();
        /// <summary>Elementwise product.</summary>
        public static Tensor operator *(Tensor a, Tensor b) => a.mul(b);
        /// <summary>Product with a scalar.</summary>
        public static Tensor operator *(Tensor a, Scalar b) => a.mul(b);
        /// <summary>Product with a scalar.</summary>
        public static Tensor operator *(Scalar a, Tensor b) => b.mul(a);
        /// <summary>Elementwise division.</summary>
        public static Tensor operator /(Tensor a, Tensor b) => a.div(b);
        /// <summary>Division by a scalar.</summary>
        public static Tensor operator /(Tensor a, Scalar b) => a.div(b);
        /// <summary>Scalar divided by tensor.</summary>
        public static Tensor operator /(Scalar a, Tensor b) => Wrap(sts_rdiv_scalar(b.Handle, a.ToNative(), out var r), r);
    }
}

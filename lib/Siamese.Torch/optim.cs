using static Siamese.Torch.torch.nn;

namespace Siamese.Torch;

public static partial class torch
{
    /// <summary>
    /// Optimizers (<c>torch.optim</c>): factory methods that create the optimizer classes of
    /// <c>Siamese.Torch.Modules</c>, as in TorchSharp, from parameters (one group with the given options) or from
    /// <see cref="ParamGroup"/>s (per-group overrides of those options). Defaults and algorithms are PyTorch's
    /// (note that TorchSharp's <c>optim.Adam</c> factory defaults <c>beta2</c> to 0.99; here it is PyTorch's 0.999).
    /// </summary>
    public static partial class optim
    {
        private static ParamGroup[] OneGroup(IEnumerable<Parameter> parameters)
        {
            ArgumentNullException.ThrowIfNull(parameters);
            return [new ParamGroup(parameters)];
        }

        /// <summary>
        /// Stochastic gradient descent: <c>v = momentum * v + (1 - dampening) * g</c>, <c>p -= lr * v</c>
        /// (or <c>p -= lr * (g + momentum * v)</c> with <paramref name="nesterov"/>), where
        /// <c>g = grad + weight_decay * p</c>.
        /// </summary>
        /// <param name="parameters">The parameters to optimize (e.g. <c>model.parameters()</c>).</param>
        /// <param name="lr">Learning rate (required, &gt;= 0).</param>
        /// <param name="momentum">Momentum factor (0 = none).</param>
        /// <param name="dampening">Dampening of the momentum's gradient term.</param>
        /// <param name="weight_decay">L2 penalty added to the gradient.</param>
        /// <param name="nesterov">Nesterov momentum (needs momentum &gt; 0 and zero dampening).</param>
        /// <param name="maximize">Ascend instead of descend.</param>
        public static Modules.SGD SGD(IEnumerable<Parameter> parameters, double lr, double momentum = 0, double dampening = 0,
            double weight_decay = 0, bool nesterov = false, bool maximize = false) =>
            new(OneGroup(parameters), lr, momentum, dampening, weight_decay, nesterov, maximize);

        /// <summary>SGD over parameter groups; options a group does not set take these defaults.</summary>
        /// <param name="parameters">The groups (e.g. one per layer with its own lr, momentum and weight decay).</param>
        /// <param name="lr">Default learning rate (&gt;= 0).</param>
        /// <param name="momentum">Default momentum factor.</param>
        /// <param name="dampening">Default dampening.</param>
        /// <param name="weight_decay">Default L2 penalty.</param>
        /// <param name="nesterov">Default Nesterov flag.</param>
        /// <param name="maximize">Default maximize flag.</param>
        public static Modules.SGD SGD(IEnumerable<ParamGroup> parameters, double lr, double momentum = 0, double dampening = 0,
            double weight_decay = 0, bool nesterov = false, bool maximize = false) =>
            new(parameters, lr, momentum, dampening, weight_decay, nesterov, maximize);

        /// <summary>Adam with L2 weight decay added to the gradient (PyTorch's defaults).</summary>
        /// <param name="parameters">The parameters to optimize.</param>
        /// <param name="lr">Learning rate (&gt;= 0).</param>
        /// <param name="beta1">Decay of the running mean of gradients, in [0, 1).</param>
        /// <param name="beta2">Decay of the running mean of squared gradients, in [0, 1).</param>
        /// <param name="eps">Added to the denominator for numerical stability.</param>
        /// <param name="weight_decay">L2 penalty added to the gradient.</param>
        /// <param name="amsgrad">Use the AMSGrad variant (maximum of past squared-gradient averages).</param>
        /// <param name="maximize">Ascend instead of descend.</param>
        public static Modules.Adam Adam(IEnumerable<Parameter> parameters, double lr = 1e-3, double beta1 = 0.9,
            double beta2 = 0.999, double eps = 1e-8, double weight_decay = 0, bool amsgrad = false, bool maximize = false) =>
            new(OneGroup(parameters), lr, beta1, beta2, eps, weight_decay, amsgrad, maximize);

        /// <summary>Adam over parameter groups; options a group does not set take these defaults.</summary>
        /// <param name="parameters">The groups.</param>
        /// <param name="lr">Default learning rate.</param>
        /// <param name="beta1">Default beta1.</param>
        /// <param name="beta2">Default beta2.</param>
        /// <param name="eps">Default eps.</param>
        /// <param name="weight_decay">Default L2 penalty.</param>
        /// <param name="amsgrad">Default AMSGrad flag.</param>
        /// <param name="maximize">Default maximize flag.</param>
        public static Modules.Adam Adam(IEnumerable<ParamGroup> parameters, double lr = 1e-3, double beta1 = 0.9,
            double beta2 = 0.999, double eps = 1e-8, double weight_decay = 0, bool amsgrad = false, bool maximize = false) =>
            new(parameters, lr, beta1, beta2, eps, weight_decay, amsgrad, maximize);

        /// <summary>AdamW: Adam with decoupled weight decay (PyTorch's defaults, weight_decay 0.01).</summary>
        /// <param name="parameters">The parameters to optimize.</param>
        /// <param name="lr">Learning rate (&gt;= 0).</param>
        /// <param name="beta1">Decay of the running mean of gradients, in [0, 1).</param>
        /// <param name="beta2">Decay of the running mean of squared gradients, in [0, 1).</param>
        /// <param name="eps">Added to the denominator for numerical stability.</param>
        /// <param name="weight_decay">Decoupled decay: each step multiplies the weights by <c>1 - lr * weight_decay</c>.</param>
        /// <param name="amsgrad">Use the AMSGrad variant.</param>
        /// <param name="maximize">Ascend instead of descend.</param>
        public static Modules.AdamW AdamW(IEnumerable<Parameter> parameters, double lr = 1e-3, double beta1 = 0.9,
            double beta2 = 0.999, double eps = 1e-8, double weight_decay = 1e-2, bool amsgrad = false, bool maximize = false) =>
            new(OneGroup(parameters), lr, beta1, beta2, eps, weight_decay, amsgrad, maximize);

        /// <summary>AdamW over parameter groups; options a group does not set take these defaults.</summary>
        /// <param name="parameters">The groups.</param>
        /// <param name="lr">Default learning rate.</param>
        /// <param name="beta1">Default beta1.</param>
        /// <param name="beta2">Default beta2.</param>
        /// <param name="eps">Default eps.</param>
        /// <param name="weight_decay">Default decoupled weight decay.</param>
        /// <param name="amsgrad">Default AMSGrad flag.</param>
        /// <param name="maximize">Default maximize flag.</param>
        public static Modules.AdamW AdamW(IEnumerable<ParamGroup> parameters, double lr = 1e-3, double beta1 = 0.9,
            double beta2 = 0.999, double eps = 1e-8, double weight_decay = 1e-2, bool amsgrad = false, bool maximize = false) =>
            new(parameters, lr, beta1, beta2, eps, weight_decay, amsgrad, maximize);

        /// <summary>Adadelta (PyTorch's defaults: lr 1, rho 0.9, eps 1e-6).</summary>
        /// <param name="parameters">The parameters to optimize.</param>
        /// <param name="lr">Scale of the delta applied to the parameters (&gt;= 0).</param>
        /// <param name="rho">Decay of the running averages, in [0, 1].</param>
        /// <param name="eps">Added inside the square roots for numerical stability.</param>
        /// <param name="weight_decay">L2 penalty added to the gradient.</param>
        /// <param name="maximize">Ascend instead of descend.</param>
        public static Modules.Adadelta Adadelta(IEnumerable<Parameter> parameters, double lr = 1.0, double rho = 0.9,
            double eps = 1e-6, double weight_decay = 0, bool maximize = false) =>
            new(OneGroup(parameters), lr, rho, eps, weight_decay, maximize);

        /// <summary>Adadelta over parameter groups; options a group does not set take these defaults.</summary>
        /// <param name="parameters">The groups.</param>
        /// <param name="lr">Default lr.</param>
        /// <param name="rho">Default rho.</param>
        /// <param name="eps">Default eps.</param>
        /// <param name="weight_decay">Default L2 penalty.</param>
        /// <param name="maximize">Default maximize flag.</param>
        public static Modules.Adadelta Adadelta(IEnumerable<ParamGroup> parameters, double lr = 1.0, double rho = 0.9,
            double eps = 1e-6, double weight_decay = 0, bool maximize = false) =>
            new(parameters, lr, rho, eps, weight_decay, maximize);

        /// <summary>RMSprop (PyTorch's defaults: lr 0.01, alpha 0.99, eps 1e-8).</summary>
        /// <param name="parameters">The parameters to optimize.</param>
        /// <param name="lr">Learning rate (&gt;= 0).</param>
        /// <param name="alpha">Decay of the running mean of squared gradients.</param>
        /// <param name="eps">Added to the denominator for numerical stability.</param>
        /// <param name="weight_decay">L2 penalty added to the gradient.</param>
        /// <param name="momentum">Momentum factor (0 = none).</param>
        /// <param name="centered">Normalise by the estimated variance of the gradient.</param>
        /// <param name="maximize">Ascend instead of descend.</param>
        public static Modules.RMSprop RMSprop(IEnumerable<Parameter> parameters, double lr = 1e-2, double alpha = 0.99,
            double eps = 1e-8, double weight_decay = 0, double momentum = 0, bool centered = false, bool maximize = false) =>
            new(OneGroup(parameters), lr, alpha, eps, weight_decay, momentum, centered, maximize);

        /// <summary>RMSprop over parameter groups; options a group does not set take these defaults.</summary>
        /// <param name="parameters">The groups.</param>
        /// <param name="lr">Default learning rate.</param>
        /// <param name="alpha">Default alpha.</param>
        /// <param name="eps">Default eps.</param>
        /// <param name="weight_decay">Default L2 penalty.</param>
        /// <param name="momentum">Default momentum.</param>
        /// <param name="centered">Default centered flag.</param>
        /// <param name="maximize">Default maximize flag.</param>
        public static Modules.RMSprop RMSprop(IEnumerable<ParamGroup> parameters, double lr = 1e-2, double alpha = 0.99,
            double eps = 1e-8, double weight_decay = 0, double momentum = 0, bool centered = false, bool maximize = false) =>
            new(parameters, lr, alpha, eps, weight_decay, momentum, centered, maximize);

        /// <summary>TorchSharp's spelling of <see cref="RMSprop(IEnumerable{Parameter}, double, double, double, double, double, bool, bool)"/>.</summary>
        /// <param name="parameters">The parameters to optimize.</param>
        /// <param name="lr">Learning rate (&gt;= 0).</param>
        /// <param name="alpha">Decay of the running mean of squared gradients.</param>
        /// <param name="eps">Added to the denominator for numerical stability.</param>
        /// <param name="weight_decay">L2 penalty added to the gradient.</param>
        /// <param name="momentum">Momentum factor (0 = none).</param>
        /// <param name="centered">Normalise by the estimated variance of the gradient.</param>
        /// <param name="maximize">Ascend instead of descend.</param>
        public static Modules.RMSprop RMSProp(IEnumerable<Parameter> parameters, double lr = 1e-2, double alpha = 0.99,
            double eps = 1e-8, double weight_decay = 0, double momentum = 0, bool centered = false, bool maximize = false) =>
            RMSprop(parameters, lr, alpha, eps, weight_decay, momentum, centered, maximize);

        /// <summary>TorchSharp's spelling of RMSprop over parameter groups.</summary>
        /// <param name="parameters">The groups.</param>
        /// <param name="lr">Default learning rate.</param>
        /// <param name="alpha">Default alpha.</param>
        /// <param name="eps">Default eps.</param>
        /// <param name="weight_decay">Default L2 penalty.</param>
        /// <param name="momentum">Default momentum.</param>
        /// <param name="centered">Default centered flag.</param>
        /// <param name="maximize">Default maximize flag.</param>
        public static Modules.RMSprop RMSProp(IEnumerable<ParamGroup> parameters, double lr = 1e-2, double alpha = 0.99,
            double eps = 1e-8, double weight_decay = 0, double momentum = 0, bool centered = false, bool maximize = false) =>
            RMSprop(parameters, lr, alpha, eps, weight_decay, momentum, centered, maximize);
    }
}

/* Tells the MKL inside TorchSharp's libtorch (libtorch_cpu.so, MKL linked in) that it runs on an Intel CPU.
 * MKL picks its kernels by vendor: on AMD processors it takes its generic paths ("def": SSE/AVX2 sgemm, a separate
 * scaling pass over C) even when the CPU has AVX-512. MKL asks this exported function through the PLT, so a copy
 * loaded into the global symbol scope before libtorch (Siamese.Lib.Runtime.MklCpuDispatch) answers instead.
 * Measured on the project's AMD EPYC build machine (environment/README.md, "Speed"): the Koch net's linear layer
 * runs MKL's AVX-512 sgemm. Built by environment/torchsharp/build-mkl-shim.sh; SIAMESE_MKL_CPU_SHIM=0 leaves MKL
 * as it is. */
int mkl_serv_intel_cpu_true(void) { return 1; }

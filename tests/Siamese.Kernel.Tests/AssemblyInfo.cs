// Kernels, nbconvert and Chromium are heavy processes on a small machine: one test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

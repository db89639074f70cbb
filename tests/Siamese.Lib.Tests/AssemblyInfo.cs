// libtorch's random generator (torch.manual_seed) and its thread settings are process-wide: two test classes
// training at once draw from the same generator and make "same seed, same history" tests flaky. One at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

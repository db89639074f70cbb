// Live-tensor counts and resident memory are process-wide: tests that measure them must not
// overlap with others, so this assembly runs its tests one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

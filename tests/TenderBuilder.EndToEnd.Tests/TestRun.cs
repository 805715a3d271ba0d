// Each end-to-end test drives a real app and a real Chromium; on a two-core machine, several at
// once make timings fail rather than the product. They run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

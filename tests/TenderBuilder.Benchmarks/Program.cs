using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(TenderBuilder.Benchmarks.PackageBenchmarks).Assembly).Run(args);
